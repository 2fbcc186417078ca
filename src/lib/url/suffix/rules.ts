/**
 * The Public Suffix List split by top-level domain, as the browser fetches it: one small file per TLD
 * with that TLD's rules, and an index of the TLDs that exist. Compiled at build time from the list
 * that `tldts` ships (./compile.node.ts); read here by {@link suffixLookupFrom}, which answers exactly
 * as `tldts` does for every host whose TLD's rules are loaded. Pure; no I/O.
 */

/** Bit flags of a rule, as in tldts: 1 = ICANN section, 2 = private section. */
export type RuleFlags = number;

/** One TLD's rules: each rule (`co.jp`, `*.kawasaki.jp`) and exception (`city.kawasaki.jp` for `!city.kawasaki.jp`) with its flags. */
export interface TldRules {
  rules: Record<string, RuleFlags>;
  exceptions: Record<string, RuleFlags>;
}

/** What the compiler writes as `index.json`. */
export interface SuffixIndex {
  /** The list's version (the tldts package version it was compiled from). */
  version: string;
  /** Every TLD with rules, lower case (punycode for internationalised ones). */
  tlds: string[];
}

/** The part of tldts-core's result that a suffix lookup fills. */
export interface SuffixOut {
  isIcann: boolean | null;
  isPrivate: boolean | null;
  publicSuffix: string | null;
}

/** The options tldts-core passes to a suffix lookup. */
export interface SuffixOptions {
  allowIcannDomains: boolean;
  allowPrivateDomains: boolean;
}

/** The file name of a TLD's chunk (`jp.json`); TLDs are [a-z0-9-] so they are safe as names. */
export function chunkName(tld: string): string {
  return `${tld}.json`;
}

/**
 * A tldts-core suffix lookup over the rules in `byTld`: exceptions first, then the longest matching
 * rule (a `*` rule matching any one label), then the prevailing `*` rule (the right-most label).
 */
export function suffixLookupFrom(byTld: ReadonlyMap<string, TldRules>) {
  return function suffixLookup(hostname: string, options: SuffixOptions, out: SuffixOut): boolean {
    const allowed = (options.allowPrivateDomains ? 2 : 0) | (options.allowIcannDomains ? 1 : 0);
    const labels = hostname.split(".");
    const tld = labels[labels.length - 1] ?? "";
    const data = byTld.get(tld);
    if (data) {
      // Exceptions: the rule minus its left-most label is the suffix.
      for (let k = labels.length; k >= 2; k--) {
        const candidate = labels.slice(labels.length - k).join(".");
        const flags = data.exceptions[candidate];
        if (flags !== undefined && (flags & allowed) !== 0) {
          out.isIcann = (flags & 1) !== 0;
          out.isPrivate = (flags & 2) !== 0;
          out.publicSuffix = labels.slice(labels.length - k + 1).join(".");
          return true;
        }
      }
      for (let k = labels.length; k >= 1; k--) {
        const tail = labels.slice(labels.length - k);
        const exact = data.rules[tail.join(".")];
        const wild = k >= 2 && tail[0] !== "" ? data.rules[["*", ...tail.slice(1)].join(".")] : undefined;
        const flags = exact !== undefined && (exact & allowed) !== 0 ? exact : wild;
        if (flags !== undefined && (flags & allowed) !== 0) {
          out.isIcann = (flags & 1) !== 0;
          out.isPrivate = (flags & 2) !== 0;
          out.publicSuffix = tail.join(".");
          return false;
        }
      }
    }
    out.isIcann = false;
    out.isPrivate = false;
    out.publicSuffix = tld;
    return false;
  };
}
