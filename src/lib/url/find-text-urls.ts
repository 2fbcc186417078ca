/**
 * Finds the addresses in a text a person received (an SMS, a LINE message, a mail body pasted as
 * text), the way that person would read them, which is looser than {@link findUrls}:
 *
 * - with a scheme (`https://…`), with `www.`, or bare (`sagawa-exz.com/ja`): a bare address counts only
 *   when its ending is a real top-level domain (tldts), so 「例えば.net」 or `1.2.3` are not addresses;
 * - full-width letters and punctuation (`ｈｔｔｐｓ：／／ｅｘａｍｐｌｅ．ｃｏｍ`) read as their ASCII forms;
 * - defanged forms (`hxxps://`, `example[.]com`, `example(.)com`, `[dot]`) read as the address they hide;
 * - Japanese text, punctuation and brackets right after an address (`」。、）】`) end it;
 * - without a scheme or a path, an IP address or a name written with capitals (`Amazon.co.jp`) is a
 *   word of the sentence, not an address.
 *
 * Pure and linear in the length of the text; never throws.
 */
import { parse as parseDomain } from "tldts";

/** An address found in text. */
export interface TextUrl {
  /** The address normalised to be analysed: ASCII, refanged, with a scheme (`http://` when none was written). */
  url: string;
  /** The address as it stood in the (width-normalised) text, without the added scheme. */
  written: string;
  /** How it was written. */
  form: "scheme" | "www" | "bare";
  /** True when it was written defanged (`hxxp`, `[.]`…): someone meant it not to be clickable. */
  defanged: boolean;
}

/** Most addresses returned (a 20 MB paste must not build a huge list). */
export const MAX_TEXT_URLS = 300;
/** Longest text read. */
export const MAX_TEXT_LENGTH = 2_000_000;

/** Full-width ASCII (U+FF01–FF5E) to ASCII, and the ideographic full stop between labels to `.`. */
function narrow(text: string): string {
  return text.replace(/[\uFF01-\uFF5E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
}

/** Defanged dots and schemes back to their real forms; records whether anything changed. */
const DEFANGED =
  /\[\s*(?:\.|dot)\s*\]|\(\s*(?:\.|dot)\s*\)|\{\s*(?:\.|dot)\s*\}|\[:\]|\[:\/\/\]|\bhxxps?(?=\[?:)|\bh\*\*ps?(?=:)|\bfxp(?=:)/gi;

function refang(text: string): string {
  return text.replace(DEFANGED, (match) => {
    const lower = match.toLowerCase();
    if (lower.startsWith("hxxp") || lower.startsWith("h**p")) return `http${lower.endsWith("s") ? "s" : ""}`;
    if (lower === "fxp") return "ftp";
    if (lower === "[:]") return ":";
    if (lower === "[://]") return "://";
    return ".";
  });
}

/** Characters an address in running text is made of (after narrowing). */
const URL_CHAR = /[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]/;

const TRAILING_PUNCTUATION = /[.,:;!?'*_~]$/;

function trimTrailing(candidate: string): string {
  let url = candidate;
  const pairs: Record<string, string> = { ")": "(", "]": "[", "}": "{" };
  for (;;) {
    if (TRAILING_PUNCTUATION.test(url)) {
      url = url.slice(0, -1);
      continue;
    }
    const last = url.at(-1);
    const opener = last === undefined ? undefined : pairs[last];
    if (opener !== undefined && last !== undefined) {
      const opens = url.split(opener).length - 1;
      const closes = url.split(last).length - 1;
      if (closes > opens) {
        url = url.slice(0, -1);
        continue;
      }
    }
    return url;
  }
}

/** Leading characters that cannot start an address (an opening bracket or quote before it). */
function trimLeading(candidate: string): string {
  return candidate.replace(/^[([{'"!*,;:.@/?#=&+~%$-]+/, "");
}

const HOST = /^([A-Za-z0-9](?:[A-Za-z0-9-]{0,62})?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,62})?)+)(?::\d{1,5})?(?=[/?#]|$)/;

/** True when `host` ends in a top-level domain listed in the Public Suffix List (ICANN section). */
function realDomain(host: string): boolean {
  if (/^\d+(?:\.\d+)+$/.test(host)) return /^\d{1,3}(?:\.\d{1,3}){3}$/.test(host);
  const info = parseDomain(host.toLowerCase());
  return info.isIcann === true && info.domain !== null && info.domainWithoutSuffix !== "";
}

function classify(candidate: string, defanged: boolean): TextUrl | null {
  const scheme = /(?:https?|ftp):\/\//i.exec(candidate);
  if (scheme) {
    const written = trimTrailing(candidate.slice(scheme.index));
    const rest = written.slice(scheme[0].length);
    if (!/[A-Za-z0-9]/.test(rest)) return null;
    return { url: written, written, form: "scheme", defanged };
  }
  const written = trimTrailing(trimLeading(candidate));
  if (written.includes("@") && !/[/?#]/.test(written.slice(0, written.indexOf("@")))) return null; // an e-mail address
  const host = HOST.exec(written);
  if (!host || !host[1]) return null;
  const name = host[1];
  if (/^www\./i.test(name)) return { url: `http://${written}`, written, form: "www", defanged };
  if (!realDomain(name)) return null;
  const hasPath = written.length > host[0].length;
  // Without a scheme or a path, an IP address (「IPアドレス: 109.252.84.170」) or a name written with
  // capitals (「Amazon.co.jp をご利用いただき」) is a word in the sentence, not an address to open.
  if (!hasPath && !defanged && (/^[\d.]+$/.test(name) || /[A-Z]/.test(name))) return null;
  return { url: `http://${written}`, written, form: "bare", defanged };
}

/**
 * Every address in `text`, in order of appearance, deduplicated by their normalised form. Never
 * throws; reads at most {@link MAX_TEXT_LENGTH} characters and returns at most {@link MAX_TEXT_URLS}.
 */
export function findTextUrls(text: string): TextUrl[] {
  const source = String(text).slice(0, MAX_TEXT_LENGTH);
  const found: TextUrl[] = [];
  const seen = new Set<string>();
  // Each line separately, so that a defanged dot cannot join two lines.
  for (const rawLine of source.split(/\r\n|\n|\r/)) {
    if (found.length >= MAX_TEXT_URLS) break;
    const narrowed = narrow(rawLine);
    const line = refang(narrowed);
    const lineDefanged = line !== narrowed;
    let index = 0;
    while (index < line.length && found.length < MAX_TEXT_URLS) {
      if (!URL_CHAR.test(line[index] ?? "")) {
        index++;
        continue;
      }
      let end = index;
      while (end < line.length && URL_CHAR.test(line[end] ?? "")) end++;
      const run = line.slice(index, end);
      index = end;
      if (!run.includes(".") && !/:\/\//.test(run)) continue;
      // A run may hold several addresses glued by a scheme (`https://a.comhttps://b.com` is rare; split on schemes).
      const pieces = run.split(/(?=(?:https?|ftp):\/\/)/i);
      for (const piece of pieces) {
        const url = classify(piece, lineDefanged);
        if (!url) continue;
        const key = url.url.toLowerCase();
        if (seen.has(key)) continue;
        seen.add(key);
        found.push(url);
      }
    }
  }
  return found;
}
