/**
 * What the host comparison (./brand-match.ts) needs of one brand, worked out once per brand object
 * and kept while the brand lives: its official domains taken apart, its ASCII and Japanese keywords,
 * and their look-alike skeletons. Working these out again for every brand and every link was most of
 * the cost of analysing a mail against the registry (issue 22). Brands are treated as immutable.
 */
import { parse as parseDomain } from "tldts";
import type { Brand } from "../brand/brand.ts";
import { confusableSkeleton } from "./confusables.ts";
import { defang } from "./defang.ts";

/** One official web domain taken apart: `smbc-card.com` → label `smbc-card`, suffix `com`. */
export interface OfficialDomainParts {
  domain: string;
  label: string;
  suffix: string;
  /** {@link confusableSkeleton} of the label. */
  labelSkeleton: string;
  /** The label's length in code points (what the edit distance counts). */
  labelCodePoints: number;
}

/** An ASCII keyword with its look-alike skeleton. */
export interface AsciiKeyword {
  keyword: string;
  skeleton: string;
}

/** A domain of the brand (web or mail), with the forms a host is searched for. */
export interface BrandDomain {
  domain: string;
  /** Its dots written as hyphens. */
  hyphenated: string;
  /** `domain.`, `.domain.` and `-domain.`. */
  withDot: string;
  betweenDots: string;
  afterHyphen: string;
  hasDot: boolean;
}

/** The brand's facts for the host comparison. */
export interface BrandKeywords {
  official: OfficialDomainParts[];
  /** Official domain labels and English names/aliases, lower case, letters and digits only, 4+ long. */
  ascii: AsciiKeyword[];
  /** Japanese (non-ASCII) names that could appear in an internationalised domain. */
  unicode: string[];
  /** Web then mail domains, each once. */
  domains: BrandDomain[];
  /** The web domains defanged, as the reasons list them. */
  officialList: string;
}

const ASCII_NAME = /^[\x20-\x7e]+$/;

function compile(brand: Brand): BrandKeywords {
  const official = brand.webDomains.map((domain) => {
    const info = parseDomain(domain, { allowPrivateDomains: true });
    const label = info.domainWithoutSuffix ?? domain;
    return {
      domain,
      label,
      suffix: info.publicSuffix ?? "",
      labelSkeleton: confusableSkeleton(label),
      labelCodePoints: [...label].length,
    };
  });
  const ascii = [
    ...new Set(
      [brand.nameEn, ...brand.aliases, ...official.map((p) => p.label)]
        .filter((name) => ASCII_NAME.test(name))
        .map((name) => name.toLowerCase().replace(/[^a-z0-9]/g, ""))
        .filter((name) => name.length >= 4),
    ),
  ].map((keyword) => ({ keyword, skeleton: confusableSkeleton(keyword) }));
  return {
    official,
    ascii,
    unicode: [brand.nameJa, ...brand.aliases].filter((name) => !ASCII_NAME.test(name) && name.length >= 2),
    domains: [...new Set([...brand.webDomains, ...brand.mailDomains])].map((domain) => ({
      domain,
      hyphenated: domain.replace(/\./g, "-"),
      withDot: `${domain}.`,
      betweenDots: `.${domain}.`,
      afterHyphen: `-${domain}.`,
      hasDot: domain.includes("."),
    })),
    officialList: brand.webDomains.map((d) => defang(d)).join("、"),
  };
}

const cache = new WeakMap<Brand, BrandKeywords>();

/** The brand's facts for the host comparison, worked out on first use. */
export function brandKeywords(brand: Brand): BrandKeywords {
  let compiled = cache.get(brand);
  if (compiled === undefined) {
    compiled = compile(brand);
    cache.set(brand, compiled);
  }
  return compiled;
}
