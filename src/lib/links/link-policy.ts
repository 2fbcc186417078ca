/**
 * The one rule for where a URL on this site may lead, shared by the article link neutraliser and
 * the built-site guard: same-site URLs and allow-listed outbound hosts pass; scripts, data, other
 * sites, protocol-relative `//host` and anything unparsable do not. Pure: no Node or Astro imports.
 */

/** Where a URL written in a page leads. */
export type LinkTargetKind =
  /** A relative path, a fragment, or the site's own origin. */
  | "same-site"
  /** An http(s) URL whose host is on the outbound allow-list. */
  | "allowed-outbound"
  /** An http(s) or protocol-relative URL to any other host, or another scheme (`mailto:`, `tel:`). */
  | "off-site"
  /** `javascript:`, `data:`, `vbscript:` and other schemes that run or embed content. */
  | "dangerous-scheme"
  /** Something a browser cannot resolve. */
  | "invalid";

/** The site and its allow-list, as the policy needs them. */
export interface LinkPolicyOptions {
  /** Host names (exact, lower case) that outbound links may point to. */
  allowList: readonly string[];
  /** The site's own origin, e.g. `https://sagimail.example.org`. */
  siteOrigin: string;
  /**
   * Exact URLs (not hosts) that may be linked as well: the brands' own pages from the brand registry
   * (sources and reporting pages), which brand pages link to. A URL from a mail is never on it.
   */
  allowedUrls?: readonly string[] | undefined;
}

/** The outcome of {@link classifyLinkTarget}. */
export interface LinkTarget {
  kind: LinkTargetKind;
  /** The URL resolved against the site origin, when it could be resolved. */
  resolved: string | null;
}

/** Schemes that execute code or embed content instead of leading to a page. */
const DANGEROUS = new Set(["javascript:", "vbscript:", "data:", "file:", "blob:", "about:", "filesystem:"]);

/**
 * Normalises a URL the way browsers do before resolving it: leading/trailing C0 controls and spaces
 * are dropped and tabs/newlines anywhere removed (so `java\tscript:` is `javascript:`).
 */
export function normaliseUrlAttribute(value: string): string {
  return value.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, "").replace(/[\t\n\r]/g, "");
}

function siteOriginOf(siteOrigin: string): URL {
  try {
    return new URL(siteOrigin);
  } catch {
    return new URL("https://invalid.invalid");
  }
}

function safeHref(url: string): string | null {
  try {
    return new URL(url).href;
  } catch {
    return null;
  }
}

/** Classifies one URL as written in an `href`, `src` or similar attribute. Never throws. */
export function classifyLinkTarget(value: string, options: LinkPolicyOptions): LinkTarget {
  const url = normaliseUrlAttribute(String(value));
  const site = siteOriginOf(options.siteOrigin);
  let resolved: URL;
  try {
    resolved = new URL(url, site);
  } catch {
    return { kind: "invalid", resolved: null };
  }
  if (DANGEROUS.has(resolved.protocol)) return { kind: "dangerous-scheme", resolved: resolved.href };
  if (resolved.origin === site.origin && resolved.username === "" && resolved.password === "") {
    return { kind: "same-site", resolved: resolved.href };
  }
  if (
    (resolved.protocol === "https:" || resolved.protocol === "http:") &&
    resolved.username === "" &&
    resolved.password === ""
  ) {
    const host = resolved.hostname.toLowerCase().replace(/\.$/, "");
    if (options.allowList.some((allowed) => allowed.toLowerCase().replace(/\.$/, "") === host)) {
      return { kind: "allowed-outbound", resolved: resolved.href };
    }
    if (options.allowedUrls?.some((allowed) => safeHref(allowed) === resolved.href)) {
      return { kind: "allowed-outbound", resolved: resolved.href };
    }
  }
  return { kind: "off-site", resolved: resolved.href };
}

/** True for the kinds a page may link or load: same-site and allowed outbound. */
export function isPermittedTarget(kind: LinkTargetKind): boolean {
  return kind === "same-site" || kind === "allowed-outbound";
}

/** `data:` URLs of raster images, which are self-contained and allowed in `<img src>`. */
export function isInlineRasterImage(value: string): boolean {
  return /^data:image\/(?:png|jpeg|gif|webp)[;,]/i.test(normaliseUrlAttribute(value));
}
