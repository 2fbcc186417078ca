/**
 * What a brand page shows, computed from a brand file: the domains the brand sends mail from and
 * runs its site on, each list with its sources and the date they were read; whether a list rests on
 * secondary pages only; and which registry links may be clickable. A link from the registry may be
 * clickable only when it is the brand's own page over https — never a URL from a mail.
 */
import type { BrandRecord } from "../../schemas/brand.ts";
import { NEVER_ASKED_LABELS } from "./contact.ts";

/** One source as the page lists it. */
export interface SourceItem {
  url: string;
  title: string;
  /** `YYYY-MM-DD`, the day the page was read. */
  checked: string;
  secondary: boolean;
  /** True when the page links to it (the brand's own https page). */
  clickable: boolean;
}

/** One domain list (mail or web) as the page shows it. */
export interface DomainSection {
  domains: string[];
  note: string | null;
  sources: SourceItem[];
  /** True when no source is the brand's own page (two or more secondary pages agree). */
  secondaryOnly: boolean;
}

/** One line of the 「本物の連絡」 card: what the brand says, with the pages that say it. */
export interface ContactLine {
  text: string;
  note: string | null;
  sources: SourceItem[];
  /** True when no source is the brand's own page. */
  secondaryOnly: boolean;
}

/** The 「<ブランド>からの本物の連絡」 card, grouped as a reader asks. */
export interface ContactCardModel {
  /** How its real messages come: mail senders, SMS numbers and names, channels it uses. */
  channels: ContactLine[];
  /** Link hosts and shorteners its real messages use. */
  links: ContactLine[];
  /** What it says it never sends. */
  neverSends: ContactLine[];
  /** What it says it never asks for. */
  neverAsks: ContactLine[];
  /** Other signs of its real messages. */
  signs: ContactLine[];
  /** How many facts in all. */
  count: number;
}

export interface BrandPageModel {
  contact: ContactCardModel;
  mail: DomainSection;
  web: DomainSection;
  report: { url: string; title: string; checked: string } | null;
  apps: string[];
  howToCheck: string;
}

type DomainList = BrandRecord["mailDomains"];

const isHttps = (url: string): boolean => /^https:\/\//i.test(url);

function sourceItems(
  sources: readonly { url: string; title: string; checked: string; secondary?: boolean | undefined }[],
): SourceItem[] {
  return sources.map((s) => ({
    url: s.url,
    title: s.title,
    checked: s.checked,
    secondary: s.secondary === true,
    clickable: s.secondary !== true && isHttps(s.url),
  }));
}

type ContactFact = NonNullable<BrandRecord["contact"]>[number];

/** The mobile carriers an SMS sender fact may name, as readers know them. */
const CARRIER = {
  docomo: "ドコモ",
  au: "au",
  softbank: "ソフトバンク",
  rakuten: "楽天モバイル",
  other: "その他",
} as const;

const CHANNEL = { sms: "SMS", mail: "メール", app: "アプリ", phone: "電話", post: "郵便" } as const;

function contactLine(fact: ContactFact, text: string): ContactLine {
  const sources = sourceItems(fact.sources);
  return { text, note: fact.note ?? null, sources, secondaryOnly: sources.every((s) => s.secondary) };
}

/** The 「本物の連絡」 card of a brand file, each line with its sources. */
export function contactCard(facts: readonly ContactFact[]): ContactCardModel {
  const card: ContactCardModel = {
    channels: [],
    links: [],
    neverSends: [],
    neverAsks: [],
    signs: [],
    count: facts.length,
  };
  for (const f of facts) {
    switch (f.kind) {
      case "mail-sender":
        card.channels.push(
          contactLine(
            f,
            `メールの送信元: ${[...(f.addresses ?? []), ...(f.hosts ?? []).map((h) => `@${h}`)].join("、")}`,
          ),
        );
        break;
      case "sms-sender":
        card.channels.push(
          contactLine(
            f,
            `SMS の送信元: ${[...(f.numbers ?? []), ...(f.names ?? []).map((n) => `「${n}」`)].join("、")}${f.carriers?.length ? `（${f.carriers.map((c) => CARRIER[c]).join("・")}の回線）` : ""}`,
          ),
        );
        break;
      case "uses-channel":
        card.channels.push(contactLine(f, `${CHANNEL[f.channel]}: ${f.statement}`));
        break;
      case "link-domain":
        card.links.push(
          contactLine(f, `${f.channels.map((c) => CHANNEL[c]).join("・")}のリンク先: ${f.hosts.join("、")}`),
        );
        break;
      case "never-sends":
        card.neverSends.push(contactLine(f, f.statement));
        break;
      case "never-asks":
        card.neverAsks.push(contactLine(f, `${f.statement}（${f.items.map((i) => NEVER_ASKED_LABELS[i]).join("・")}）`));
        break;
      case "official-sign":
        card.signs.push(contactLine(f, f.statement));
        break;
    }
  }
  return card;
}

function section(list: DomainList): DomainSection {
  const sources = sourceItems(list.sources);
  return {
    domains: [...list.domains],
    note: list.note ?? null,
    sources,
    secondaryOnly: list.domains.length > 0 && sources.every((s) => s.secondary),
  };
}

export function brandPageModel(record: BrandRecord): BrandPageModel {
  return {
    contact: contactCard(record.contact ?? []),
    mail: section(record.mailDomains),
    web: section(record.webDomains),
    report: record.report ? { ...record.report } : null,
    apps: record.apps ?? [],
    howToCheck: record.howToCheck,
  };
}

/**
 * Every URL of the registry that a brand page may make clickable: the brands' own https source
 * pages and reporting pages. The built-site guard allows exactly these (and the site's allow-list).
 */
export function registryLinks(records: readonly BrandRecord[]): string[] {
  const urls = new Set<string>();
  for (const record of records) {
    const model = brandPageModel(record);
    const contactSources = [
      ...model.contact.channels,
      ...model.contact.links,
      ...model.contact.neverSends,
      ...model.contact.neverAsks,
      ...model.contact.signs,
    ].flatMap((l) => l.sources);
    for (const s of [...model.mail.sources, ...model.web.sources, ...contactSources]) if (s.clickable) urls.add(s.url);
    if (model.report && isHttps(model.report.url)) urls.add(model.report.url);
  }
  return [...urls].sort();
}
