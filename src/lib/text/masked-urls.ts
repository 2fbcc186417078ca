/**
 * Addresses that a quoting page masked (「https://XXXX/sagawa」「http://paths●●●●.com」「https://~」):
 * their destination is unknown, and the part left is not an address to judge. An SMS case keeps the
 * mask as the page showed it; the analysis reads such an address as a masked link, not as a domain.
 */

const URL_TOKEN =
  /(?:h[tx]{2}ps?|[Xx*]{3,})[:：]?\/\/[^\s\u3000、。」）】,，]*|(?:[A-Za-z0-9-]+\.)+[A-Za-z0-9-]*[●○〇◯×＊][^\s\u3000、。」）】,，]*/g;
const MASK = /[●○〇◯×＊*~〜…（(]|X{3,}|\.{2,}/;

/** The host part of a written address (after `//`, up to the first `/`, `?` or `#`). */
function hostPart(written: string): string {
  const afterScheme = written.includes("//") ? written.slice(written.indexOf("//") + 2) : written;
  return afterScheme.split(/[/?#]/)[0] ?? "";
}

/**
 * The addresses of `text` whose host the quoting page masked (`paths●●●●.com`, `XXXX`, `~`), as
 * written. A masked path (`https://s.vpass.jp/?id=...`) leaves the host to judge: it is not listed.
 */
export function maskedUrls(text: string): string[] {
  return [...String(text).matchAll(URL_TOKEN)]
    .map((m) => m[0])
    .filter((u) => {
      // A defanged dot (`[.]`, `(.)`) is not a mask.
      const host = hostPart(u).replace(/\[\.\]|\(\.\)|\{\.\}/g, ".");
      return host === "" || MASK.test(host) || !/^[^.]+(?:\.[^.]+)+$/.test(host);
    });
}

/** `text` with each masked address replaced by 「［伏せられた URL］」, for analysis. */
export function withoutMaskedUrls(text: string): string {
  let out = String(text);
  for (const u of maskedUrls(out)) out = out.split(u).join("［伏せられた URL］");
  return out;
}
