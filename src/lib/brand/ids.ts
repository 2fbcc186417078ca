/**
 * Help for an author who wrote an unknown brand id: the registry has 80+ brands, so the message
 * names the few ids closest to what was written instead of listing them all.
 */
import { damerauLevenshtein } from "../url/distance.ts";

function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/** Up to `count` known ids closest to `input`: sharing the longest start, then by edit distance. */
export function closestBrandIds(input: string, knownIds: readonly string[], count = 5): string[] {
  const wanted = input.toLowerCase();
  return [...knownIds]
    .map((id) => ({
      id,
      contains: id.includes(wanted) || (wanted.length >= 3 && wanted.includes(id)),
      prefix: commonPrefix(id, wanted),
      distance: damerauLevenshtein(id, wanted),
    }))
    .sort(
      (a, b) =>
        Number(b.contains) - Number(a.contains) ||
        b.prefix - a.prefix ||
        a.distance - b.distance ||
        (a.id < b.id ? -1 : 1),
    )
    .slice(0, count)
    .map((c) => c.id);
}

/** The Japanese message for an unknown brand id. */
export function unknownBrandMessage(input: string, knownIds: readonly string[]): string {
  const all =
    knownIds.length <= 8
      ? `使えるのは ${knownIds.join(", ")} です。`
      : `近いもの: ${closestBrandIds(input, knownIds).join(", ")}（全 ${knownIds.length} 件の ID は content/brands/ のファイル名です）。`;
  return `ブランド "${input}" は content/brands/ にありません。${all}`;
}
