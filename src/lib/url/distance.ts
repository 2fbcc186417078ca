/**
 * Damerau–Levenshtein distance (optimal string alignment variant): insertions, deletions,
 * substitutions and swaps of two neighbouring characters each cost 1. `amrex` → `amex` is 1,
 * `amxe` → `amex` is 1. Works on code points. Keeps three rows of the table, not the whole table
 * (a link's label is compared with every official label of the registry).
 */
export function damerauLevenshtein(a: string, b: string): number {
  const s = Array.from(a);
  const t = Array.from(b);
  const cols = t.length + 1;
  // Rows i-2, i-1 and i of the table.
  let before = new Int32Array(cols);
  let previous = Int32Array.from({ length: cols }, (_, j) => j);
  let current = new Int32Array(cols);
  for (let i = 1; i <= s.length; i++) {
    current[0] = i;
    for (let j = 1; j < cols; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let best = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) best = Math.min(best, before[j - 2]! + 1);
      current[j] = best;
    }
    [before, previous, current] = [previous, current, before];
  }
  return previous[cols - 1]!;
}
