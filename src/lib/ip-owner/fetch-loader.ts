/**
 * A {@link DataLoader} that fetches the compiled data from a base URL (in the reader's browser: the
 * site's own `/ip-owner/`, so `connect-src 'self'` holds) and unpacks the gzip chunks with the
 * standard `DecompressionStream`. Works in browsers, Web Workers and Node alike.
 */
import type { DataLoader } from "./lookup.ts";

async function gunzipText(bytes: Uint8Array): Promise<string> {
  const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(new DecompressionStream("gzip"));
  return new Response(stream).text();
}

/** Fetches `file` relative to `base`; rejects on any HTTP error or network failure. */
export function fetchLoader(base: string | URL, fetchImpl: typeof fetch = fetch): DataLoader {
  return async (file) => {
    const response = await fetchImpl(new URL(file, base), { credentials: "omit", referrerPolicy: "no-referrer" });
    if (!response.ok) throw new Error(`${file}: HTTP ${response.status}`);
    const bytes = new Uint8Array(await response.arrayBuffer());
    // Chunks are stored gzip-compressed; a host that served one with Content-Encoding: gzip has
    // already unpacked it (a chunk's text never starts with the gzip magic bytes).
    if (bytes[0] === 0x1f && bytes[1] === 0x8b) return gunzipText(bytes);
    return new TextDecoder().decode(bytes);
  };
}
