/**
 * Issue 22: the host comparison now works out each brand's keywords once and the host's side once per
 * link. The comparison as it was is kept below, unchanged, and both must give the same match (kind,
 * brand and reasons) for every link of the fixture mails and the text corpus and for random hosts
 * made of the registry's names and domains with typos, look-alike letters and other endings.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { parse as parseDomain } from "tldts";
import { describe, expect, it } from "vitest";
import { webDomainOf, type Brand } from "../../../src/lib/brand/brand.ts";
import { linkHostFactOf } from "../../../src/lib/brand/contact.ts";
import { loadBrands } from "../../../src/lib/brand/registry.node.ts";
import { readMailMessage } from "../../../src/lib/reading/read-message.ts";
import { matchBrands, type BrandMatch, type HostFacts } from "../../../src/lib/url/brand-match.ts";
import { confusableSkeleton } from "../../../src/lib/url/confusables.ts";
import { defang } from "../../../src/lib/url/defang.ts";
import { damerauLevenshtein } from "../../../src/lib/url/distance.ts";
import { findTextUrls } from "../../../src/lib/url/find-text-urls.ts";
import { parseUrl } from "../../../src/lib/url/parse.ts";
import { hostToUnicode } from "../../../src/lib/url/punycode.ts";

// ── The comparison before issue 22, copied as it was ─────────────────────────────────────────────

interface OfficialDomainParts {
  domain: string;
  label: string;
  suffix: string;
}

function officialParts(brand: Brand): OfficialDomainParts[] {
  return brand.webDomains.map((domain) => {
    const info = parseDomain(domain, { allowPrivateDomains: true });
    return { domain, label: info.domainWithoutSuffix ?? domain, suffix: info.publicSuffix ?? "" };
  });
}

/** ASCII keywords for a brand: official domain labels and English names/aliases, lower case, letters and digits only. */
function asciiKeywords(brand: Brand): string[] {
  const names = [brand.nameEn, ...brand.aliases, ...officialParts(brand).map((p) => p.label)]
    .filter((name) => /^[\x20-\x7e]+$/.test(name))
    .map((name) => name.toLowerCase().replace(/[^a-z0-9]/g, ""))
    .filter((name) => name.length >= 4);
  return [...new Set(names)];
}

/** Japanese (non-ASCII) names of a brand that could appear in an internationalised domain. */
function unicodeKeywords(brand: Brand): string[] {
  return [brand.nameJa, ...brand.aliases].filter((name) => !/^[\x20-\x7e]+$/.test(name) && name.length >= 2);
}

/** Largest edit distance still called a look-alike: 1 for short names, 2 for longer ones. */
function lookalikeThreshold(officialLabel: string): number {
  return officialLabel.length <= 5 ? 1 : 2;
}

function officialMatch(brand: Brand, facts: HostFacts, _claimed: boolean): BrandMatch | null {
  const domain = webDomainOf(brand, facts.host);
  if (domain === undefined) {
    // A link host the brand says its real messages use (its own shortener, an SMS landing host).
    const fact = linkHostFactOf(brand.contact, facts.host);
    if (fact === undefined) return null;
    const channels = fact.channels.map((c) => (c === "sms" ? "SMS" : "メール")).join("や");
    return {
      kind: "official",
      brand,
      reasons: [
        `${defang(facts.host)} は、${brand.nameJa}が本物の${channels}のリンクに使うと${fact.source.secondary ? "複数のページで伝えられている" : "自社のページで案内している"}アドレスです（出典: ${fact.source.title}、${fact.source.checked} 確認）。それでもリンクは開かず、公式アプリやブックマークから確認してください。`,
      ],
    };
  }
  return {
    kind: "official",
    brand,
    reasons: [
      `このアドレスは${brand.nameJa}の公式ドメイン ${defang(domain)} のものです。それでもメールのリンクは開かず、ブックマークや公式アプリから確認してください。`,
    ],
  };
}

function lookalikeMatch(brand: Brand, facts: HostFacts, claimed: boolean): BrandMatch | null {
  const label = facts.domainLabel;
  const registrable = facts.registrableDomain;
  if (label === null || registrable === null) return null;
  const labelUnicode = hostToUnicode(label);
  const shown = defang(hostToUnicode(registrable));
  for (const official of officialParts(brand)) {
    const officialShown = defang(official.domain);
    if (label === official.label && facts.publicSuffix !== official.suffix) {
      return {
        kind: "unconfirmed-brand",
        brand,
        reasons: [
          `${shown} は${brand.nameJa}の公式ドメイン ${officialShown} と名前の部分は同じですが、末尾（.${facts.publicSuffix ?? ""}）が違う別のドメインです。末尾が違えば持ち主が同じとは限らず、${brand.nameJa}自身のページでこのドメインを使うとは確認できていません。`,
        ],
      };
    }
    if (label !== official.label && confusableSkeleton(labelUnicode) === confusableSkeleton(official.label)) {
      return {
        kind: "lookalike",
        brand,
        reasons: [
          `${shown} は${brand.nameJa}の公式ドメイン ${officialShown} に見えるよう、形の似た文字（数字の0と英字のo、「rn」と「m」、外国の文字など）に置き換えた別のドメインです。`,
        ],
      };
    }
    const distance = damerauLevenshtein(label, official.label);
    if (official.label.length >= (claimed ? 4 : 6) && distance > 0 && distance <= lookalikeThreshold(official.label)) {
      return {
        kind: "lookalike",
        brand,
        reasons: [
          `${shown} は${brand.nameJa}の公式ドメイン ${officialShown} と${distance}文字だけ違う、よく似せた別のドメインです。一文字ずつ見比べないと気づきにくい手口です。`,
        ],
      };
    }
  }
  for (const keyword of asciiKeywords(brand)) {
    if (labelUnicode !== keyword && confusableSkeleton(labelUnicode) === confusableSkeleton(keyword)) {
      return {
        kind: "lookalike",
        brand,
        reasons: [
          `${shown} は${brand.nameJa}の名前「${keyword}」に見えるよう、形の似た文字に置き換えた別のドメインです。`,
        ],
      };
    }
  }
  return null;
}

function containsBrandMatch(brand: Brand, facts: HostFacts, _claimed: boolean): BrandMatch | null {
  const registrable = facts.registrableDomain ?? facts.host;
  const shown = defang(hostToUnicode(registrable));
  const officialList = brand.webDomains.map((d) => defang(d)).join("、");
  const notOfficial = `公式ドメイン（${officialList}）ではありません。ブランド名が入っていても本物とは限りません。`;

  const hyphenatedHost = facts.host.replace(/\./g, "-");
  for (const domain of new Set([...brand.webDomains, ...brand.mailDomains])) {
    const hyphenated = domain.replace(/\./g, "-");
    if (
      facts.host.startsWith(`${domain}.`) ||
      facts.host.includes(`.${domain}.`) ||
      facts.host.includes(`-${domain}.`) ||
      (domain.includes(".") && hyphenatedHost.includes(hyphenated) && !facts.host.endsWith(domain))
    ) {
      return {
        kind: "contains-brand",
        brand,
        reasons: [
          `アドレスの前の方に ${defang(domain)} と書かれていますが、本当のドメインは末尾の ${shown} です。${defang(domain)} の部分はただの飾りで、${brand.nameJa}とは関係ありません。`,
        ],
      };
    }
  }

  const suffix = facts.publicSuffix;
  const beforeSuffix =
    suffix !== null && facts.host.endsWith(`.${suffix}`) ? facts.host.slice(0, -(suffix.length + 1)) : facts.host;
  const tokens = hostToUnicode(beforeSuffix)
    .split(/[.\-_]+/)
    .filter((t) => t !== "");
  const compact = beforeSuffix.replace(/[^\p{L}\p{N}]/gu, "");
  const compactSkeleton = confusableSkeleton(hostToUnicode(beforeSuffix)).replace(/[^\p{L}\p{N}]/gu, "");
  for (const keyword of asciiKeywords(brand)) {
    const keywordSkeleton = confusableSkeleton(keyword);
    const plainHit = tokens.includes(keyword) || (keyword.length >= 5 && compact.includes(keyword));
    const skeletonHit =
      tokens.some((t) => confusableSkeleton(t) === keywordSkeleton) ||
      (keyword.length >= 5 && compactSkeleton.includes(keywordSkeleton));
    if (plainHit || skeletonHit) {
      return {
        kind: "contains-brand",
        brand,
        reasons: [
          plainHit
            ? `${shown} には「${keyword}」という${brand.nameJa}を思わせる文字が入っていますが、${notOfficial}`
            : `${shown} には「${keyword}」に見える文字（形の似た別の文字を使ったもの）が入っていますが、${notOfficial}`,
        ],
      };
    }
  }
  for (const keyword of unicodeKeywords(brand)) {
    if (facts.hostUnicode.includes(keyword)) {
      return {
        kind: "contains-brand",
        brand,
        reasons: [`${shown} には「${keyword}」という名前が入っていますが、${notOfficial}`],
      };
    }
  }
  return null;
}

function oldMatchBrands(
  facts: HostFacts,
  brands: readonly Brand[],
  claimedIds: ReadonlySet<string> = new Set(),
): BrandMatch | null {
  for (const matcher of [officialMatch, lookalikeMatch, containsBrandMatch]) {
    for (const brand of brands) {
      // Edit-distance look-alikes of short names are only called so for a brand the mail claims.
      const match = matcher(brand, facts, brands.length <= 1 || claimedIds.has(brand.id));
      if (match !== null) return match;
    }
  }
  return null;
}

// ── Comparison ───────────────────────────────────────────────────────────────────────────────────

const registry = loadBrands();
const root = join(import.meta.dirname, "..", "..", "..");

/** The host facts of a URL, as analyzeUrl gives them to the comparison (null: no host to compare). */
function factsOf(url: string): HostFacts | null {
  const parsed = parseUrl(url.trim());
  if (!parsed.ok || parsed.host === null || parsed.isIp) return null;
  return {
    host: parsed.host,
    hostUnicode: parsed.hostUnicode ?? parsed.host,
    registrableDomain: parsed.registrableDomain,
    domainLabel: parsed.domainLabel,
    publicSuffix: parsed.publicSuffix,
  };
}

const shape = (m: BrandMatch | null) => (m === null ? null : { kind: m.kind, brand: m.brand, reasons: m.reasons });

function expectSameMatch(facts: HostFacts, brands: readonly Brand[], claimed: ReadonlySet<string>): void {
  expect(shape(matchBrands(facts, brands, claimed))).toEqual(shape(oldMatchBrands(facts, brands, claimed)));
}

/** Against the registry with nothing claimed, with one brand claimed, and against each brand alone. */
function expectSameEverywhere(facts: HostFacts, claimedIndex: number): void {
  expectSameMatch(facts, registry, new Set());
  expectSameMatch(facts, registry, new Set([registry[claimedIndex % registry.length]!.id]));
  const alone = registry[claimedIndex % registry.length]!;
  expectSameMatch(facts, [alone], new Set());
}

function fixtureUrls(): string[] {
  const dir = join(root, "tests", "fixtures", "emails");
  const urls = readdirSync(dir)
    .filter((f) => f.endsWith(".eml"))
    .flatMap(
      (f) => readMailMessage(new Uint8Array(readFileSync(join(dir, f))), { recipients: [] }).read.mail.body.urls,
    );
  const texts = readFileSync(join(root, "tests", "fixtures", "texts", "corpus.jsonl"), "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .flatMap((line) => findTextUrls((JSON.parse(line) as { text: string }).text).map((u) => u.url));
  return [...new Set([...urls, ...texts])];
}

describe("the host comparison matches what it matched before", () => {
  it("for every link of the fixture mails and the text corpus", () => {
    const urls = fixtureUrls();
    expect(urls.length).toBeGreaterThan(100);
    urls.forEach((url, i) => {
      const facts = factsOf(url);
      if (facts) expectSameEverywhere(facts, i);
    });
  }, 120_000);

  it("for every official domain of the registry, bare and under other endings", () => {
    registry.forEach((brand, i) => {
      for (const domain of [...brand.webDomains, ...brand.mailDomains]) {
        const label = parseDomain(domain).domainWithoutSuffix ?? domain;
        for (const host of [domain, `www.${domain}`, `${label}.xyz`, `${label}-jp.com`, `${domain}.evil.top`]) {
          const facts = factsOf(`https://${host}/`);
          if (facts) expectSameEverywhere(facts, i);
        }
      }
    });
  }, 120_000);

  /** Labels and names of each brand, with typos and look-alike letters, and the brand's index. */
  const words = registry.flatMap((b, index) =>
    [
      ...new Set([
        ...b.webDomains.map((d) => parseDomain(d).domainWithoutSuffix ?? d),
        b.nameEn.toLowerCase().replace(/[^a-z0-9]/g, ""),
        ...b.aliases,
      ]),
    ]
      .filter((w) => w !== "")
      .map((word) => ({ word, index })),
  );
  const letter = fc.constantFrom("", "o", "0", "1", "l", "rn", "а", "е", "-", "x");
  const typo = fc.tuple(fc.constantFrom(...words), fc.nat(), letter, letter).map(([{ word, index }, at, one, two]) => {
    const chars = [...word];
    const i = chars.length === 0 ? 0 : at % chars.length;
    const typed = (() => {
      switch (at % 5) {
        case 0:
          return chars;
        case 1:
          return [...chars.slice(0, i), one, ...chars.slice(i + 1)];
        case 2:
          return [...chars.slice(0, i), one, ...chars.slice(i)];
        case 3:
          return [...chars.slice(0, i), chars[i + 1] ?? "", chars[i] ?? "", ...chars.slice(i + 2)];
        default:
          return [...chars.slice(0, i), one, two, ...chars.slice(i)];
      }
    })();
    return { word: typed.join(""), index };
  });
  const label = fc.oneof(
    { weight: 3, arbitrary: typo },
    fc.constantFrom("secure", "login", "www", "jp", "co", "support", "xn--zckzah").map((word) => ({ word, index: 0 })),
  );
  const ending = fc.constantFrom("com", "co.jp", "jp", "net", "top", "xyz", "cn", "ne.jp", "or.jp", "github.io");

  it("for random hosts made of the registry's names with typos and look-alike letters", () => {
    fc.assert(
      fc.property(
        fc.array(label, { minLength: 1, maxLength: 3 }),
        fc.constantFrom(".", "-", ""),
        ending,
        (labels, joint, suffix) => {
          const host = `${labels.map((l) => l.word).join(joint)}.${suffix}`;
          const facts = factsOf(`https://${host}/login`);
          // The brand whose name was typed is the one claimed, and the one compared alone.
          if (facts) expectSameEverywhere(facts, labels.at(-1)!.index);
        },
      ),
      { numRuns: 400 },
    );
  }, 120_000);
});
