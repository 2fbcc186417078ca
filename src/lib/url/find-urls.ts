/**
 * Finds URLs written in plain text, the way a reader would see them: `https://…`, `http://…`
 * and `www.…` forms, with trailing punctuation and Japanese text after the URL left out.
 */

const URL_START = /(?:\b(?:https?|ftp):\/\/|(?<![\p{L}\p{N}.\-/@])www\.)/giu;

/** Characters that end a URL in running text: spaces, quotes, angle brackets, Japanese text and punctuation. */
const URL_END = /[\s<>"`\u3000-\u303F\uFF01-\uFF60\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

const TRAILING_PUNCTUATION = /[.,:;!?'*_~]$/;

function trimTrailing(candidate: string): string {
  let url = candidate;
  for (;;) {
    if (TRAILING_PUNCTUATION.test(url)) {
      url = url.slice(0, -1);
      continue;
    }
    const last = url.at(-1);
    const pairs: Record<string, string> = { ")": "(", "]": "[", "}": "{" };
    const opener = last === undefined ? undefined : pairs[last];
    if (opener !== undefined) {
      const opens = url.split(opener).length - 1;
      const closes = url.split(last ?? "").length - 1;
      if (closes > opens) {
        url = url.slice(0, -1);
        continue;
      }
    }
    return url;
  }
}

/** Every URL in `text`, in order of appearance, as written (not normalised). Never throws. */
export function findUrls(text: string): string[] {
  const source = String(text);
  const found: string[] = [];
  URL_START.lastIndex = 0;
  for (let match = URL_START.exec(source); match !== null; match = URL_START.exec(source)) {
    const start = match.index;
    let end = start + match[0].length;
    while (end < source.length) {
      const ch = String.fromCodePoint(source.codePointAt(end) ?? 0);
      if (URL_END.test(ch)) break;
      end += ch.length;
    }
    const url = trimTrailing(source.slice(start, end));
    const afterPrefix = url.slice(match[0].length);
    if (/[\p{L}\p{N}]/u.test(afterPrefix)) found.push(url);
    URL_START.lastIndex = Math.max(end, start + 1);
  }
  return found;
}
