/**
 * Which brands a message claims to be, and where it claims them. Every name and alias from the
 * registry is matched after NFKC normalisation, case folding, hiragana → katakana and removal of
 * spaces, dots, middle dots and hyphens, so `ＡＭＥＸ`, `amex`, `Ｅ Ｔ Ｃ`, `り そ な 銀 行` and
 * `アメリカン・エキスプレス` all match. Names in Latin letters must stand as words (`amex` does not match
 * inside `ramexx`); in body text a short Latin name (four letters or fewer) must be written in
 * capitals, so that English `etc.` is not the ETC service nor `line` the LINE app. A match that lies inside a longer match
 * of another brand is not a claim of its own: `楽天カード` claims 楽天カード, not also 楽天.
 *
 * All the names of a registry are compiled once, on first use of that registry array, into one
 * Aho–Corasick automaton (./aho-corasick.ts): a text is read once whatever the number of names
 * (issue 22). The registry array and its brands are taken as immutable.
 */
import { brandNames, type Brand } from "../brand/brand.ts";
import { latinLookalikeOf } from "../url/confusables.ts";
import { compileNeedles, forEachOccurrence, type NeedleAutomaton } from "./aho-corasick.ts";
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

/** How one character enters the compact text: left out (a separator), or as `kept`, written `ch`. */
interface CompactChar {
  separator: boolean;
  /** The character as written, a look-alike mapped to its Latin letter. */
  ch: string;
  /** `ch` lower-cased, unless that would change its length. */
  kept: string;
}

function compactCharOf(raw: string): CompactChar {
  if (SEPARATOR.test(raw)) return { separator: true, ch: "", kept: "" };
  // A Cyrillic or Greek letter written for a Latin one (「Аmazon」 with a Cyrillic А) still names the brand.
  const latin = raw.charCodeAt(0) > 0x7f ? latinLookalikeOf(raw) : undefined;
  const ch = latin === undefined ? raw : raw === raw.toLowerCase() ? latin : latin.toUpperCase();
  const lower = ch.toLowerCase();
  // Keep positions aligned: only characters whose lower case has the same length are lowered.
  return { separator: false, ch, kept: lower.length === ch.length ? lower : ch };
}

/** {@link compactCharOf} of each character of the Basic Multilingual Plane met so far. */
const compactChars = new Map<number, CompactChar>();

function compactWithBoundaries(input: string): CompactText {
  const source = toKatakana(input.normalize("NFKC"));
  let text = "";
  let original = "";
  const boundary: boolean[] = [];
  let pending = true;
  // By code point, as `for (const raw of source)` would: a surrogate pair is one character.
  for (let i = 0; i < source.length;) {
    const unit = source.charCodeAt(i);
    let info: CompactChar;
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < source.length && (source.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      info = compactCharOf(source.slice(i, i + 2));
      i += 2;
    } else {
      let known = compactChars.get(unit);
      if (known === undefined) {
        known = compactCharOf(source[i]!);
        compactChars.set(unit, known);
      }
      info = known;
      i += 1;
    }
    if (info.separator) {
      pending = true;
      continue;
    }
    const { kept } = info;
    for (let k = 0; k < kept.length; k++) boundary.push(k === 0 && pending);
    text += kept;
    original += info.ch;
    pending = false;
  }
  boundary.push(true);
  return { text, original, boundary };
}

/** One name of the registry, normalised, with the brands that go by it. */
interface BrandKey {
  key: string;
  /** Only letters a–z and digits: it must stand as a word. */
  latin: boolean;
  /** The capitals rule applies to it under `strictCase`: four characters or fewer, with a letter. */
  short: boolean;
  upper: string;
  /** Indexes in the registry array of the brands with this name. */
  owners: number[];
}

/** Every name of a registry compiled into one automaton (issue 22), built once per registry array. */
interface CompiledRegistry {
  keys: BrandKey[];
  automaton: NeedleAutomaton;
  /** For each registry index, the first index holding the same brand object. */
  identity: Int32Array;
  longestKey: number;
}

const compiledRegistries = new WeakMap<readonly Brand[], CompiledRegistry>();

function compileRegistry(brands: readonly Brand[]): CompiledRegistry {
  const cached = compiledRegistries.get(brands);
  if (cached) return cached;
  const byKey = new Map<string, BrandKey>();
  brands.forEach((brand, index) => {
    for (const key of new Set(brandNames(brand).map(normaliseForBrandMatch))) {
      if (key.length < 2) continue;
      let entry = byKey.get(key);
      if (entry === undefined) {
        const latin = /^[a-z0-9]+$/.test(key);
        entry = { key, latin, short: key.length <= 4 && /[a-z]/.test(key), upper: key.toUpperCase(), owners: [] };
        byKey.set(key, entry);
      }
      entry.owners.push(index);
    }
  });
  const keys = [...byKey.values()];
  const compiled: CompiledRegistry = {
    keys,
    automaton: compileNeedles(keys.map((k) => k.key)),
    identity: Int32Array.from(brands, (brand) => brands.indexOf(brand)),
    longestKey: keys.reduce((n, k) => Math.max(n, k.key.length), 0),
  };
  compiledRegistries.set(brands, compiled);
  return compiled;
}

/** True for a–z and 0–9 (what a Latin name must not touch to stand as a word). */
function isWordCode(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39);
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
  const strictCase = options.strictCase ?? false;
  const registry = compileRegistry(brands);
  // Every place a name stands, as [start, end, brand index] triples.
  const spans: number[] = [];
  forEachOccurrence(registry.automaton, hay.text, (k, end) => {
    const { key, latin, short, upper, owners } = registry.keys[k]!;
    if (key.length < min) return;
    const at = end - key.length;
    if (latin) {
      const beforeOk = hay.boundary[at] === true || !isWordCode(hay.text.charCodeAt(at - 1));
      const afterOk = hay.boundary[end] === true || !isWordCode(hay.text.charCodeAt(end));
      if (!beforeOk || !afterOk) return;
      if (strictCase && short && hay.original.slice(at, end) !== upper) return;
    }
    for (const owner of owners) spans.push(at, end, owner);
  });
  if (spans.length === 0) return [];
  // A name inside a longer name of another brand is not a claim of its own: index the spans by start.
  const byStart = new Map<number, number[]>();
  for (let i = 0; i < spans.length; i += 3) {
    const list = byStart.get(spans[i]!);
    if (list) list.push(i);
    else byStart.set(spans[i]!, [i]);
  }
  const claimed = new Uint8Array(brands.length);
  for (let i = 0; i < spans.length; i += 3) {
    const start = spans[i]!;
    const end = spans[i + 1]!;
    const owner = spans[i + 2]!;
    if (claimed[owner] === 1) continue;
    const identity = registry.identity[owner]!;
    let covered = false;
    for (let from = Math.max(0, end - registry.longestKey); from <= start && !covered; from++) {
      for (const j of byStart.get(from) ?? []) {
        const otherEnd = spans[j + 1]!;
        if (registry.identity[spans[j + 2]!] !== identity && otherEnd >= end && otherEnd - from > end - start) {
          covered = true;
          break;
        }
      }
    }
    if (!covered) claimed[owner] = 1;
  }
  return brands.filter((_, index) => claimed[index] === 1);
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
