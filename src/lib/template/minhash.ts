/**
 * MinHash over character shingles. Japanese has no spaces between words, so the text is cut into
 * overlapping runs of {@link SHINGLE_LENGTH} characters (code points); each run is hashed with
 * FNV-1a (32 bit) and each of the {@link SIGNATURE_SIZE} hash functions is that hash re-mixed with
 * its own seed (the MurmurHash3 finaliser). The share of positions where two signatures agree
 * estimates the Jaccard similarity of the two shingle sets (±0.09 at two standard deviations for
 * 128 hashes at a similarity of 0.5).
 */

/** Characters per shingle. */
export const SHINGLE_LENGTH = 5;
/** Hash functions per signature. */
export const SIGNATURE_SIZE = 128;

/** FNV-1a over the UTF-16 code units of `text` from `start` to `end`. */
function fnv1a(text: string, start: number, end: number): number {
  let hash = 0x811c9dc5;
  for (let i = start; i < end; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** MurmurHash3's 32-bit finaliser: spreads every input bit over the output. */
function fmix32(value: number): number {
  let h = value >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const SEEDS: Uint32Array = Uint32Array.from({ length: SIGNATURE_SIZE }, (_, i) => fmix32(Math.imul(i + 1, 0x9e3779b9)));

/** The distinct shingle hashes of `text` (one hash for a text shorter than a shingle, none when empty). */
export function shingleHashes(text: string): Uint32Array {
  // Code-point boundaries, so a shingle never splits a surrogate pair.
  const starts: number[] = [];
  for (let i = 0; i < text.length; i++) {
    starts.push(i);
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) i++;
  }
  starts.push(text.length);
  const count = starts.length - 1;
  if (count === 0) return new Uint32Array(0);
  const hashes = new Set<number>();
  if (count < SHINGLE_LENGTH) hashes.add(fnv1a(text, 0, text.length));
  for (let k = 0; k + SHINGLE_LENGTH <= count; k++)
    hashes.add(fnv1a(text, starts[k] ?? 0, starts[k + SHINGLE_LENGTH] ?? text.length));
  return Uint32Array.from(hashes);
}

/** The MinHash signature of a set of shingle hashes (all 0xffffffff for an empty set). */
export function minHashSignature(hashes: Uint32Array): Uint32Array {
  const signature = new Uint32Array(SIGNATURE_SIZE).fill(0xffffffff);
  for (const hash of hashes) {
    for (let i = 0; i < SIGNATURE_SIZE; i++) {
      const value = fmix32(hash ^ (SEEDS[i] ?? 0));
      if (value < (signature[i] ?? 0)) signature[i] = value;
    }
  }
  return signature;
}

/** Estimated Jaccard similarity of the two shingle sets behind two signatures, 0…1. */
export function estimateSimilarity(a: Uint32Array, b: Uint32Array): number {
  const n = Math.min(a.length, b.length);
  if (n === 0) return 0;
  let same = 0;
  for (let i = 0; i < n; i++) if (a[i] === b[i]) same++;
  return same / n;
}

/** Exact Jaccard similarity of two shingle-hash sets (for tests and tuning). */
export function jaccard(a: Uint32Array, b: Uint32Array): number {
  if (a.length === 0 && b.length === 0) return 0;
  const set = new Set(a);
  let common = 0;
  for (const h of b) if (set.has(h)) common++;
  return common / (a.length + b.length - common);
}
