/**
 * The one entry point a renderer needs: `analyzeMail()` reads a message, masks the recipient's
 * details, builds the hop timeline, runs the red-flag rules and analyses the body's URLs.
 */
import { brandSenderStatus, isBrandLinkHost, isOfficialHost, officialDomains, type Brand } from "../brand/brand.ts";
import { analyzeUrl } from "../url/analyze.ts";
import { type UrlAnalysis } from "../url/types.ts";
import type { AuthResults } from "./auth-results.ts";
import type { MailAttachment } from "./body.ts";
import type { RawLink } from "../html/view-model.ts";
import { findBrandClaims, principalClaims, type BrandClaim, type ClaimPlace } from "./brand-claims.ts";
import { toIsoSeconds } from "./date.ts";
import { registrableDomain, sameOrganisation } from "./domains.ts";
import { headerLines } from "./headers.ts";
import { buildHops, type Hop } from "./hops.ts";
import { detectMailingList, isListUrl, type MailingList } from "./mailing-list.ts";
import type { ParsedMail } from "./parse.ts";
import type { ReadMail } from "./read-mail.ts";
import type { Redaction } from "./redact.ts";
import { runRules } from "./rules/index.ts";
import { type Finding } from "./rules/types.ts";
import { senderOf } from "./rules/helpers.ts";
import { spamTagIn } from "./rules/subject-spam-tag.ts";

/** Options for {@link analyzeReadMail}. */
export interface AnalyzeMailOptions {
  /** The brand registry, for the brand rules and URL verdicts. */
  brands: readonly Brand[];
  /** The time of the analysis, for rules about future dates (default: the current time). */
  now?: Date;
}

/** An address with its domains, ready to show. */
export interface AddressSummary {
  /** Decoded display name, `""` when none (Return-Path and Reply-To names are kept too). */
  name: string;
  address: string;
  domain: string | null;
  registrableDomain: string | null;
}

/** An address compared with From. */
export interface ComparedAddress extends AddressSummary {
  /** True when it shares From's registrable domain; null when From has no domain. */
  sameDomainAsFrom: boolean | null;
}

/** The summary block. */
export interface MailSummary {
  subject: string | null;
  /** A spam tag the receiving server put in the subject, e.g. `[SPAM]`. */
  subjectSpamTag: string | null;
  from: AddressSummary | null;
  /** True when the display name was written as encoded words. */
  fromNameWasEncoded: boolean;
  returnPath: ComparedAddress | null;
  /** True for `Return-Path: <>`. */
  returnPathIsNull: boolean;
  replyTo: ComparedAddress | null;
  messageId: string | null;
  messageIdDomain: string | null;
  messageIdSameDomainAsFrom: boolean | null;
  date: Date | null;
  /** `2024-08-04T22:57:49Z`, or null. */
  dateIso: string | null;
  /** True when the Date gave no zone and UTC was assumed. */
  dateZoneMissing: boolean;
  /** Ids of the brands the mail claims to be (see {@link MailSummary.claimedBrands}). */
  claimedBrandIds: string[];
  /** The brands the mail claims to be, with where it claims them (strongest place first). */
  claimedBrands: ClaimedBrand[];
}

/** A brand a mail claims to be, ready to show or print as JSON. */
export interface ClaimedBrand {
  id: string;
  nameJa: string;
  nameEn: string;
  where: ClaimPlace[];
}

/**
 * Whether the sender belongs to a claimed brand:
 * - `not-brand`: From is on none of the brand's sourced domains;
 * - `forged`: on the brand's domain, but DMARC or SPF failed;
 * - `forged-server`: on the brand's domain, but the first server only says it is the brand's (see
 *   the `brand-origin-server` rule);
 * - `shared-domain`: on a domain customers' own mailboxes use too (`docomo.ne.jp`), at an address the brand does not publish;
 * - `unconfirmed`: on the brand's domain, without a DMARC pass;
 * - `authenticated`: on the brand's domain with DMARC pass;
 * - `unknown-domains`: the registry has no sourced domain for the brand;
 * - `no-sender`: the mail has no From address.
 */
export type SenderVerdict =
  | "not-brand"
  | "shared-domain"
  | "forged"
  | "forged-server"
  | "unconfirmed"
  | "authenticated"
  | "unknown-domains"
  | "no-sender";

/** A claimed brand judged: the sender and the links against the brand's sourced domains. */
export interface BrandVerdict {
  brand: ClaimedBrand;
  sender: SenderVerdict;
  /** The registrable domain of From, when any. */
  senderDomain: string | null;
  /** The brand's sourced mail domains (web domains when none is sourced). */
  brandMailDomains: string[];
  /** http(s) links in the body, and how many of them are on the brand's web domains. */
  links: { total: number; official: number };
}

/** One line of the raw (masked) header section. */
export interface HeaderLine {
  /** 1-based line number. */
  number: number;
  text: string;
  /** Name of the field the line belongs to ("" for a stray line). */
  fieldName: string;
  /** True for the first line of a field. */
  isFieldStart: boolean;
  /** Ids of the findings that point at this line's field. */
  findingIds: string[];
}

/** Everything a renderer needs about one mail. */
export interface MailAnalysis {
  summary: MailSummary;
  /** Received chain, oldest first. */
  hops: Hop[];
  originIp: string | null;
  auth: AuthResults;
  flags: Finding[];
  urls: UrlAnalysis[];
  attachments: MailAttachment[];
  /** The header section, masked when `redact` is on, line by line. */
  headerLines: HeaderLine[];
  /** What was masked (empty when nothing or when `redact` is off). */
  redactions: Redaction[];
  /** The parsed mail (masked when `redact` is on), for tools that need more. */
  mail: ParsedMail;
  /** Each brand the mail claims to be, judged against the registry. */
  brandVerdicts: BrandVerdict[];
  /**
   * The mailing list the mail came through, or null. Its own URLs (the footer's) are left out of
   * `urls`: they are the list's, not the sender's.
   */
  mailingList: MailingList | null;
}

const FAILED_AUTH = new Set(["fail", "softfail", "permerror"]);

function judgeBrand(
  claim: BrandClaim,
  mail: ParsedMail,
  urls: readonly UrlAnalysis[],
  flags: readonly Finding[],
  mailingList: MailingList | null,
): BrandVerdict {
  const { brand } = claim;
  // A list that rewrote From to its own address keeps the sender in Reply-To: judge that one.
  const senderBox = senderOf(mail, mailingList);
  const domain = senderBox?.domain ?? null;
  const web = urls.filter((u) => u.host !== null && (u.scheme === "http" || u.scheme === "https"));
  const known = officialDomains(brand);
  let sender: SenderVerdict;
  if (!domain) sender = "no-sender";
  else if (known.length === 0) sender = "unknown-domains";
  else if (!isOfficialHost(brand, domain)) sender = "not-brand";
  else if (brandSenderStatus(brand, senderBox?.address ?? "") === "shared-unpublished") sender = "shared-domain";
  else if (mail.auth.dmarc && FAILED_AUTH.has(mail.auth.dmarc.result)) sender = "forged";
  else if (mail.auth.dmarc?.result === "pass") sender = "authenticated";
  else if (mail.auth.spf && FAILED_AUTH.has(mail.auth.spf.result)) sender = "forged";
  else if (flags.some((f) => f.id === "brand-origin-server")) sender = "forged-server";
  else sender = "unconfirmed";
  return {
    brand: { id: brand.id, nameJa: brand.nameJa, nameEn: brand.nameEn, where: [...claim.where] },
    sender,
    senderDomain: registrableDomain(domain),
    brandMailDomains: brand.mailDomains.length > 0 ? [...brand.mailDomains] : [...brand.webDomains],
    links: {
      total: web.length,
      official: web.filter((u) => isBrandLinkHost(brand, u.host ?? "")).length,
    },
  };
}

function summarise(mail: ParsedMail, claims: readonly BrandClaim[]): MailSummary {
  const fromDomain = mail.from?.domain ?? null;
  const compare = (box: ParsedMail["replyTo"]): ComparedAddress | null =>
    box
      ? {
          name: box.name,
          address: box.address,
          domain: box.domain,
          registrableDomain: registrableDomain(box.domain),
          sameDomainAsFrom: fromDomain ? sameOrganisation(fromDomain, box.domain) : null,
        }
      : null;
  const date = mail.date?.date ?? null;
  return {
    subject: mail.subject,
    subjectSpamTag: spamTagIn(mail.subject),
    from: mail.from
      ? {
          name: mail.from.name,
          address: mail.from.address,
          domain: mail.from.domain,
          registrableDomain: registrableDomain(mail.from.domain),
        }
      : null,
    fromNameWasEncoded: mail.from?.nameWasEncoded ?? false,
    returnPath: compare(mail.returnPath),
    returnPathIsNull: mail.returnPathIsNull,
    replyTo: compare(mail.replyTo),
    messageId: mail.messageId,
    messageIdDomain: mail.messageIdDomain,
    messageIdSameDomainAsFrom:
      fromDomain && mail.messageIdDomain ? sameOrganisation(fromDomain, mail.messageIdDomain) : null,
    date,
    dateIso: date ? toIsoSeconds(date) : null,
    dateZoneMissing: mail.date?.naive ?? false,
    claimedBrandIds: claims.map((c) => c.brand.id),
    claimedBrands: claims.map((c) => ({
      id: c.brand.id,
      nameJa: c.brand.nameJa,
      nameEn: c.brand.nameEn,
      where: [...c.where],
    })),
  };
}

function buildHeaderLines(mail: ParsedMail, flags: readonly Finding[]): HeaderLine[] {
  const byLine = new Map<number, string[]>();
  for (const flag of flags) {
    if (flag.lineIndex === undefined) continue;
    const ids = byLine.get(flag.lineIndex) ?? [];
    if (!ids.includes(flag.id)) ids.push(flag.id);
    byLine.set(flag.lineIndex, ids);
  }
  const lines = headerLines(mail.headerText);
  const result: HeaderLine[] = lines.map((text, index) => ({
    number: index + 1,
    text,
    fieldName: "",
    isFieldStart: false,
    findingIds: [],
  }));
  for (const field of mail.fields) {
    const ids = byLine.get(field.lineIndex) ?? [];
    for (let k = 0; k < field.lines.length; k++) {
      const line = result[field.lineIndex + k];
      if (!line) continue;
      line.fieldName = field.name;
      line.isFieldStart = k === 0;
      line.findingIds = [...ids];
    }
  }
  return result;
}

/** What the reading of a message gives the analysis besides the parsed mail: its HTML read once. */
export interface MailContent {
  /** The body as a reader sees it: the text part and the HTML's visible text. */
  bodyText: string;
  /** The HTML body's links as written (for brand claims and the link-text rule). */
  htmlLinks: readonly RawLink[];
}

/**
 * Analyses a message read once by {@link readMail} (src/lib/reading/ reads its HTML once too and
 * passes `content`). Never throws on any input.
 */
export function analyzeReadMail(read: ReadMail, content: MailContent, options: AnalyzeMailOptions): MailAnalysis {
  const { mail, redactions } = read;
  const body = content.bodyText;
  const htmlLinks = content.htmlLinks;
  const claims = findBrandClaims(
    {
      displayName: mail.from?.name,
      address: mail.from?.address,
      subject: mail.subject,
      linkTexts: htmlLinks.map((l) => l.text),
      body,
    },
    options.brands,
  );
  const principal = principalClaims(claims, body);
  const claimedBrands = principal.map((c) => c.brand);
  const hops = buildHops(mail);
  const mailingList = detectMailingList(mail);
  const urls = mail.body.urls
    .filter((url) => !isListUrl(mailingList, url))
    .map((url) => analyzeUrl(url, { brands: options.brands, claimedBrands }));
  const flags = runRules(mail, {
    brands: options.brands,
    hops,
    claims,
    claimedBrands,
    urls,
    htmlLinks,
    mailingList,
    now: options.now ?? new Date(),
  });
  return {
    summary: summarise(mail, principal),
    hops,
    originIp: mail.originIp,
    auth: mail.auth,
    flags,
    urls,
    attachments: mail.body.attachments,
    headerLines: buildHeaderLines(mail, flags),
    redactions,
    mail,
    brandVerdicts: principal.map((c) => judgeBrand(c, mail, urls, flags, mailingList)),
    mailingList,
  };
}
