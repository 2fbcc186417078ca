/**
 * The brand registry as plain data: what pure library code (mail rules, URL verdicts, search, the
 * checker's worker) needs of `content/brands/*.json`, without the sources and page text that only
 * the brand pages show. Built once from the records by {@link toBrand}.
 */
import {
  compileContact,
  linkHostFactOf,
  mailSenderFactOf,
  type BrandContact,
  type ContactFactLike,
} from "./contact.ts";

/** Kinds of brand, for grouping on the brand index and in search. */
export const BRAND_CATEGORY_IDS = [
  "card",
  "bank",
  "securities",
  "shopping",
  "delivery",
  "telecom",
  "utility",
  "government",
  "transport",
  "platform",
  "payment",
] as const;

export type BrandCategory = (typeof BRAND_CATEGORY_IDS)[number];

/** Japanese labels of the categories, in display order. */
export const BRAND_CATEGORY_LABELS: Readonly<Record<BrandCategory, string>> = {
  card: "クレジットカード",
  bank: "銀行",
  securities: "証券",
  shopping: "通販・買い物",
  delivery: "宅配・郵便",
  telecom: "携帯電話・通信",
  utility: "電気・ガス",
  government: "官公庁・公共サービス",
  transport: "交通・旅行",
  platform: "IT・ネットサービス",
  payment: "決済・暗号資産",
};

export interface Brand {
  /** File name of the brand's data file, e.g. `american-express`. */
  id: string;
  nameJa: string;
  nameEn: string;
  category: BrandCategory;
  /** Other names readers and senders write: アメックス, AMEX, Vpass, … */
  aliases: string[];
  /** Registrable domains the brand sends mail from (sourced), e.g. `vpass.ne.jp`. */
  mailDomains: string[];
  /** Registrable domains its web site and log-in pages run on (sourced), e.g. `smbc-card.com`. */
  webDomains: string[];
  /**
   * Mail domains that others send from too (customers' own mailboxes such as `docomo.ne.jp`, a vendor
   * serving several companies): a sender there is the brand's only at an address or host that
   * `contact.mailSenders` publishes.
   */
  sharedMailDomains: string[];
  /** How the brand really contacts people, from its own pages (see src/lib/brand/contact.ts). */
  contact: BrandContact;
}

/** The part of a brand file that {@link toBrand} reads. */
export interface BrandRecordLike {
  nameJa: string;
  nameEn: string;
  category: BrandCategory;
  aliases?: string[] | undefined;
  mailDomains: { domains: string[]; shared?: string[] | undefined };
  webDomains: { domains: string[] };
  contact?: readonly ContactFactLike[] | undefined;
}

/** The runtime brand of a brand file. */
export function toBrand(id: string, record: BrandRecordLike): Brand {
  return {
    id,
    nameJa: record.nameJa,
    nameEn: record.nameEn,
    category: record.category,
    aliases: record.aliases ?? [],
    mailDomains: [...record.mailDomains.domains],
    webDomains: [...record.webDomains.domains],
    sharedMailDomains: [...(record.mailDomains.shared ?? [])],
    contact: compileContact(record.contact),
  };
}

/** Every name a brand goes by: Japanese, English and the aliases. */
export function brandNames(brand: Pick<Brand, "nameJa" | "nameEn" | "aliases">): string[] {
  return [brand.nameJa, brand.nameEn, ...brand.aliases];
}

function onDomain(host: string, domains: readonly string[]): string | undefined {
  const h = host.toLowerCase().replace(/\.$/, "");
  return domains.find((d) => h === d || h.endsWith(`.${d}`));
}

/** The brand's web domain that `host` is (or is a subdomain of), if any. */
export function webDomainOf(brand: Brand, host: string): string | undefined {
  return onDomain(host, brand.webDomains);
}

/** The brand's mail domain that `domain` is (or is a subdomain of), if any. */
export function mailDomainOf(brand: Brand, domain: string): string | undefined {
  return onDomain(domain, brand.mailDomains);
}

/** True when `host` is one of the brand's web or mail domains, or a subdomain of one. */
export function isOfficialHost(brand: Brand, host: string): boolean {
  return webDomainOf(brand, host) !== undefined || mailDomainOf(brand, host) !== undefined;
}

/**
 * True when a link to `host` is one the brand's real messages use: its web or mail domains, or a
 * link host its own pages publish (`contact` link-domain facts: its shortener, its SMS landing host).
 */
export function isBrandLinkHost(brand: Brand, host: string): boolean {
  return isOfficialHost(brand, host) || linkHostFactOf(brand.contact, host) !== undefined;
}

/**
 * How an address relates to a brand as a sender:
 * - `brand`: on one of the brand's mail or web domains (authentication still decides whether it is real);
 * - `shared-unpublished`: on a domain others send from too (customers' mailboxes such as
 *   `docomo.ne.jp`), at an address or host the brand does not publish;
 * - `not-brand`: on none of the brand's domains.
 */
export type BrandSenderStatus = "brand" | "shared-unpublished" | "not-brand";

export function brandSenderStatus(brand: Brand, address: string): BrandSenderStatus {
  const lower = address.toLowerCase();
  const domain = lower.slice(lower.lastIndexOf("@") + 1);
  if (domain === "" || !isOfficialHost(brand, domain)) return "not-brand";
  const shared = onDomain(domain, brand.sharedMailDomains);
  if (shared !== undefined && mailSenderFactOf(brand.contact, lower) === undefined) return "shared-unpublished";
  return "brand";
}

/** Every sourced domain of the brand, web domains first. */
export function officialDomains(brand: Brand): string[] {
  return [...new Set([...brand.webDomains, ...brand.mailDomains])];
}
