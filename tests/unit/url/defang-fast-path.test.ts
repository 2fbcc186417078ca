/**
 * `defang` returns a text with no colon, at sign or dot as `showInvisibles` makes it, without
 * running its patterns (issue 22). The full pass is kept below as it was, and both must agree.
 */
import fc from "fast-check";
import { parse as parseDomain } from "tldts";
import { describe, expect, it } from "vitest";
import { defang } from "../../../src/lib/url/defang.ts";
import { showInvisibles } from "../../../src/lib/url/visible-text.ts";

const DOT_LIKE = /[.\uFF0E\u3002\uFF61]/g;
const LABEL = String.raw`[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}\-]*[\p{L}\p{N}\p{M}])?`;
const DOT = String.raw`[.\uFF0E\u3002\uFF61]`;
const DEFANG_TOKENS = new RegExp(
  [
    String.raw`(?<scheme>[a-z][a-z0-9+.\-]*):(?<slashes>[\\/]{2})(?<authority>[^\s/?#\\]*)`,
    String.raw`(?<local>[\p{L}\p{N}._%+\-]+)@(?<mailDomain>${LABEL}(?:${DOT}${LABEL})+)`,
    String.raw`(?<![\p{L}\p{N}])(?<ipv4>\d{1,3}(?:${DOT}\d{1,3}){3})(?![\p{L}\p{N}])`,
    String.raw`(?<![\p{L}\p{N}\p{M}\-])(?<host>(?:${LABEL}${DOT})+${LABEL})(?![\p{L}\p{N}\p{M}\-])`,
  ].join("|"),
  "giu",
);
const bracketDots = (text: string) =>
  text.replace(/[.\uFF0E\u3002\uFF61]{2,}|[.\uFF0E\u3002\uFF61]/g, (dots) => (dots.length > 1 ? dots : "[.]"));
const defangScheme = (scheme: string) => scheme.replace(/^(h)tt(ps?)$/i, "$1xx$2").replace(/^(f)t(ps?)$/i, "$1x$2");
function looksLinkable(host: string): boolean {
  const ascii = host.replace(DOT_LIKE, ".");
  if (/^www\./i.test(ascii)) return true;
  const info = parseDomain(ascii, { allowPrivateDomains: true });
  return info.isIcann === true || info.isPrivate === true;
}

/** The full pass, as it was before issue 22. */
function fullPass(text: string): string {
  const visible = showInvisibles(String(text));
  const defanged = visible.replace(DEFANG_TOKENS, (match: string, ...rest: unknown[]) => {
    const groups = rest.at(-1) as Record<string, string | undefined>;
    if (groups["scheme"] !== undefined)
      return `${defangScheme(groups["scheme"])}:${groups["slashes"] ?? "//"}${bracketDots(groups["authority"] ?? "")}`;
    if (groups["mailDomain"] !== undefined) return `${groups["local"] ?? ""}@${bracketDots(groups["mailDomain"])}`;
    if (groups["ipv4"] !== undefined) return bracketDots(groups["ipv4"]);
    if (groups["host"] !== undefined) return looksLinkable(groups["host"]) ? bracketDots(groups["host"]) : match;
    return match;
  });
  return defanged
    .replace(/(h)tt(ps?)(?=\s*:)/gi, "$1xx$2")
    .replace(/(f)t(p)(?=\s*:\s*[\\/]{2})/gi, "$1x$2")
    .replace(/(www)[.\uFF0E\u3002\uFF61]/gi, "$1[.]");
}

describe("defang's fast path", () => {
  it("gives what the full pass gives, on texts with and without colons, at signs and dots", () => {
    const piece = fc.oneof(
      fc.constantFrom("http", "https", "ftp", "://", ":", "www", ".", "．", "。", "｡", "@", "/", "\\", " ", "\n", "\t"),
      fc.constantFrom("example", "com", "jp", "co", "amazon", "1", "192", "ドコモ", "\u202E", "\u200B", "\uD800"),
      fc.string({ maxLength: 4 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 16 }), (parts) => {
        const text = parts.join("");
        expect(defang(text)).toBe(fullPass(text));
      }),
      { numRuns: 5000 },
    );
  });
});
