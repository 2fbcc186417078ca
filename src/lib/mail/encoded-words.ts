/**
 * RFC 2047 encoded words (`=?charset?B|Q?text?=`) in header text. Adjacent encoded words in the same
 * charset are joined before decoding, so a multi-byte character split across two words comes out
 * whole (stateful ISO-2022 words are decoded one by one); whitespace between adjacent encoded words is dropped (RFC 2047 §6.2). An unknown charset
 * never throws: its bytes are read as UTF-8.
 */
import { decodeBase64, decodeBytes } from "./charset.ts";

const ENCODED_WORD = /=\?([^?\s*]+)(?:\*[^?\s]*)?\?([bBqQ])\?([^?\s]*)\?=/g;

/** Bytes of the text of a Q-encoded word: `_` is a space, `=XX` a byte. */
export function decodeQ(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  let length = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === "_") {
      out[length++] = 0x20;
    } else if (ch === "=" && /^[0-9A-Fa-f]{2}$/.test(text.slice(i + 1, i + 3))) {
      out[length++] = parseInt(text.slice(i + 1, i + 3), 16);
      i += 2;
    } else {
      out[length++] = text.charCodeAt(i) & 0xff;
    }
  }
  return out.subarray(0, length);
}

interface WordMatch {
  start: number;
  end: number;
  charset: string;
  bytes: Uint8Array;
}

function concatBytes(parts: readonly Uint8Array[]): Uint8Array {
  const total = parts.reduce((sum, part) => sum + part.length, 0);
  const out = new Uint8Array(total);
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

/** True when `text` holds at least one encoded word. */
export function hasEncodedWord(text: string): boolean {
  ENCODED_WORD.lastIndex = 0;
  const found = ENCODED_WORD.test(text);
  ENCODED_WORD.lastIndex = 0;
  return found;
}

/**
 * Decodes every encoded word in `text`; other text is kept as is. Runs of encoded words separated
 * only by whitespace are joined (the whitespace dropped), and same-charset neighbours are decoded
 * as one byte string.
 */
export function decodeEncodedWords(text: string): string {
  if (!text.includes("=?")) return text;
  const words: WordMatch[] = [];
  for (const match of text.matchAll(ENCODED_WORD)) {
    const [whole, charset = "", encoding = "", payload = ""] = match;
    const bytes = encoding.toLowerCase() === "b" ? decodeBase64(payload) : decodeQ(payload);
    words.push({ start: match.index, end: match.index + whole.length, charset: charset.toLowerCase(), bytes });
  }
  if (words.length === 0) return text;
  let out = "";
  let cursor = 0;
  let i = 0;
  while (i < words.length) {
    const first = words[i];
    if (!first) break;
    out += text.slice(cursor, first.start);
    // Gather a run of encoded words separated by whitespace only.
    let j = i;
    while (j + 1 < words.length) {
      const current = words[j];
      const next = words[j + 1];
      if (!current || !next || !/^[ \t\r\n]*$/.test(text.slice(current.end, next.start))) break;
      j++;
    }
    // Decode the run, joining neighbours that share a charset.
    let k = i;
    while (k <= j) {
      const group: Uint8Array[] = [];
      const charset = words[k]?.charset ?? "utf-8";
      // Stateful encodings (ISO-2022-*) reset to ASCII at the end of each word: decode them one by one.
      const joinable = !charset.startsWith("iso-2022");
      while (k <= j && words[k]?.charset === charset && (group.length === 0 || joinable)) {
        group.push(words[k]?.bytes ?? new Uint8Array());
        k++;
      }
      out += decodeBytes(concatBytes(group), charset);
    }
    cursor = words[j]?.end ?? text.length;
    i = j + 1;
  }
  return out + text.slice(cursor);
}
