/**
 * Comparing a host with a brand's official domains: the official domain itself, a look-alike
 * (same name under another ending, a few letters changed, look-alike characters), or a domain that
 * merely contains the brand's name or official domain somewhere.
 */
import { parse as parseDomain } from "tldts";
import { webDomainOf, type Brand } from "../brand.ts";
import { linkHostFactOf } from "../brand/contact.ts";
import { confusableSkeleton } from "./confusables.ts";
import { defang } from "./defang.ts";
import { damerauLevenshtein } from "./distance.ts";
import { hostToUnicode } from "./punycode.ts";

/** The host facts the brand comparison needs. */
export interface HostFacts {
  host: string;
  hostUnicode: string;
  registrableDomain: string | null;
  domainLabel: string | null;
  publicSuffix: string | null;
}

/** How a host relates to one brand. */
export interface BrandMatch {
  kind: "official" | "unconfirmed-brand" | "lookalike" | "contains-brand";
  brand: Brand;
  reasons: string[];
}

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

/** The strongest relation between `facts` and any of `brands`: official, then look-alike, then contains-brand. */
export function matchBrands(
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
