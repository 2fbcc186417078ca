/**
 * `analyzeText()`: the analysis of a text a person received that is not a mail with headers (an
 * SMS, a LINE message, a mail body pasted alone, a list of addresses). It reads the text once: the
 * brand it claims (brand registry names, as for a mail's display name), every address in it (found
 * as a reader would see them, taken apart and judged against that brand's domains), and the smishing
 * rules. Pure; never throws.
 */
import type { Brand } from "../brand.ts";
import { brandsClaimedBy } from "../mail/brand-claims.ts";
import { analyzeUrl } from "../url/analyze.ts";
import { findTextUrls, type TextUrl } from "../url/find-text-urls.ts";
import type { UrlAnalysis } from "../url/types.ts";
import { runTextRules, type Finding } from "./rules/index.ts";

/** Options for {@link analyzeText}. */
export interface AnalyzeTextOptions {
  brands: readonly Brand[];
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
}

/** Longest text read for brand names and patterns (the whole text is still searched for addresses). */
const MAX_PATTERN_TEXT = 20_000;

/**
 * Judges one address: against every brand first (to catch a look-alike of any of them), then,
 * when it is unrelated to all and the text claims a brand, against that brand, so that the reasons
 * name the brand's real domains.
 */
function judge(url: string, brands: readonly Brand[], claimed: readonly Brand[]): UrlAnalysis {
  const analysis = analyzeUrl(url, { brands, claimedBrands: claimed });
  return analysis;
}

/** Analyses a received text. */
export function analyzeText(text: string, options: AnalyzeTextOptions): TextAnalysis {
  const source = String(text);
  const normalised = source.slice(0, MAX_PATTERN_TEXT).normalize("NFKC");
  const claimed = brandsClaimedBy(normalised.slice(0, 2000), options.brands);
  const found = findTextUrls(source);
  const urls = found.map((f) => judge(f.url, options.brands, claimed));
  const flags = runTextRules({ text: source, normalised, urls, claimedBrands: claimed, brands: options.brands });
  return { claimedBrandIds: claimed.map((b) => b.id), found, urls, flags };
}
