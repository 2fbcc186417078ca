/**
 * The `tldts` API the analysis uses (`parse`, `getDomain`), answered from the suffix list's per-TLD
 * chunks instead of the whole list (50 KB gzip): the checker's Web Worker resolves `tldts` to this
 * module (astro.config.mjs) and calls {@link loadSuffixesFor} with the input before analysing it, so
 * that only the few chunks a message needs are fetched from the site itself; the page hands over the
 * commonest ones it preloaded ({@link useSuffixChunks}). Node keeps the real
 * `tldts`. For a TLD whose chunk is not loaded, the list's default rule applies (the right-most label).
 */
import { getEmptyResult, parseImpl, resetResult } from "tldts-core";
import { IDN_TLDS } from "./idn-tlds.ts";
import { chunkName, suffixLookupFrom, type TldRules } from "./rules.ts";

const loaded = new Map<string, TldRules>();
const lookup = suffixLookupFrom(loaded);

type Options = Parameters<typeof parseImpl>[3];
type Result = ReturnType<typeof getEmptyResult>;

export function parse(url: string, options?: Options): Result {
  return parseImpl(url, 5, lookup as never, options ?? {}, getEmptyResult());
}

const RESULT = getEmptyResult();
export function getDomain(url: string, options?: Options): string | null {
  resetResult(RESULT);
  return parseImpl(url, 3, lookup as never, options ?? {}, RESULT).domain;
}

/** Labels that could be a TLD in `text` (after a dot, ASCII or punycode, any width narrowed). */
export function candidateTlds(text: string): Set<string> {
  const found = new Set<string>();
  const narrowed = text
    .slice(0, 2_000_000)
    .replace(/[\uFF01-\uFF5E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
  for (const m of narrowed.matchAll(
    /[.。](?:\]|\)|\})?([A-Za-z][A-Za-z0-9-]{1,62}|xn--[a-z0-9-]{1,59})(?![A-Za-z0-9-])/g,
  )) {
    if (found.size >= 200) break;
    found.add((m[1] ?? "").toLowerCase());
  }
  // Internationalised TLDs written in their own script (「例え.みんな」): their punycode names the chunk.
  for (const m of narrowed.matchAll(/[.。]([^\s\x00-\x7f.。、，,/:：「」（）()<>【】]{1,30})/g)) {
    if (found.size >= 200) break;
    try {
      const host = new URL(`http://x.${m[1] ?? ""}`).hostname;
      const tld = host.slice(host.lastIndexOf(".") + 1);
      // Only a label that is a TLD: the words after a Japanese full stop are not.
      if (IDN_TLDS.has(tld)) found.add(tld);
    } catch {
      // not a label
    }
  }
  return found;
}

const pending = new Map<string, Promise<void>>();
/** Most chunks fetched for one input (a text full of dotted words must not start hundreds of requests). */
const MAX_FETCHES = 40;

/**
 * Fetches the chunks of the TLDs that `input` may name, from `base` (the site's `/suffix/`): each
 * chunk once, and no index first (a label that is no TLD simply has no file). Never rejects: a
 * chunk that cannot be read leaves its TLD on the default rule.
 */
export async function loadSuffixesFor(input: string | Uint8Array, base: URL): Promise<void> {
  const text = typeof input === "string" ? input : new TextDecoder("latin1").decode(input.subarray(0, 2_000_000));
  const wanted = [...candidateTlds(text)].filter((t) => !loaded.has(t)).slice(0, MAX_FETCHES);
  await Promise.all(
    wanted.map((tld) => {
      let fetching = pending.get(tld);
      if (!fetching) {
        fetching = fetch(new URL(chunkName(tld), base))
          .then((r) =>
            r.ok && /json/.test(r.headers.get("content-type") ?? "") ? (r.json() as Promise<TldRules>) : null,
          )
          .then((rules) => {
            if (rules) loaded.set(tld, rules);
          })
          .catch(() => undefined);
        pending.set(tld, fetching);
      }
      return fetching;
    }),
  );
}

/** Use these chunks (the page's preloaded ones, or all of them in tests) as if fetched. */
export function useSuffixChunks(chunks: ReadonlyMap<string, TldRules>): void {
  for (const [tld, rules] of chunks) loaded.set(tld, rules);
}
