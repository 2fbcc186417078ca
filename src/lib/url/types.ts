/** What {@link analyzeUrl} found out about one URL. */

/** How a URL relates to the brands it was compared with, from most to least reassuring. */
export type VerdictKind =
  | "official"
  /** The brand's name under another ending (`vpass.jp` beside `vpass.ne.jp`): not confirmed as the brand's, not shown to be fake. */
  | "unconfirmed-brand"
  | "lookalike"
  | "contains-brand"
  | "ip-host"
  | "shortener"
  | "unrelated"
  | "invalid"
  | "dangerous-scheme";

/** The verdict on a URL with the reasons for it, in plain Japanese. */
export interface UrlVerdict {
  kind: VerdictKind;
  /** The brand the verdict is about (official, lookalike, contains-brand). */
  brandId?: string;
  /** Plain-Japanese explanations for a non-technical reader, one line each. */
  reasons: string[];
}

/** Findings about internationalised (non-ASCII) host names. */
export interface IdnFindings {
  mixedScript: boolean;
  confusable: boolean;
  notes: string[];
}

/** One `key=value` pair of the query string, decoded. */
export interface QueryParameter {
  key: string;
  value: string;
}

/** A URL taken apart. Every string that may reach a page is plain text, never HTML. */
export interface UrlAnalysis {
  /** The input as given, trimmed. */
  url: string;
  /** True when the WHATWG URL parser accepted it (bare host names and e-mail addresses are accepted too). */
  ok: boolean;
  /** Scheme without the colon (`https`), or null when none was written. */
  scheme: string | null;
  /** Host in ASCII (punycode) form, lower case; IPv6 without brackets. */
  host: string | null;
  /** Host in Unicode form (`xn--` labels decoded). */
  hostUnicode: string | null;
  /** Registrable domain per the Public Suffix List (`example.co.jp`). */
  registrableDomain: string | null;
  /** What comes before the registrable domain (`www`), or null. */
  subdomain: string | null;
  /** Public suffix (`co.jp`, `top`). */
  publicSuffix: string | null;
  /** Port when one was written and is not the scheme's default. */
  port: string | null;
  /** User name written before `@` in the address (`https://www.amex.com@evil.top/`). */
  userinfo: string | null;
  /** Path as parsed (percent-encoded). */
  path: string;
  query: QueryParameter[];
  /** Fragment without `#`, or null. */
  fragment: string | null;
  /** The input defanged for display: `hxxps://www[.]example[.]com/`. */
  defanged: string;
  isIp: boolean;
  /** True when the host has punycode (`xn--`) labels, i.e. is an internationalised domain name. */
  punycode: boolean;
  verdict: UrlVerdict;
  idn: IdnFindings;
}
