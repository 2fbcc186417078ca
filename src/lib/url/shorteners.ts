/** Registrable domains of well-known public URL shortening services. */
export const URL_SHORTENER_DOMAINS: readonly string[] = [
  "bit.ly",
  "bitly.com",
  "t.co",
  "tinyurl.com",
  "is.gd",
  "v.gd",
  "ow.ly",
  "buff.ly",
  "rebrand.ly",
  "cutt.ly",
  "t.ly",
  "x.gd",
  "lin.ee",
  "goo.gl",
  "shorturl.at",
  "rb.gy",
  "tiny.cc",
];

/** True when `registrableDomain` (or `host`) belongs to a known URL shortener. */
export function isUrlShortener(host: string): boolean {
  const h = host.toLowerCase();
  return URL_SHORTENER_DOMAINS.some((d) => h === d || h.endsWith(`.${d}`));
}
