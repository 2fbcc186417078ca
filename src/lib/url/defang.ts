/**
 * Defanging: rewriting URLs, domains and e-mail addresses so that no browser, mail client or
 * Markdown autolinker turns them into links, while a reader can still read (and copy) them:
 * `https://www.example.com/a` → `hxxps://www[.]example[.]com/a`, `info@auccwallt.top` →
 * `info@auccwallt[.]top`. Invisible and bidi characters become visible `\uXXXX` escapes.
 */
import { parse as parseDomain } from "tldts";
import { showInvisibles } from "./visible-text.ts";

/** Characters that IDNA treats as a dot between labels: `.`, fullwidth `．`, ideographic `。`, halfwidth `｡`. */
const DOT_LIKE = /[.\uFF0E\u3002\uFF61]/g;

const LABEL = String.raw`[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}\-]*[\p{L}\p{N}\p{M}])?`;
const DOT = String.raw`[.\uFF0E\u3002\uFF61]`;

const SCHEME_URL = String.raw`(?<scheme>[a-z][a-z0-9+.\-]*):(?<slashes>[\\/]{2})(?<authority>[^\s/?#\\]*)`;
const MAIL_ADDRESS = String.raw`(?<local>[\p{L}\p{N}._%+\-]+)@(?<mailDomain>${LABEL}(?:${DOT}${LABEL})+)`;
const IPV4 = String.raw`(?<![\p{L}\p{N}])(?<ipv4>\d{1,3}(?:${DOT}\d{1,3}){3})(?![\p{L}\p{N}])`;
const HOST = String.raw`(?<![\p{L}\p{N}\p{M}\-])(?<host>(?:${LABEL}${DOT})+${LABEL})(?![\p{L}\p{N}\p{M}\-])`;

/**
 * One pass over the text, in order of preference: a URL with `scheme://authority`, an e-mail
 * address, a dotted IPv4 address, a host name. Indexed by what the text holds (1: a colon, 2: an at
 * sign): an alternative that needs a character the text lacks matches nowhere, so leaving it out
 * changes no match, and the address alternative is the costly one (at every letter of a long run of
 * Japanese text it takes the whole run, then gives it back looking for an `@`).
 */
const DEFANG_TOKENS: readonly RegExp[] = [0, 1, 2, 3].map(
  (holds) =>
    new RegExp(
      [...(holds & 1 ? [SCHEME_URL] : []), ...(holds & 2 ? [MAIL_ADDRESS] : []), IPV4, HOST].join("|"),
      "giu",
    ),
);

/** A character without which nothing in a text is defanged. */
const MAY_HOLD_TOKEN = /[:@.\uFF0E\u3002\uFF61]/;

/**
 * Replaces every dot-like character between labels with `[.]`. A run of dots (`https://..../`, the
 * mask a quoting page left) separates no labels: it stays as written.
 */
function bracketDots(text: string): string {
  return text.replace(/[.\uFF0E\u3002\uFF61]{2,}|[.\uFF0E\u3002\uFF61]/g, (dots) => (dots.length > 1 ? dots : "[.]"));
}

/** `http` → `hxxp`, `https` → `hxxps`, `ftp` → `fxp`; other schemes unchanged. Keeps the case of `h`/`f`. */
function defangScheme(scheme: string): string {
  return scheme.replace(/^(h)tt(ps?)$/i, "$1xx$2").replace(/^(f)t(ps?)$/i, "$1x$2");
}

/** True for host-like tokens a linkifier would pick up: `www.` names and names ending in a real top-level domain. */
function looksLinkable(host: string): boolean {
  const ascii = host.replace(DOT_LIKE, ".");
  if (/^www\./i.test(ascii)) return true;
  const info = parseDomain(ascii, { allowPrivateDomains: true });
  return info.isIcann === true || info.isPrivate === true;
}

/**
 * Defangs every URL, host name, IP address and e-mail address in `text`. The result never contains
 * `http://`, `https://`, `ftp://` or `www.` in a form a linkifier recognises, nor raw control or
 * bidirectional-formatting characters. Never throws.
 */
export function defang(text: string): string {
  const visible = showInvisibles(String(text));
  // Every token below and every safety-net pattern needs a colon, an at sign or a dot: most runs of
  // a mail's text have none, and are left as they are without running the patterns.
  if (!MAY_HOLD_TOKEN.test(visible)) return visible;
  const tokens = DEFANG_TOKENS[(visible.includes(":") ? 1 : 0) | (visible.includes("@") ? 2 : 0)]!;
  const defanged = visible.replace(tokens, (match: string, ...rest: unknown[]) => {
    const groups = rest.at(-1) as Record<string, string | undefined>;
    if (groups["scheme"] !== undefined) {
      return `${defangScheme(groups["scheme"])}:${groups["slashes"] ?? "//"}${bracketDots(groups["authority"] ?? "")}`;
    }
    if (groups["mailDomain"] !== undefined) return `${groups["local"] ?? ""}@${bracketDots(groups["mailDomain"])}`;
    if (groups["ipv4"] !== undefined) return bracketDots(groups["ipv4"]);
    if (groups["host"] !== undefined) return looksLinkable(groups["host"]) ? bracketDots(groups["host"]) : match;
    return match;
  });
  // Safety net for anything the token pass did not see (e.g. `xhttps://`, `www.` glued to other text).
  return defanged
    .replace(/(h)tt(ps?)(?=\s*:)/gi, "$1xx$2")
    .replace(/(f)t(p)(?=\s*:\s*[\\/]{2})/gi, "$1x$2")
    .replace(/(www)[.\uFF0E\u3002\uFF61]/gi, "$1[.]");
}
