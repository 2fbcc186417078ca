/**
 * The text of a mail body reduced to what its senders keep when they reuse it: full/half width
 * folded (NFKC), look-alike letters mapped to Latin, lower case, and everything that changes from one
 * sending to the next replaced by a placeholder character — brand names (every name and alias in the
 * registry), URLs, domains, e-mail addresses, dates and times, numbers, random IDs, the recipient's
 * address and the greeting line with their name. Whitespace is dropped (Japanese has none to rely on,
 * and line breaks differ between the text and HTML versions of a mail), and runs of a decorative
 * symbol (━━━━, ＝＝＝＝) are shortened to one. Pure and linear in the input (which is capped).
 */
import { brandNames, type Brand } from "../brand/brand.ts";
import { MASKED_ADDRESS, MASKED_HOST } from "../mail/redact.ts";
import { latinLookalikeOf } from "../url/confusables.ts";

/** One private-use character per kind of masked text, so each counts as one character in a shingle. */
export const PLACEHOLDER = {
  brand: "\uE000",
  url: "\uE001",
  email: "\uE002",
  date: "\uE003",
  number: "\uE004",
  id: "\uE005",
  recipient: "\uE006",
} as const;

/** The most characters of a body that are read (a template shows well before that). */
export const MAX_TEMPLATE_CHARS = 20_000;

export interface NormaliseOptions {
  /** The brand registry: every name and alias of every brand is masked. */
  brands: readonly Brand[];
  /** The recipient's addresses (from the To/Delivered-To headers), masked wherever they appear. */
  recipients?: readonly string[];
}

const LATIN_NAME = /^[a-z0-9 .&'・\-]+$/;
const SEPARATORS = "[\\s.・·\\-‐]?";

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** A brand name as a pattern that allows a space, dot or middle dot between its letters. */
function namePattern(name: string): string {
  return [...name.replace(/[\s.・·\-‐]+/g, "")].map(escapeRegExp).join(SEPARATORS);
}

interface BrandPatterns {
  latin: RegExp | null;
  other: RegExp | null;
}

const patternCache = new WeakMap<readonly Brand[], BrandPatterns>();

/** Two regular expressions over every brand name: Latin names as words, the others anywhere. */
function brandPatterns(brands: readonly Brand[]): BrandPatterns {
  const cached = patternCache.get(brands);
  if (cached) return cached;
  const latin = new Set<string>();
  const other = new Set<string>();
  for (const brand of brands) {
    for (const raw of brandNames(brand)) {
      const name = foldText(raw).trim();
      if (name.replace(/[\s.・·\-‐]+/g, "").length < 2) continue;
      (LATIN_NAME.test(name) ? latin : other).add(name);
    }
  }
  const alternation = (names: Set<string>): string =>
    [...names]
      .sort((a, b) => b.length - a.length || a.localeCompare(b))
      .map(namePattern)
      .join("|");
  const patterns: BrandPatterns = {
    latin: latin.size > 0 ? new RegExp(`(?<![a-z0-9])(?:${alternation(latin)})(?![a-z0-9])`, "g") : null,
    other: other.size > 0 ? new RegExp(`(?:${alternation(other)})`, "g") : null,
  };
  patternCache.set(brands, patterns);
  return patterns;
}

/** NFKC, look-alike letters (Cyrillic `А` in `Аmazon`) as Latin, lower case. */
export function foldText(text: string): string {
  let out = "";
  for (const ch of text.normalize("NFKC")) out += latinLookalikeOf(ch) ?? ch;
  return out.toLowerCase();
}

/** The footer a mailing list adds (`____ Name mailing list …`): not part of the sender's text. */
const LIST_FOOTER = /_{20,}[^\n]{0,10}\n?[^\n]{0,80}mailing list[\s\S]*$/i;
const HTML_ENTITY = /&(?:#x?[0-9a-f]{1,6}|[a-z]{2,8});/gi;
const URL = /(?:h[tx]{2}ps?:\/\/|www\.)[^\s<>"'()（）「」【】、。]*/gi;
const EMAIL = /(?<![a-z0-9._%+\-])[a-z0-9._%+\-]+(?:@|\[@\]|%40)[a-z0-9\-]+(?:(?:\.|\[\.\])[a-z0-9\-]+)+/gi;
const DOMAIN =
  /(?<![a-z0-9\-.])(?:[a-z0-9\-]+\.)+(?:com|net|org|jp|cn|top|xyz|info|biz|io|co|me|cc|ru|shop|site|online|link|vip|icu|buzz)(?![a-z0-9\-])/gi;
const DATE_PATTERNS: readonly RegExp[] = [
  /\d{2,4}\s*[年/.\-]\s*\d{1,2}\s*[月/.\-]\s*\d{1,2}\s*日?/g,
  /\d{1,2}\s*月\s*\d{1,2}\s*日/g,
  /\d{1,2}\s*[:時]\s*\d{2}(?:\s*[:分]\s*\d{2}\s*秒?)?(?:\s*[ap]m)?/g,
  /\d{4}\s*年/g,
  /\d{1,2}\s*月(?!額)/g,
];
const WEEKDAY = /[(（]\s*[月火水木金土日]\s*(?:曜日?)?\s*[)）]/g;
const MIXED_ID = /(?<![a-z0-9])(?=[a-z]*\d)(?=\d*[a-z])[a-z0-9]{6,}(?![a-z0-9])/g;
const NUMBER = /\d+(?:[.,]\d+)*/g;
/** A short line that is only a name and an honorific: the greeting with the recipient's name. */
const GREETING_LINE = /^[^\n。、！？!?]{1,24}?(?:様|さま|殿|各位)$/gm;
const REPEATED_SYMBOL = /([^\p{L}\p{N}\uE000-\uE0FF])\1+/gu;

/** The body text with everything that varies between sendings masked (see the module comment). */
export function normaliseTemplateText(text: string, options: NormaliseOptions): string {
  let out = foldText(text.slice(0, MAX_TEMPLATE_CHARS)).replace(/\r\n?/g, "\n");
  out = out.replace(LIST_FOOTER, "").replace(HTML_ENTITY, " ");
  // Remove any private-use characters of our own that the mail may hold, before adding ours.
  out = out.replace(/[\uE000-\uE0FF]/g, "");
  const recipients = [MASKED_ADDRESS, ...(options.recipients ?? [])]
    .map((a) => a.toLowerCase())
    .filter((a) => a.includes("@"))
    .sort((a, b) => b.length - a.length);
  for (const address of recipients) {
    const at = address.lastIndexOf("@");
    for (const form of [address, `${address.slice(0, at)}%40${address.slice(at + 1)}`])
      out = out.split(form).join(PLACEHOLDER.recipient);
  }
  out = out.split(MASKED_HOST).join(PLACEHOLDER.recipient);
  out = out.replace(GREETING_LINE, PLACEHOLDER.recipient);
  out = out.replace(URL, PLACEHOLDER.url).replace(EMAIL, PLACEHOLDER.email).replace(DOMAIN, PLACEHOLDER.url);
  const patterns = brandPatterns(options.brands);
  if (patterns.latin) out = out.replace(patterns.latin, PLACEHOLDER.brand);
  if (patterns.other) out = out.replace(patterns.other, PLACEHOLDER.brand);
  out = out.replace(WEEKDAY, "");
  for (const pattern of DATE_PATTERNS) out = out.replace(pattern, PLACEHOLDER.date);
  out = out.replace(MIXED_ID, PLACEHOLDER.id).replace(NUMBER, PLACEHOLDER.number);
  return out.replace(/\s+/g, "").replace(REPEATED_SYMBOL, "$1");
}
