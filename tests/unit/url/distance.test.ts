/** The three-row Damerau–Levenshtein distance gives what the whole-table version gave. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { damerauLevenshtein } from "../../../src/lib/url/distance.ts";

/** The whole-table version, as it was before issue 22. */
function wholeTable(a: string, b: string): number {
  const s = Array.from(a);
  const t = Array.from(b);
  const rows = s.length + 1;
  const cols = t.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) =>
    Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  const at = (i: number, j: number): number => d[i]?.[j] ?? Number.POSITIVE_INFINITY;
  for (let i = 1; i < rows; i++) {
    const row = d[i];
    if (row === undefined) continue;
    for (let j = 1; j < cols; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) {
        best = Math.min(best, at(i - 2, j - 2) + 1);
      }
      row[j] = best;
    }
  }
  return at(rows - 1, cols - 1);
}

describe("damerauLevenshtein", () => {
  it("agrees with the whole-table version", () => {
    const word = fc.array(fc.constantFrom("a", "b", "c", "m", "x", "ア", "\u{1F600}"), { maxLength: 9 });
    fc.assert(
      fc.property(word, word, (a, b) => {
        expect(damerauLevenshtein(a.join(""), b.join(""))).toBe(wholeTable(a.join(""), b.join("")));
      }),
      { numRuns: 5000 },
    );
    for (const [a, b] of [
      ["", ""],
      ["", "abc"],
      ["abc", ""],
      ["ab", "ba"],
      ["ca", "abc"],
    ] as const)
      expect(damerauLevenshtein(a, b)).toBe(wholeTable(a, b));
  });
});
