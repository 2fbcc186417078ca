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

/** True when the platform (or this module) can decode the charset label. */
export function isKnownCharset(label: string): boolean {
  const key = label.trim().toLowerCase();
  return key === "utf-7" || key === "unicode-1-1-utf-7" || decoderFor(key) !== null;
}

/** Decodes `bytes` in charset `label`; unknown labels are read as UTF-8. */
export function decodeBytes(bytes: Uint8Array, label = "utf-8"): string {
  const key = label.trim().toLowerCase().replace(/\*.*$/, "");
  if (key === "utf-7" || key === "unicode-1-1-utf-7") return decodeUtf7(latin1FromBytes(bytes));
  const decoder = decoderFor(key) ?? decoderFor("utf-8");
  try {
    return decoder ? decoder.decode(bytes) : latin1FromBytes(bytes);
  } catch {
    return latin1FromBytes(bytes);
  }
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

/** One char per byte (U+0000–U+00FF): a lossless "binary string". */
export function latin1FromBytes(bytes: Uint8Array): string {
  let out = "";
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) {
    out += String.fromCharCode(...bytes.subarray(i, i + chunk));
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
    for (let i = 0; i + 1 < bytes.length; i += 2) out += String.fromCharCode(((bytes[i] ?? 0) << 8) | (bytes[i + 1] ?? 0));
    return out;
  });
}
