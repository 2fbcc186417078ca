/**
 * Which fingerprints share a template, without comparing every pair: locality-sensitive hashing
 * over the MinHash signatures. The signature is cut into {@link BANDS} bands of {@link ROWS} rows;
 * two fingerprints become candidates when any band is equal, and only candidates are compared on the
 * whole signature. With 64 bands of 2 rows, a pair at similarity s becomes a candidate with
 * probability 1 − (1 − s²)⁶⁴: 0.98 at 0.25, 0.998 at 0.3, 1.0 from 0.4 on; unrelated texts
 * (s ≈ 0.02–0.05 for different phishing mails) only 3–15 % of the time.
 *
 * Stock phrases that every Japanese notice uses (ご利用いただきありがとうございます) make some bands
 * equal across many unrelated mails, and such a bucket grows with the number of posts. So within a
 * bucket each item is compared with at most {@link NEIGHBOURS} items after it: a bucket of up to
 * NEIGHBOURS + 1 items is compared in full, a larger one along a sliding window. The work is then at
 * most items × bands × NEIGHBOURS comparisons — linear in the number of posts. A template shared by
 * more than NEIGHBOURS + 1 posts still links each post to at least NEIGHBOURS others of them.
 */
import { estimateSimilarity, SIGNATURE_SIZE } from "./minhash.ts";

export const ROWS = 2;
export const BANDS = SIGNATURE_SIZE / ROWS;
/** How many later items of a bucket each item is compared with. */
export const NEIGHBOURS = 8;

/** Something with a fingerprint: a post, a new mail. */
export interface Fingerprinted {
  id: string;
  signature: Uint32Array;
}

/** Another item whose text matches, with the estimated similarity. */
export interface TemplateMatch {
  id: string;
  score: number;
}

/** How much work a matching run did (for the benchmark). */
export interface MatchStats {
  items: number;
  candidatePairs: number;
  matchedPairs: number;
}

function bandKey(signature: Uint32Array, band: number): string {
  let key = `${band}`;
  for (let r = 0; r < ROWS; r++) key += `:${signature[band * ROWS + r] ?? 0}`;
  return key;
}

/**
 * For every item, the other items whose similarity is at least `threshold`, best first (ties by id).
 * Items without a match are absent from the map.
 */
export function findTemplateMatches(
  items: readonly Fingerprinted[],
  threshold: number,
  stats?: MatchStats,
): Map<string, TemplateMatch[]> {
  const buckets = new Map<string, number[]>();
  for (let index = 0; index < items.length; index++) {
    const signature = items[index]!.signature;
    for (let band = 0; band < BANDS; band++) {
      const key = bandKey(signature, band);
      const bucket = buckets.get(key);
      if (bucket) bucket.push(index);
      else buckets.set(key, [index]);
    }
  }
  const seen = new Set<number>();
  const result = new Map<string, TemplateMatch[]>();
  let candidatePairs = 0;
  let matchedPairs = 0;
  const add = (from: Fingerprinted, to: Fingerprinted, score: number): void => {
    const list = result.get(from.id);
    if (list) list.push({ id: to.id, score });
    else result.set(from.id, [{ id: to.id, score }]);
  };
  for (const bucket of buckets.values()) {
    if (bucket.length < 2) continue;
    for (let x = 0; x < bucket.length; x++) {
      for (let y = x + 1; y < bucket.length && y <= x + NEIGHBOURS; y++) {
        const i = bucket[x]!;
        const j = bucket[y]!;
        const pair = i < j ? i * items.length + j : j * items.length + i;
        if (seen.has(pair)) continue;
        seen.add(pair);
        candidatePairs++;
        const a = items[i]!;
        const b = items[j]!;
        if (a.id === b.id) continue;
        const score = estimateSimilarity(a.signature, b.signature);
        if (score < threshold) continue;
        matchedPairs++;
        add(a, b, score);
        add(b, a, score);
      }
    }
  }
  for (const list of result.values()) list.sort((p, q) => q.score - p.score || p.id.localeCompare(q.id));
  if (stats) Object.assign(stats, { items: items.length, candidatePairs, matchedPairs });
  return result;
}

/** The items whose similarity to `probe` is at least `threshold`, best first (one new mail against the posts). */
export function matchesFor(probe: Uint32Array, items: readonly Fingerprinted[], threshold: number): TemplateMatch[] {
  return items
    .map((item) => ({ id: item.id, score: estimateSimilarity(probe, item.signature) }))
    .filter((m) => m.score >= threshold)
    .sort((p, q) => q.score - p.score || p.id.localeCompare(q.id));
}
