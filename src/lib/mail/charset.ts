/**
 * Bytes to text: the platform `TextDecoder` (WHATWG encodings: UTF-8, ISO-2022-JP, Shift_JIS,
 * EUC-JP, GBK for `gb2312`, the Western single-byte sets…), plus UTF-7, which `TextDecoder` lacks.
 * Never throws: an unknown label falls back to UTF-8 with U+FFFD for invalid sequences.
 */

const decoders = new Map<string, TextDecoder | null>();

function decoderFor(label: string): TextDecoder | null {
  const key = label.toLowerCase();
  if (!decoders.has(key)) {
    let decoder: TextDecoder | null = null;
    try {
      decoder = new TextDecoder(key);
    } catch {
      decoder = null;
    }
    decoders.set(key, decoder);
  }
  return decoders.get(key) ?? null;
}


/** Decodes `bytes` in charset `label`; unknown labels are read as UTF-8. */
export function decodeBytes(bytes: Uint8Array, label = "utf-8"): string {
  const key = label.trim().toLowerCase().replace(/\*.*$/, "");
  if (key === "utf-7" || key === "unicode-1-1-utf-7") return decodeUtf7(latin1FromBytes(bytes));
  let decoder = decoderFor(key) ?? decoderFor("utf-8");
  // Chromium carries ISO-2022-JP state from one decode() call into the next (an escape at the start
  // of a word then reads as a doubled escape and gives U+FFFD): use a fresh decoder for it.
  if (decoder?.encoding === "iso-2022-jp") decoder = new TextDecoder("iso-2022-jp");
  const input = decoder?.encoding === "iso-2022-jp" ? collapseIso2022JpEscapes(bytes) : bytes;
  try {
    return decoder ? decoder.decode(input) : latin1FromBytes(bytes);
  } catch {
    return latin1FromBytes(bytes);
  }
}

/** Length of the ISO-2022-JP escape sequence at `i` (`ESC ( B`, `ESC $ B`, `ESC $ @`, `ESC ( J`, `ESC ( I`), or 0. */
function iso2022JpEscapeAt(bytes: Uint8Array, i: number): number {
  if (bytes[i] !== 0x1b) return 0;
  const a = bytes[i + 1];
  const b = bytes[i + 2];
  if (a === 0x28 && (b === 0x42 || b === 0x4a || b === 0x49)) return 3;
  if (a === 0x24 && (b === 0x42 || b === 0x40)) return 3;
  return 0;
}

/**
 * Drops an ISO-2022-JP escape sequence that is directly followed by another one (`ESC ( B ESC $ B`).
 * Mailers write such pairs at encoded-word and line boundaries; the WHATWG decoder in browsers turns
 * them into U+FFFD, while Node's decoder accepts them. Dropping the first changes no character, so
 * Node and the browser read the same text.
 */
export function collapseIso2022JpEscapes(bytes: Uint8Array): Uint8Array {
  const out: number[] = [];
  for (let i = 0; i < bytes.length;) {
    const len = iso2022JpEscapeAt(bytes, i);
    if (len > 0 && iso2022JpEscapeAt(bytes, i + len) > 0) {
      i += len;
      continue;
    }
    out.push(bytes[i] ?? 0);
    i += 1;
  }
  return out.length === bytes.length ? bytes : Uint8Array.from(out);
}

/** True when the bytes are valid UTF-8. */
export function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/**
 * The WHATWG `latin1` decoder, which is windows-1252: it reads 27 bytes of 0x80–0x9F as characters
 * above U+00FF (`€`, `‚`, …) and every other byte as the character of the same number.
 */
let windows1252: TextDecoder | null | undefined;
const ABOVE_LATIN1 = /[^\x00-\xff]/;

/** One char per byte (U+0000–U+00FF): a lossless "binary string". */
export function latin1FromBytes(bytes: Uint8Array): string {
  if (windows1252 === undefined) {
    try {
      windows1252 = new TextDecoder("windows-1252");
    } catch {
      windows1252 = null;
    }
  }
  // The native decoder is exact unless it met one of the 27 bytes (then a character above U+00FF).
  let decoded: string | undefined;
  try {
    decoded = windows1252?.decode(bytes);
  } catch {
    decoded = undefined;
  }
  if (decoded !== undefined && !ABOVE_LATIN1.test(decoded)) return decoded;
  let out = "";
  // `apply` takes the typed array as it is; spreading it (`...bytes`) walks an iterator and was
  // the slowest step of reading a mail. Chunks keep the argument count well under engine limits.
  const chunk = 0x2000;
  for (let i = 0; i < bytes.length; i += chunk) {
    out += String.fromCharCode.apply(null, bytes.subarray(i, i + chunk) as unknown as number[]);
  }
  return out;
}

/** Inverse of {@link latin1FromBytes}; chars above U+00FF are cut to their low byte. */
export function bytesFromLatin1(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i) & 0xff;
  return out;
}

const BASE64_VALUES = (() => {
  const table = new Int16Array(128).fill(-1);
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  for (let i = 0; i < alphabet.length; i++) table[alphabet.charCodeAt(i)] = i;
  return table;
})();

/** Lenient base64: skips characters outside the alphabet; `=` ends a quantum; missing padding is fine. */
export function decodeBase64(text: string): Uint8Array {
  const out = new Uint8Array(Math.floor((text.length * 3) / 4) + 3);
  let length = 0;
  let buffer = 0;
  let bits = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 61 /* = */) {
      bits = 0;
      continue;
    }
    const value = code < 128 ? (BASE64_VALUES[code] ?? -1) : -1;
    if (value < 0) continue;
    buffer = ((buffer << 6) | value) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[length++] = (buffer >> bits) & 0xff;
    }
  }
  return out.subarray(0, length);
}

/** UTF-7 (RFC 2152): `+`-introduced modified base64 runs of UTF-16BE. */
export function decodeUtf7(text: string): string {
  return text.replace(/\+([A-Za-z0-9+/]*)-?/g, (_match, run: string) => {
    if (run === "") return "+";
    const bytes = decodeBase64(run);
    let out = "";
    for (let i = 0; i + 1 < bytes.length; i += 2)
      out += String.fromCharCode(((bytes[i] ?? 0) << 8) | (bytes[i + 1] ?? 0));
    return out;
  });
}
