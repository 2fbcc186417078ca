/**
 * The casebook's fingerprints in one small static file (`/check/cases.bin`), so that the checker can
 * tell a reader 「図鑑の事例と同じ文面です」 without sending their text anywhere. Each case's text is
 * normalised exactly as the build's template matcher does it (./normalize.ts: brand names, URLs,
 * numbers masked, so a text rewritten under another brand still matches), its MinHash signature
 * (./minhash.ts) is cut to its first {@link CASE_INDEX_HASHES} values, and each value is kept as its
 * lowest {@link CASE_INDEX_BITS} bits (b-bit MinHash): 28 bytes a case, 28 KB for 1,000 cases.
 *
 * b-bit MinHash: two texts with Jaccard similarity J agree on a b-bit value with probability
 * J + (1 − J)/2^b, so J is estimated as (P − 1/4) / (3/4) from the share P of agreeing values. With
 * 112 values the estimate's standard error is about 0.06: unrelated texts (J ≈ 0.05) sit some eight
 * standard errors below the {@link CASE_MATCH_THRESHOLD} of 0.5, copies with a brand swapped near 1.
 *
 * Format (little-endian): "SMCI", version 1, hashes, bits, 0, case count (uint32), then each case's
 * packed values. Pure: no Astro, no `node:*`.
 */
import type { Brand } from "../brand/brand.ts";
import { minHashSignature, shingleHashes, SIGNATURE_SIZE } from "./minhash.ts";
import { normaliseTemplateText } from "./normalize.ts";

export const CASE_INDEX_HASHES = 112;
export const CASE_INDEX_BITS = 2;
/** The lowest estimated similarity at which a reader's text counts as a case's text. */
export const CASE_MATCH_THRESHOLD = 0.5;
/**
 * Below this many characters of normalised text a message is not compared (an SMS is short: 24
 * characters still hold a sentence; the build's matcher of whole mails asks for 80).
 */
export const MIN_CASE_CHARS = 24;

const MAGIC = [0x53, 0x4d, 0x43, 0x49]; // "SMCI"
const VERSION = 1;
const HEADER_BYTES = 12;
const BYTES_PER_CASE = (CASE_INDEX_HASHES * CASE_INDEX_BITS) / 8;

/** A case as the checker names it when a text matches. */
export interface CaseEntry {
  path: string;
  title: string;
}

/** The decoded index: the packed values of every case, in the order of the cases' list. */
export interface CaseIndex {
  count: number;
  packed: Uint8Array;
}

/** The signature of a message's text for the case index, or null when it is too short to compare. */
export function caseSignature(text: string, brands: readonly Brand[]): Uint32Array | null {
  const normalised = normaliseTemplateText(String(text), { brands });
  if ([...normalised].length < MIN_CASE_CHARS) return null;
  return minHashSignature(shingleHashes(normalised)).subarray(0, CASE_INDEX_HASHES);
}

/** `signature`'s first values, `CASE_INDEX_BITS` bits each, packed four to a byte. */
function pack(signature: Uint32Array, into: Uint8Array, offset: number): void {
  for (let j = 0; j < CASE_INDEX_HASHES; j++) {
    const bits = (signature[j] ?? 0) & 0b11;
    into[offset + (j >> 2)]! |= bits << ((j & 3) * 2);
  }
}

/** The index file of the cases' signatures, in the order of the cases' list (`/check/cases.json`). */
export function encodeCaseIndex(signatures: readonly Uint32Array[]): Uint8Array {
  if (CASE_INDEX_HASHES > SIGNATURE_SIZE) throw new Error("the index keeps more values than a signature has");
  const out = new Uint8Array(HEADER_BYTES + signatures.length * BYTES_PER_CASE);
  out.set(MAGIC, 0);
  out[4] = VERSION;
  out[5] = CASE_INDEX_HASHES;
  out[6] = CASE_INDEX_BITS;
  new DataView(out.buffer).setUint32(8, signatures.length, true);
  signatures.forEach((signature, i) => pack(signature, out, HEADER_BYTES + i * BYTES_PER_CASE));
  return out;
}

/** The index in `bytes`, or null when it is not one this code can read. Never throws. */
export function decodeCaseIndex(bytes: Uint8Array): CaseIndex | null {
  if (bytes.length < HEADER_BYTES || MAGIC.some((b, i) => bytes[i] !== b)) return null;
  if (bytes[4] !== VERSION || bytes[5] !== CASE_INDEX_HASHES || bytes[6] !== CASE_INDEX_BITS) return null;
  const count = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(8, true);
  if (bytes.length !== HEADER_BYTES + count * BYTES_PER_CASE) return null;
  return { count, packed: bytes.subarray(HEADER_BYTES) };
}

/** Estimated similarity of `signature`'s text to the text of case `i`, 0…1. */
export function caseSimilarity(index: CaseIndex, i: number, signature: Uint32Array): number {
  const query = new Uint8Array(BYTES_PER_CASE);
  pack(signature, query, 0);
  return similarityPacked(index.packed, i * BYTES_PER_CASE, query);
}

function similarityPacked(packed: Uint8Array, offset: number, query: Uint8Array): number {
  let same = 0;
  for (let byte = 0; byte < BYTES_PER_CASE; byte++) {
    const x = (packed[offset + byte] ?? 0) ^ (query[byte] ?? 0);
    // Count the 2-bit fields of x that are zero (the values agree).
    for (let f = 0; f < 4; f++) if (((x >> (f * 2)) & 0b11) === 0) same++;
  }
  const agree = same / CASE_INDEX_HASHES;
  const chance = 1 / 2 ** CASE_INDEX_BITS;
  return Math.max(0, (agree - chance) / (1 - chance));
}

/** The case whose text `signature`'s text shares, best first; null when none reaches the threshold. */
export function bestCaseMatch(
  index: CaseIndex,
  signature: Uint32Array,
  threshold = CASE_MATCH_THRESHOLD,
): { case: number; similarity: number } | null {
  const query = new Uint8Array(BYTES_PER_CASE);
  pack(signature, query, 0);
  let best: { case: number; similarity: number } | null = null;
  for (let i = 0; i < index.count; i++) {
    const similarity = similarityPacked(index.packed, i * BYTES_PER_CASE, query);
    if (similarity >= threshold && (best === null || similarity > best.similarity)) best = { case: i, similarity };
  }
  return best;
}
