/**
 * Stands in for `iconv-lite` in the browser bundles (see astro.config.mjs): `@kenjiuno/msgreader`
 * imports it for ANSI strings, but we never give it an encoding (it then reads bytes as Latin-1 and
 * `read-msg.ts` decodes them with `TextDecoder`), so the 360 KB of code-page tables and the Node
 * `Buffer` it needs stay out of the Web Worker.
 */
export function decode(bytes: Uint8Array, encoding: string): string {
  try {
    return new TextDecoder(encoding).decode(bytes);
  } catch {
    return new TextDecoder("utf-8").decode(bytes);
  }
}

export function encode(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

export default { decode, encode };
