/**
 * Issue 22: the brand claims now search every name of the registry at once (an Aho–Corasick
 * automaton built once per registry array). They must claim exactly what the name-by-name search
 * claimed before. The earlier implementation is kept below, unchanged, and both are run over every
 * fixture mail and Outlook item, every text of the corpus, and random texts built from the
 * registry's names with noise (and random small registries whose names overlap).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { brandNames, type Brand } from "../../../src/lib/brand/brand.ts";
import { loadBrands } from "../../../src/lib/brand/registry.node.ts";
import { htmlToView } from "../../../src/lib/html/html-to-view.ts";
import {
  brandsClaimedBy,
  findBrandClaims,
  type BrandClaim,
  type ClaimPlace,
  type ClaimTexts,
} from "../../../src/lib/mail/brand-claims.ts";
import { isFreeMailDomain } from "../../../src/lib/mail/domains.ts";
import { readMsg } from "../../../src/lib/msg/read-msg.ts";
import { readInput, type Reading } from "../../../src/lib/reading/read-input.ts";
import { messageReader } from "../../../src/lib/reading/read-message.ts";
import { latinLookalikeOf } from "../../../src/lib/url/confusables.ts";
import { testBrand } from "./helpers.ts";

// ── The implementation before issue 22, copied as it was ─────────────────────────────────────────

const SEPARATOR = /[\s\u3000・･·.\-‐‑–—_]/;
const MAX_TEXT = 20_000;
const PLACE_ORDER: readonly ClaimPlace[] = ["display-name", "subject", "sender-address", "link-text", "body"];

function toKatakana(text: string): string {
  return text.replace(/[\u3041-\u3096]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0x60));
}

function normaliseForBrandMatch(text: string): string {
  return toKatakana(text.normalize("NFKC").toLowerCase()).replace(/[\s\u3000・･·.\-‐‑–—_]+/g, "");
}

interface CompactText {
  text: string;
  original: string;
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
    const latin = raw.charCodeAt(0) > 0x7f ? latinLookalikeOf(raw) : undefined;
    const ch = latin === undefined ? raw : raw === raw.toLowerCase() ? latin : latin.toUpperCase();
    const lower = ch.toLowerCase();
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

function oldBrandsClaimedBy(
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

function oldFindBrandClaims(texts: ClaimTexts, brands: readonly Brand[]): BrandClaim[] {
  const places: [ClaimPlace, Brand[]][] = [
    ["display-name", oldBrandsClaimedBy(texts.displayName ? stripListSuffix(texts.displayName) : null, brands)],
    ["subject", oldBrandsClaimedBy(stripListTag(texts.subject), brands)],
    ["sender-address", oldBrandsClaimedBy(claimableAddress(texts.address), brands, { minLength: 3 })],
    ["link-text", oldBrandsClaimedBy((texts.linkTexts ?? []).join("\n"), brands, { strictCase: true })],
    ["body", oldBrandsClaimedBy(texts.body, brands, { strictCase: true })],
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

function claimableAddress(address: string | null | undefined): string | null {
  if (!address) return null;
  const at = address.lastIndexOf("@");
  if (at < 0) return address;
  const domain = address.slice(at + 1);
  return isFreeMailDomain(domain) ? address.slice(0, at) : `${address.slice(0, at)} ${domain}`;
}

function stripListSuffix(displayName: string): string {
  return displayName.replace(/\s+via\s+[^\s]+\s*$/i, "");
}

function stripListTag(subject: string | null | undefined): string | null {
  if (!subject) return null;
  return subject.replace(/^(?:\s*(?:re|fwd?|fw)\s*:\s*)*\[[\w.-]+\]\s*/i, "");
}

// ── Comparison ───────────────────────────────────────────────────────────────────────────────────

const registry = loadBrands();
const root = join(import.meta.dirname, "..", "..", "..");
const OPTIONS: { strictCase?: boolean; minLength?: number }[] = [
  {},
  { strictCase: true },
  { minLength: 3 },
  { strictCase: true, minLength: 3 },
  { minLength: 5 },
];

/** The same claims: the same brand objects in the same order, the same places in the same order. */
function expectSameClaims(texts: ClaimTexts, brands: readonly Brand[]): void {
  const now = findBrandClaims(texts, brands);
  const before = oldFindBrandClaims(texts, brands);
  expect(now.map((c) => [c.brand.id, c.where])).toEqual(before.map((c) => [c.brand.id, c.where]));
  now.forEach((c, i) => expect(c.brand).toBe(before[i]!.brand));
}

function expectSameBrands(text: string | null | undefined, brands: readonly Brand[]): void {
  for (const options of OPTIONS) {
    const now = brandsClaimedBy(text, brands, options);
    const before = oldBrandsClaimedBy(text, brands, options);
    expect(now.map((b) => b.id)).toEqual(before.map((b) => b.id));
    now.forEach((b, i) => expect(b).toBe(before[i]));
  }
}

/** The claim texts of every message in a reading (its forwarded original too), as analyzeReadMail takes them. */
function claimTextsOf(reading: Reading): ClaimTexts[] {
  const own: ClaimTexts[] = reading.message
    ? [
        {
          displayName: reading.message.read.mail.from?.name,
          address: reading.message.read.mail.from?.address,
          subject: reading.message.read.mail.subject,
          linkTexts: reading.message.content.htmlLinks.map((l) => l.text),
          body: reading.message.content.bodyText,
        },
      ]
    : [];
  return [...own, ...(reading.forwarded ? claimTextsOf(reading.forwarded.reading) : [])];
}

function readFixtures(folder: string, ending: string): { name: string; texts: ClaimTexts[] }[] {
  const dir = join(root, "tests", "fixtures", folder);
  return readdirSync(dir)
    .filter((name) => name.endsWith(ending))
    .sort()
    .map((name) => {
      const reading = readInput(new Uint8Array(readFileSync(join(dir, name))), {
        readHtml: htmlToView,
        messageReader,
        readMsg,
      });
      return { name, texts: claimTextsOf(reading) };
    });
}

describe("the compiled brand claims claim what the name-by-name search claimed", () => {
  it.each([
    ["mail", "emails", ".eml"],
    ["Outlook item", "msg", ".msg"],
  ])("on every fixture %s", (_, folder, ending) => {
    const fixtures = readFixtures(folder, ending);
    expect(fixtures.length).toBeGreaterThan(0);
    for (const { texts } of fixtures) {
      expect(texts.length).toBeGreaterThan(0);
      for (const t of texts) {
        expectSameClaims(t, registry);
        for (const text of [t.displayName, t.address, t.subject, t.body, (t.linkTexts ?? []).join("\n")])
          expectSameBrands(text, registry);
      }
    }
  });

  it("on every text of the corpus (text, sender and subject)", () => {
    const lines = readFileSync(join(root, "tests", "fixtures", "texts", "corpus.jsonl"), "utf8")
      .split("\n")
      .filter((line) => line.trim() !== "");
    expect(lines.length).toBeGreaterThan(100);
    for (const line of lines) {
      const record = JSON.parse(line) as { text: string; sender?: string | null; subject?: string | null };
      // As analyzeText reads it, and as a mail with the sender as display name and the text as body.
      expectSameBrands(`${[record.sender, record.subject].filter(Boolean).join("\n")}\n${record.text}`, registry);
      expectSameBrands(record.text, registry);
      expectSameClaims(
        { displayName: record.sender, address: record.sender, subject: record.subject, body: record.text },
        registry,
      );
    }
  });

  it("on a subset of the registry, and on a registry that lists a brand twice", () => {
    const subset = registry.filter((_, i) => i % 3 === 0);
    const twice = [...registry.slice(0, 10), registry[3]!, ...registry.slice(10)];
    for (const text of [
      "楽天カードと楽天市場",
      "AMEX amex Amazon アマゾン",
      "ＪＣＢ jcb MyJCB",
      "りそな銀行 三井住友カード",
    ]) {
      expectSameBrands(text, subset);
      expectSameBrands(text, twice);
    }
  });

  /** Every name of the registry, and forms a sender writes them in. */
  const names = registry.flatMap((b) => brandNames(b));
  const toFullWidth = (s: string) =>
    s.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).replace(/ /g, "\u3000");
  const toHiragana = (s: string) => s.replace(/[\u30a1-\u30f6]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0x60));
  const spaced = (s: string, separator: string) => [...s].join(separator);
  const withCyrillic = (s: string) => s.replace(/a/g, "а").replace(/o/g, "о").replace(/e/g, "е").replace(/A/g, "А");
  const nameForm = fc
    .tuple(
      fc.constantFrom(...names),
      fc.constantFrom<(s: string) => string>(
        (s) => s,
        (s) => s.toUpperCase(),
        (s) => s.toLowerCase(),
        toFullWidth,
        toHiragana,
        withCyrillic,
        (s) => spaced(s, " "),
        (s) => spaced(s, "・"),
        (s) => spaced(s, "-"),
        (s) => s.slice(1),
        (s) => s.slice(0, -1),
      ),
    )
    .map(([name, form]) => form(name));
  const noise = fc.oneof(
    fc.constantFrom(
      " ",
      "\n",
      "　",
      ".",
      "-",
      "・",
      "_",
      "【",
      "】",
      "様",
      "の",
      "カード",
      "銀行",
      "株式会社",
      "x",
      "s",
      "1",
      "@",
      "é",
      "İ",
      "ß",
      "\u{1F600}",
      "\uD800",
      "\uDC00",
      "\uD83D",
      "Ω",
      "Ɑ",
    ),
    fc.string({ maxLength: 4 }),
    fc.string({ maxLength: 3, unit: "grapheme" }),
    fc.string({ maxLength: 3, unit: "binary" }),
  );
  const mixed = fc.array(fc.oneof({ weight: 2, arbitrary: nameForm }, { weight: 3, arbitrary: noise }), {
    maxLength: 14,
  });

  it("on random texts made of the registry's names and noise", () => {
    fc.assert(
      fc.property(mixed, (parts) => expectSameBrands(parts.join(""), registry)),
      { numRuns: 1500 },
    );
  });

  it("on random mails made of the registry's names and noise, place by place", () => {
    fc.assert(
      fc.property(
        mixed,
        mixed,
        mixed,
        fc.array(mixed, { maxLength: 3 }),
        mixed,
        (name, subject, address, links, body) =>
          expectSameClaims(
            {
              displayName: name.join(""),
              subject: subject.join(""),
              address: `${address.join("")}@${address.join("").slice(0, 10)}.example.com`,
              linkTexts: links.map((l) => l.join("")),
              body: body.join(""),
            },
            registry,
          ),
      ),
      { numRuns: 400 },
    );
  });

  it("on random small registries whose names overlap, and texts over the same letters", () => {
    const letters = fc.constantFrom("a", "b", "A", "B", "1", "ア", "イ", "あ", " ", "-", "・", "ｂ");
    const name = fc.array(letters, { minLength: 1, maxLength: 5 }).map((l) => l.join(""));
    const brand = fc
      .tuple(name, name, fc.array(name, { maxLength: 3 }))
      .map(([ja, en, aliases]) => ({ ja, en, aliases }));
    fc.assert(
      fc.property(
        fc.array(brand, { minLength: 1, maxLength: 6 }),
        fc.array(letters, { maxLength: 40 }),
        fc.nat(),
        (specs, text, twice) => {
          const brands = specs.map((s, i) => testBrand(`b${i}`, { nameJa: s.ja, nameEn: s.en, aliases: s.aliases }));
          // Now and then the same brand object twice in one registry.
          if (twice % 4 === 0) brands.push(brands[twice % brands.length]!);
          expectSameBrands(text.join(""), brands);
        },
      ),
      { numRuns: 3000 },
    );
  });
});
