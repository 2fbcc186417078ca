/**
 * URL toolkit for articles and the browser: take a URL apart, defang it for display, find URLs in
 * text and explain in plain Japanese how it relates to a brand. Pure TypeScript: no Astro, no `node:*`.
 */
export { analyzeUrl, DANGEROUS_SCHEMES, type AnalyzeUrlOptions } from "./analyze.ts";
export { defang } from "./defang.ts";
export { findUrls } from "./find-urls.ts";
export { findTextUrls, type TextUrl } from "./find-text-urls.ts";
export { showInvisibles, hasInvisibles } from "./visible-text.ts";
export { confusableSkeleton } from "./confusables.ts";
export { damerauLevenshtein } from "./distance.ts";
export { hostToUnicode, decodePunycode } from "./punycode.ts";
export { isUrlShortener, URL_SHORTENER_DOMAINS } from "./shorteners.ts";
export type { IdnFindings, QueryParameter, UrlAnalysis, UrlVerdict, VerdictKind } from "./types.ts";
