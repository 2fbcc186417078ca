/**
 * Which brands a message claims to be, and where it claims them. Every name and alias from the
 * registry is matched after NFKC normalisation, case folding, hiragana → katakana and removal of
 * spaces, dots, middle dots and hyphens, so `ＡＭＥＸ`, `amex`, `Ｅ Ｔ Ｃ`, `り そ な 銀 行` and
 * `アメリカン・エキスプレス` all match. Names in Latin letters must stand as words (`amex` does not match
 * inside `ramexx`); in body text a short Latin name (four letters or fewer) must be written in
 * capitals, so that English `etc.` is not the ETC service nor `line` the LINE app. A match that lies inside a longer match
 * of another brand is not a claim of its own: `楽天カード` claims 楽天カード, not also 楽天.
 */
import { brandNames, type Brand } from "../brand.ts";
import { latinLookalikeOf } from "../url/confusables.ts";
import { isFreeMailDomain } from "./domains.ts";

const SEPARATOR = /[\s\u3000・･·.\-‐‑–—_]/;
/** How much of one text is searched (long bodies are cut). */
const MAX_TEXT = 20_000;

/** Where a mail names a brand. */
export type ClaimPlace = "display-name" | "subject" | "sender-address" | "body" | "link-text";

/** Japanese words for the places, in the order they are listed. */
export const CLAIM_PLACE_LABELS: Readonly<Record<ClaimPlace, string>> = {
  "display-name": "差出人の表示名",
  subject: "件名",
  "sender-address": "差出人のアドレス",
  "link-text": "リンクの文字",
  body: "本文",
};

const PLACE_ORDER: readonly ClaimPlace[] = ["display-name", "subject", "sender-address", "link-text", "body"];

/** A brand a mail claims, with every place it claims it (strongest first). */
export interface BrandClaim {
  brand: Brand;
  where: ClaimPlace[];
}

function toKatakana(text: string): string {
  return text.replace(/[\u3041-\u3096]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0x60));
}

/** NFKC, lower case, katakana, with spaces, dots, middle dots and hyphens removed. */
export function normaliseForBrandMatch(text: string): string {
  return toKatakana(text.normalize("NFKC").toLowerCase()).replace(/[\s\u3000・･·.\-‐‑–—_]+/g, "");
}

interface CompactText {
  text: string;
  /** The same characters before lower-casing (for the capitals rule). */
  original: string;
  /** boundary[i]: a separator stood right before compact position i (or i is the start or end). */
  boundary: boolean[];
}

function compactWithBoundaries(input: string): CompactText {
  const source = toKatakana(input.normalize("NFKC"));
  let text = "";
  let original = "";
  const boundary: boolean[] = [];
  let pending = true;
  for (const raw of source) {
    if (SEPARATOR.test(raw)) {
      pending = true;
      continue;
    }
    // A Cyrillic or Greek letter written for a Latin one (「Аmazon」 with a Cyrillic А) still names the brand.
    const latin = raw.charCodeAt(0) > 0x7f ? latinLookalikeOf(raw) : undefined;
    const ch = latin === undefined ? raw : raw === raw.toLowerCase() ? latin : latin.toUpperCase();
    const lower = ch.toLowerCase();
    // Keep positions aligned: only characters whose lower case has the same length are lowered.
    const kept = lower.length === ch.length ? lower : ch;
    for (let k = 0; k < kept.length; k++) boundary.push(k === 0 && pending);
    text += kept;
    original += ch;
    pending = false;
  }
  boundary.push(true);
  return { text, original, boundary };
}

interface Span {
  start: number;
  end: number;
}

/** Compiled names of one brand. */
interface BrandNeedles {
  brand: Brand;
  needles: { key: string; latin: boolean }[];
}

const needleCache = new WeakMap<readonly Brand[], BrandNeedles[]>();

function needlesFor(brands: readonly Brand[]): BrandNeedles[] {
  const cached = needleCache.get(brands);
  if (cached) return cached;
  const compiled = brands.map((brand) => ({
    brand,
    needles: [...new Set(brandNames(brand).map(normaliseForBrandMatch))]
      .filter((key) => key.length >= 2)
      .map((key) => ({ key, latin: /^[a-z0-9]+$/.test(key) })),
  }));
  needleCache.set(brands, compiled);
  return compiled;
}

function spansOf(hay: CompactText, key: string, latin: boolean, strictCase: boolean): Span[] {
  const spans: Span[] = [];
  for (let from = 0; ;) {
    const at = hay.text.indexOf(key, from);
    if (at < 0) return spans;
    from = at + 1;
    const end = at + key.length;
    if (latin) {
      const beforeOk = hay.boundary[at] === true || !/[a-z0-9]/.test(hay.text[at - 1] ?? "");
      const afterOk = hay.boundary[end] === true || !/[a-z0-9]/.test(hay.text[end] ?? "");
      if (!beforeOk || !afterOk) continue;
      if (strictCase && key.length <= 4 && /[a-z]/.test(key) && hay.original.slice(at, end) !== key.toUpperCase())
        continue;
    }
    spans.push({ start: at, end });
  }
}

/**
 * The brands named in `text`, in registry order. `strictCase` applies the capitals rule for short
 * Latin names (use it for running text, not for display names).
 */
export function brandsClaimedBy(
  text: string | null | undefined,
  brands: readonly Brand[],
  options: { strictCase?: boolean; minLength?: number } = {},
): Brand[] {
  if (!text) return [];
  const hay = compactWithBoundaries(text.slice(0, MAX_TEXT));
  const min = options.minLength ?? 2;
  const found = needlesFor(brands).map(({ brand, needles }) => ({
    brand,
    spans: needles
      .filter((n) => n.key.length >= min)
      .flatMap((n) => spansOf(hay, n.key, n.latin, options.strictCase ?? false)),
  }));
  const all = found.flatMap((f) => f.spans.map((s) => ({ ...s, brand: f.brand })));
  return found
    .filter(({ brand, spans }) =>
      spans.some(
        (s) =>
          !all.some(
            (o) => o.brand !== brand && o.start <= s.start && o.end >= s.end && o.end - o.start > s.end - s.start,
          ),
      ),
    )
    .map((f) => f.brand);
}

/** The texts of a mail where a brand can be claimed. */
export interface ClaimTexts {
  displayName?: string | null | undefined;
  /** The sender's address (`support-amazon.jp@pcihrah.cn` names Amazon in its local part). */
  address?: string | null | undefined;
  subject?: string | null | undefined;
  /** The visible texts of the body's links. */
  linkTexts?: readonly string[] | undefined;
  /** The body as plain text. */
  body?: string | null | undefined;
}

/** Mailing lists append ` via List-name` to the sender's name: that part names the list, not the sender. */
export function stripListSuffix(displayName: string): string {
  return displayName.replace(/\s+via\s+[^\s]+\s*$/i, "");
}

/**
 * Every brand the mail claims, with where. Ordered by the strongest place (display name, subject,
 * link text, body), then registry order.
 */
export function findBrandClaims(texts: ClaimTexts, brands: readonly Brand[]): BrandClaim[] {
  const places: [ClaimPlace, Brand[]][] = [
    ["display-name", brandsClaimedBy(texts.displayName ? stripListSuffix(texts.displayName) : null, brands)],
    ["subject", brandsClaimedBy(stripListTag(texts.subject), brands)],
    // Names of three letters or more only: `au` and `jr` stand in too many addresses by chance.
    ["sender-address", brandsClaimedBy(claimableAddress(texts.address), brands, { minLength: 3 })],
    ["link-text", brandsClaimedBy((texts.linkTexts ?? []).join("\n"), brands, { strictCase: true })],
    ["body", brandsClaimedBy(texts.body, brands, { strictCase: true })],
  ];
  const claims = new Map<string, BrandClaim>();
  for (const [place, found] of places) {
    for (const brand of found) {
      const claim = claims.get(brand.id) ?? { brand, where: [] };
      claim.where.push(place);
      claims.set(brand.id, claim);
    }
  }
  return [...claims.values()].sort(
    (a, b) => PLACE_ORDER.indexOf(a.where[0] ?? "body") - PLACE_ORDER.indexOf(b.where[0] ?? "body"),
  );
}

/**
 * The part of a sender's address that can name a brand: its local part, and its domain unless that is
 * a free mail service (an iCloud or Gmail address names the mailbox's owner, not Apple or Google).
 */
function claimableAddress(address: string | null | undefined): string | null {
  if (!address) return null;
  const at = address.lastIndexOf("@");
  if (at < 0) return address;
  const domain = address.slice(at + 1);
  return isFreeMailDomain(domain) ? address.slice(0, at) : `${address.slice(0, at)} ${domain}`;
}

/** `[List-name] subject` → `subject`: the tag a mailing list puts in front names the list. */
function stripListTag(subject: string | null | undefined): string | null {
  if (!subject) return null;
  return subject.replace(/^(?:\s*(?:re|fwd?|fw)\s*:\s*)*\[[\w.-]+\]\s*/i, "");
}

/**
 * The claims a reader should weigh: those made where the sender chooses what the reader sees first
 * (display name, subject); when there are none, those of the sender's address; then those of the link texts; when none either, the body's
 * — but only a Japanese body (the registry is of brands phished in Japan; a foreign spam's footer
 * that mentions Microsoft is not a claim) that names exactly one brand (a list of card logos is not
 * a claim either).
 */
export function principalClaims(claims: readonly BrandClaim[], body = ""): BrandClaim[] {
  const strong = claims.filter((c) => c.where.includes("display-name") || c.where.includes("subject"));
  if (strong.length > 0) return strong;
  const address = claims.filter((c) => c.where.includes("sender-address"));
  if (address.length > 0) return address;
  const links = claims.filter((c) => c.where.includes("link-text"));
  if (links.length > 0) return links;
  return claims.length === 1 && JAPANESE_KANA.test(body.slice(0, MAX_TEXT)) ? [...claims] : [];
}

const JAPANESE_KANA = /[\u3041-\u3096\u30a1-\u30fa]/;
