/**
 * `analyzeText()`: the analysis of a text a person received that is not a mail with headers (an
 * SMS, a LINE message, a mail body pasted alone, a list of addresses). It reads the text once: the
 * brand it claims (brand registry names, as for a mail's display name), every address in it (found
 * as a reader would see them, taken apart and judged against that brand's domains), the lure tactics
 * it uses (src/lib/text/tactics/) and the smishing rules. Pure; never throws.
 */
import { officialDomains, type Brand } from "../brand/brand.ts";
import { brandsClaimedBy } from "../mail/brand-claims.ts";
import { analyzeUrl } from "../url/analyze.ts";
import { findTextUrls, type TextUrl } from "../url/find-text-urls.ts";
import type { UrlAnalysis } from "../url/types.ts";
import { runTextRules } from "./rules/index.ts";
import { type Finding } from "./rules/types.ts";
import { findTactics } from "./tactics/index.ts";
import { type TacticFinding } from "./tactics/types.ts";
import { withoutMaskedUrls } from "./masked-urls.ts";

/** Options for {@link analyzeText}. */
export interface AnalyzeTextOptions {
  brands: readonly Brand[];
  /** More text where the sender names a brand (a sender name or subject copied with the message). */
  claimText?: string | undefined;
}

/** What {@link analyzeText} found. */
export interface TextAnalysis {
  /** Brand ids the text claims, in registry order. */
  claimedBrandIds: string[];
  /** The addresses as found in the text. */
  found: TextUrl[];
  /** The same addresses, analysed (same order). */
  urls: UrlAnalysis[];
  flags: Finding[];
  /** The lure tactics the text uses, with the words that show them. */
  tactics: TacticFinding[];
}

/** Longest text read for brand names and patterns (the whole text is still searched for addresses). */
const MAX_PATTERN_TEXT = 20_000;

/**
 * True when an address is only a brand's own domain written as a word (「amazon.co.jp をご利用…」):
 * no scheme, no path, and one of the registry's sourced domains. It names the brand; it is not a link.
 */
function isDomainMention(found: TextUrl, brands: readonly Brand[]): boolean {
  if (found.form !== "bare" || /[/?#]/.test(found.written)) return false;
  const host = found.written.toLowerCase();
  return brands.some((b) => officialDomains(b).includes(host));
}

/** Analyses a received text. */
export function analyzeText(text: string, options: AnalyzeTextOptions): TextAnalysis {
  const source = String(text);
  const normalised = source.slice(0, MAX_PATTERN_TEXT).normalize("NFKC");
  const claimSource = `${options.claimText ?? ""}\n${normalised.slice(0, 2000)}`;
  const claimed = brandsClaimedBy(claimSource, options.brands);
  // An address whose host a quoting page masked (「https://XXXX/…」) leads nowhere we can judge.
  const found = findTextUrls(withoutMaskedUrls(source)).filter((f) => !isDomainMention(f, options.brands));
  const urls = found.map((f) =>
    analyzeUrl(f.url, { brands: options.brands, claimedBrands: claimed, withoutScheme: f.form !== "scheme" }),
  );
  const tactics = findTactics(source);
  const flags = runTextRules({
    text: source,
    normalised,
    urls,
    claimedBrands: claimed,
    brands: options.brands,
    tactics,
  });
  return { claimedBrandIds: claimed.map((b) => b.id), found, urls, flags, tactics };
}
