/**
 * Comparing a host with a brand's official domains: the official domain itself, a look-alike
 * (same name under another ending, a few letters changed, look-alike characters), or a domain that
 * merely contains the brand's name or official domain somewhere.
 */
import { webDomainOf, type Brand } from "../brand/brand.ts";
import { linkHostFactOf } from "../brand/contact.ts";
import { brandKeywords } from "./brand-keywords.ts";
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

/**
 * The host's side of the comparison, worked out at most once per host whichever brand asks (a link is
 * compared with every brand of the registry). Each part is computed on first use.
 */
class HostView {
  readonly facts: HostFacts;
  #labelUnicode: string | undefined;
  #labelSkeleton: string | undefined;
  #labelCodePoints: number | undefined;
  #shownRegistrable: string | undefined;
  #shownContains: string | undefined;
  #hyphenatedHost: string | undefined;
  #parts: { tokens: string[]; tokenSkeletons: string[]; compact: string; compactSkeleton: string } | undefined;

  constructor(facts: HostFacts) {
    this.facts = facts;
  }

  /** The domain label in Unicode (only called when it is not null). */
  get labelUnicode(): string {
    return (this.#labelUnicode ??= hostToUnicode(this.facts.domainLabel ?? ""));
  }
  get labelSkeleton(): string {
    return (this.#labelSkeleton ??= confusableSkeleton(this.labelUnicode));
  }
  get labelCodePoints(): number {
    return (this.#labelCodePoints ??= [...(this.facts.domainLabel ?? "")].length);
  }
  /** The registrable domain as a look-alike reason shows it (only called when it is not null). */
  get shownRegistrable(): string {
    return (this.#shownRegistrable ??= defang(hostToUnicode(this.facts.registrableDomain ?? "")));
  }
  /** The registrable domain (or the host) as a contains-brand reason shows it. */
  get shownContains(): string {
    return (this.#shownContains ??= defang(hostToUnicode(this.facts.registrableDomain ?? this.facts.host)));
  }
  get hyphenatedHost(): string {
    return (this.#hyphenatedHost ??= this.facts.host.replace(/\./g, "-"));
  }
  /** The host before its public suffix: its words, their skeletons, and all its letters and digits. */
  get parts(): { tokens: string[]; tokenSkeletons: string[]; compact: string; compactSkeleton: string } {
    if (this.#parts === undefined) {
      const { host, publicSuffix: suffix } = this.facts;
      const beforeSuffix = suffix !== null && host.endsWith(`.${suffix}`) ? host.slice(0, -(suffix.length + 1)) : host;
      const tokens = hostToUnicode(beforeSuffix)
        .split(/[.\-_]+/)
        .filter((t) => t !== "");
      this.#parts = {
        tokens,
        tokenSkeletons: tokens.map(confusableSkeleton),
        compact: beforeSuffix.replace(/[^\p{L}\p{N}]/gu, ""),
        compactSkeleton: confusableSkeleton(hostToUnicode(beforeSuffix)).replace(/[^\p{L}\p{N}]/gu, ""),
      };
    }
    return this.#parts;
  }
}

/** Largest edit distance still called a look-alike: 1 for short names, 2 for longer ones. */
function lookalikeThreshold(officialLabel: string): number {
  return officialLabel.length <= 5 ? 1 : 2;
}

function officialMatch(brand: Brand, view: HostView, _claimed: boolean): BrandMatch | null {
  const { facts } = view;
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

function lookalikeMatch(brand: Brand, view: HostView, claimed: boolean): BrandMatch | null {
  const { facts } = view;
  const label = facts.domainLabel;
  if (label === null || facts.registrableDomain === null) return null;
  const keywords = brandKeywords(brand);
  for (const official of keywords.official) {
    if (label === official.label && facts.publicSuffix !== official.suffix) {
      return {
        kind: "unconfirmed-brand",
        brand,
        reasons: [
          `${view.shownRegistrable} は${brand.nameJa}の公式ドメイン ${defang(official.domain)} と名前の部分は同じですが、末尾（.${facts.publicSuffix ?? ""}）が違う別のドメインです。末尾が違えば持ち主が同じとは限らず、${brand.nameJa}自身のページでこのドメインを使うとは確認できていません。`,
        ],
      };
    }
    if (label !== official.label && view.labelSkeleton === official.labelSkeleton) {
      return {
        kind: "lookalike",
        brand,
        reasons: [
          `${view.shownRegistrable} は${brand.nameJa}の公式ドメイン ${defang(official.domain)} に見えるよう、形の似た文字（数字の0と英字のo、「rn」と「m」、外国の文字など）に置き換えた別のドメインです。`,
        ],
      };
    }
    const threshold = lookalikeThreshold(official.label);
    // The edit distance is at least the difference in length: skip it when that is already too much.
    if (
      official.label.length >= (claimed ? 4 : 6) &&
      Math.abs(view.labelCodePoints - official.labelCodePoints) <= threshold
    ) {
      const distance = damerauLevenshtein(label, official.label);
      if (distance > 0 && distance <= threshold) {
        return {
          kind: "lookalike",
          brand,
          reasons: [
            `${view.shownRegistrable} は${brand.nameJa}の公式ドメイン ${defang(official.domain)} と${distance}文字だけ違う、よく似せた別のドメインです。一文字ずつ見比べないと気づきにくい手口です。`,
          ],
        };
      }
    }
  }
  for (const { keyword, skeleton } of keywords.ascii) {
    if (view.labelUnicode !== keyword && view.labelSkeleton === skeleton) {
      return {
        kind: "lookalike",
        brand,
        reasons: [
          `${view.shownRegistrable} は${brand.nameJa}の名前「${keyword}」に見えるよう、形の似た文字に置き換えた別のドメインです。`,
        ],
      };
    }
  }
  return null;
}

function containsBrandMatch(brand: Brand, view: HostView, _claimed: boolean): BrandMatch | null {
  const { facts } = view;
  const keywords = brandKeywords(brand);
  const notOfficial = () =>
    `公式ドメイン（${keywords.officialList}）ではありません。ブランド名が入っていても本物とは限りません。`;

  for (const { domain, hyphenated, withDot, betweenDots, afterHyphen, hasDot } of keywords.domains) {
    if (
      facts.host.startsWith(withDot) ||
      facts.host.includes(betweenDots) ||
      facts.host.includes(afterHyphen) ||
      (hasDot && view.hyphenatedHost.includes(hyphenated) && !facts.host.endsWith(domain))
    ) {
      return {
        kind: "contains-brand",
        brand,
        reasons: [
          `アドレスの前の方に ${defang(domain)} と書かれていますが、本当のドメインは末尾の ${view.shownContains} です。${defang(domain)} の部分はただの飾りで、${brand.nameJa}とは関係ありません。`,
        ],
      };
    }
  }

  const { tokens, tokenSkeletons, compact, compactSkeleton } = view.parts;
  for (const { keyword, skeleton } of keywords.ascii) {
    const plainHit = tokens.includes(keyword) || (keyword.length >= 5 && compact.includes(keyword));
    const skeletonHit =
      tokenSkeletons.includes(skeleton) || (keyword.length >= 5 && compactSkeleton.includes(skeleton));
    if (plainHit || skeletonHit) {
      return {
        kind: "contains-brand",
        brand,
        reasons: [
          plainHit
            ? `${view.shownContains} には「${keyword}」という${brand.nameJa}を思わせる文字が入っていますが、${notOfficial()}`
            : `${view.shownContains} には「${keyword}」に見える文字（形の似た別の文字を使ったもの）が入っていますが、${notOfficial()}`,
        ],
      };
    }
  }
  for (const keyword of keywords.unicode) {
    if (facts.hostUnicode.includes(keyword)) {
      return {
        kind: "contains-brand",
        brand,
        reasons: [`${view.shownContains} には「${keyword}」という名前が入っていますが、${notOfficial()}`],
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
  const view = new HostView(facts);
  for (const matcher of [officialMatch, lookalikeMatch, containsBrandMatch]) {
    for (const brand of brands) {
      // Edit-distance look-alikes of short names are only called so for a brand the mail claims.
      const match = matcher(brand, view, brands.length <= 1 || claimedIds.has(brand.id));
      if (match !== null) return match;
    }
  }
  return null;
}
