/**
 * The parts of a new post drafted from a mail: today's date in Japan, the slug, the title drafted
 * from the subject, and the brands the mail claims or points at. Pure functions over the analysis.
 */
import { isOfficialHost, type Brand } from "../brand/brand.ts";
import { brandsClaimedBy } from "../mail/brand-claims.ts";
import { MASKED_ADDRESS } from "../mail/redact.ts";
import type { MailAnalysis } from "../mail/analyze.ts";
import { oneLine } from "./escape.ts";
import { subjectSlugWords } from "./slug-words.ts";

const JST_DAY = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Asia/Tokyo",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

/** `date` as a day in Japan time: `2026-11-27`. */
export function jstDay(date: Date): string {
  return JST_DAY.format(date);
}

/** What a slug may be: lower-case ASCII letters, digits and single hyphens, 3–80 characters. */
export const SLUG_PATTERN = /^[a-z0-9](?:[a-z0-9]|-(?=[a-z0-9])){2,79}$/;

/** True when `slug` can name a post folder and URL. */
export function isValidSlug(slug: string): boolean {
  return SLUG_PATTERN.test(slug);
}

/** Lower-case ASCII words joined by hyphens, at most `max` characters (`""` when nothing is left). */
export function slugPart(text: string, max = 40): string {
  const ascii = text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  if (ascii.length <= max) return ascii;
  return ascii.slice(0, max).replace(/-+[^-]*$/, "") || ascii.slice(0, max).replace(/-+$/, "");
}

/** The default slug: the day, then the sender's domain (or the brand), e.g. `2026-11-27-auccwallt-top`. */
export function defaultSlug(day: string, parts: readonly (string | null | undefined)[]): string {
  for (const part of parts) {
    const ascii = part ? slugPart(part) : "";
    if (ascii !== "") return `${day}-${ascii}`;
  }
  return `${day}-mail`;
}

/** Words that say nothing in a slug: the parts of a domain (`Amazon.co.jp` → `co`, `jp`) and the masked address. */
const NOISE_WORDS = new Set([
  ...["co", "jp", "ne", "or", "com", "net", "www", "masked", "invalid", "re", "fw", "fwd"],
  ...["of", "the", "a", "an", "to", "for", "and", "your", "on", "in", "is"],
]);

/** True for a slug part made from a masked address or host (`recipient@masked.invalid`, `masked.invalid`). */
function isMaskedPart(part: string): boolean {
  return /(?:^|-)masked-invalid(?:-|$)/.test(part);
}

/**
 * The slug of a post drafted from a mail: the day, the brand the mail claims, and the ASCII words of
 * its subject that say more than the brand (at most three; numbers left out, they are usually a
 * sender's random counter), e.g. `2026-11-27-amazon-prime`. Without a brand or such words, the
 * sender's domain (`2026-11-27-auccwallt-top`), then `mail`. Never a masked address or host.
 */
export function mailSlug(
  day: string,
  brandId: string | null | undefined,
  subject: string | null | undefined,
  senderDomains: readonly (string | null | undefined)[] = [],
): string {
  const brandWords = new Set((brandId ?? "").split("-").filter((w) => w !== ""));
  const clean = cleanSubject(subject).split(MASKED_ADDRESS).join(" ");
  // ASCII words of the subject and the Japanese ones said in English, in the subject's order.
  const ascii = slugPart(clean, 200)
    .split("-")
    .filter((w) => w !== "" && !/^\d+$/.test(w) && !brandWords.has(w) && !NOISE_WORDS.has(w));
  const subjectWords = [...subjectSlugWords(clean), ...ascii]
    .flatMap((w) => w.split("-"))
    .filter((w, i, all) => all.indexOf(w) === i)
    .slice(0, 3);
  const head = [brandId ?? "", ...subjectWords].filter((w) => w !== "").join("-");
  const domains = senderDomains.map((d) => (d ? slugPart(d) : "")).filter((d) => d !== "" && !isMaskedPart(d));
  return defaultSlug(day, [head === "" ? null : slugPart(head, 60), ...domains]);
}

/**
 * `base` if it is free, else `base-2`, `base-3`, … (the first free one), so two mails from the same
 * sender on the same day get two posts.
 */
export function uniqueSlug(base: string, isTaken: (slug: string) => boolean): string {
  if (!isTaken(base)) return base;
  const stem = base.slice(0, 76).replace(/-+$/, "");
  for (let n = 2; n < 1000; n++) {
    const candidate = `${stem}-${n}`;
    if (!isTaken(candidate)) return candidate;
  }
  return `${stem}-${Date.now().toString(36)}`;
}

/**
 * Tags that servers and mailing lists put in front of a subject: `[SPAM]`, `[spam]`,
 * `[Osst-users]`, `***SPAM***`, `【迷惑メール】`, `{Spam?}`, `[meiwaku]`, and reply/forward marks in front of them.
 */
const LEADING_TAG =
  /^\s*(?:\[[\x21-\x5a\x5e-\x7e]{1,40}\]|\*{2,}\s*spam\s*\*{2,}|\{\s*spam\??\s*\}|【\s*迷惑メール[^】]{0,20}】)\s*/i;
const SPAM_TAG_ANYWHERE =
  /\s*(?:\[\s*(?:suspected\s+)?spam\s*\??\]|\*{2,}\s*spam\s*\*{2,}|\{\s*spam\??\s*\}|【\s*迷惑メール[^】]{0,20}】|\[meiwaku\])\s*/gi;

/**
 * The subject as a reader should see it: decoded (by the mail library), on one line, without the
 * spam and mailing-list tags servers added, with the masked recipient address said in words.
 */
export function cleanSubject(subject: string | null | undefined): string {
  let text = oneLine(subject ?? "");
  for (let i = 0; i < 8; i++) {
    const next = text.replace(LEADING_TAG, "");
    if (next === text) break;
    text = next;
  }
  text = text.replace(SPAM_TAG_ANYWHERE, " ");
  text = text.split(MASKED_ADDRESS).join("（受信者のアドレス）");
  text = text.replace(/\s+/g, " ").trim();
  const chars = [...text];
  return chars.length > 60 ? `${chars.slice(0, 59).join("")}…` : text;
}

/** The drafted title: who the mail claims to be and its subject in 「」. */
export function draftTitle(subject: string | null | undefined, brands: readonly Brand[]): string {
  const clean = cleanSubject(subject);
  const brand = brands[0];
  const who = brand ? `${brand.nameJa}を名乗る` : "";
  if (clean === "") return brand ? `${brand.nameJa}を名乗る件名のないメール` : "件名のない詐欺メール";
  return `${who}「${clean}」メール`;
}

/**
 * Brands the mail claims (display name, subject, sender address) or whose domains its URLs use or
 * imitate, in registry order.
 */
export function detectBrands(analysis: MailAnalysis, brands: readonly Brand[]): Brand[] {
  const ids = new Set<string>(analysis.summary.claimedBrandIds);
  const from = analysis.summary.from;
  // A brand's name in the sender's address (amex-info@…), unless the address is on that brand's own
  // domain: a reader's own iCloud or Gmail account does not make the mail claim Apple or Google.
  for (const brand of brandsClaimedBy(from?.address.replace(/[@.]/g, " "), brands))
    if (!from?.domain || !isOfficialHost(brand, from.domain)) ids.add(brand.id);
  for (const url of analysis.urls) {
    const { kind, brandId } = url.verdict;
    if (
      brandId &&
      (kind === "official" || kind === "unconfirmed-brand" || kind === "lookalike" || kind === "contains-brand")
    )
      ids.add(brandId);
  }
  return brands.filter((brand) => ids.has(brand.id));
}
