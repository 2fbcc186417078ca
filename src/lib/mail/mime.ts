/**
 * Small MIME helpers: structured header values with parameters (`text/plain; charset="utf-8"`),
 * RFC 2231 parameter values (`filename*=utf-8''%E8%AB%8B.pdf`, `name*0=`, `name*1=`), and
 * quoted-printable.
 */
import { decodeBytes } from "./charset.ts";
import { decodeEncodedWords } from "./encoded-words.ts";

/** A header value such as Content-Type: the main token and its parameters (keys lower-cased). */
export interface ParameterizedValue {
  value: string;
  params: Record<string, string>;
}

/** Splits `a; b=c; d="e;f"` at semicolons outside quotes. */
function splitParams(text: string): string[] {
  const parts: string[] = [];
  let current = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? "";
    if (ch === '"') quoted = !quoted;
    if (ch === "\\" && quoted && i + 1 < text.length) {
      current += ch + (text[i + 1] ?? "");
      i++;
      continue;
    }
    if (ch === ";" && !quoted) {
      parts.push(current);
      current = "";
    } else {
      current += ch;
    }
  }
  parts.push(current);
  return parts;
}

function percentDecode(text: string, charset: string): string {
  const bytes: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === "%" && /^[0-9A-Fa-f]{2}$/.test(text.slice(i + 1, i + 3))) {
      bytes.push(parseInt(text.slice(i + 1, i + 3), 16));
      i += 2;
    } else {
      bytes.push(text.charCodeAt(i) & 0xff);
    }
  }
  return decodeBytes(Uint8Array.from(bytes), charset || "utf-8");
}

/** Parses a structured header value with parameters; never throws. */
export function parseParameterizedValue(header: string): ParameterizedValue {
  const [head = "", ...rest] = splitParams(header.slice(0, 20_000));
  const params: Record<string, string> = {};
  const continued = new Map<string, { index: number; text: string; extended: boolean }[]>();
  for (const part of rest) {
    const eq = part.indexOf("=");
    if (eq < 0) continue;
    const key = part.slice(0, eq).trim().toLowerCase();
    let raw = part.slice(eq + 1).trim();
    if (raw.startsWith('"')) raw = raw.replace(/^"|"$/g, "").replace(/\\(.)/g, "$1");
    const section = /^([^*]+)\*(\d+)(\*)?$/.exec(key);
    if (section) {
      const name = section[1] ?? "";
      const list = continued.get(name) ?? [];
      list.push({ index: Number(section[2]), text: raw, extended: section[3] === "*" });
      continued.set(name, list);
    } else if (key.endsWith("*")) {
      const extended = /^([^']*)'[^']*'(.*)$/.exec(raw);
      params[key.slice(0, -1)] = extended ? percentDecode(extended[2] ?? "", extended[1] ?? "") : raw;
    } else if (!(key in params)) {
      params[key] = decodeEncodedWords(raw);
    }
  }
  for (const [name, sections] of continued) {
    sections.sort((a, b) => a.index - b.index);
    let charset = "utf-8";
    const text = sections
      .map((s, i) => {
        if (!s.extended) return s.text;
        let t = s.text;
        if (i === 0) {
          const m = /^([^']*)'[^']*'(.*)$/.exec(t);
          if (m) {
            charset = m[1] || "utf-8";
            t = m[2] ?? "";
          }
        }
        return t;
      })
      .join("");
    params[name] = sections.some((s) => s.extended) ? percentDecode(text, charset) : decodeEncodedWords(text);
  }
  return { value: head.trim().toLowerCase(), params };
}

/** Decodes quoted-printable text (soft line breaks removed) to bytes. */
export function decodeQuotedPrintable(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  let length = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 61 /* = */) {
      const next = text.slice(i + 1, i + 3);
      if (/^[0-9A-Fa-f]{2}$/.test(next)) {
        out[length++] = parseInt(next, 16);
        i += 2;
        continue;
      }
      const softBreak = /^[ \t]*(\r\n|\n|\r)/.exec(text.slice(i + 1, i + 200));
      if (softBreak) {
        i += softBreak[0].length;
        continue;
      }
    }
    out[length++] = code & 0xff;
  }
  return out.subarray(0, length);
}
