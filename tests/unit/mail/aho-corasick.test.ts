/** The Aho–Corasick search reports exactly what a search needle by needle with indexOf finds. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compileNeedles, forEachOccurrence } from "../../../src/lib/mail/aho-corasick.ts";

/** Every occurrence of every needle, as `needle@end`, sorted. */
function naive(needles: readonly string[], text: string): string[] {
  const found: string[] = [];
  needles.forEach((needle, index) => {
    if (needle === "") return;
    for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1))
      found.push(`${index}@${at + needle.length}`);
  });
  return found.sort();
}

function automaton(needles: readonly string[], text: string): string[] {
  const found: string[] = [];
  forEachOccurrence(compileNeedles(needles), text, (needle, end) => found.push(`${needle}@${end}`));
  return found.sort();
}

describe("Aho–Corasick", () => {
  it("finds overlapping needles, needles inside needles, and repeats", () => {
    const needles = ["he", "she", "his", "hers", "楽天", "楽天カード", "ドコモ", "he"];
    const text = "ushers 楽天カードと楽天 hishe ドコモドコモ";
    expect(automaton(needles, text)).toEqual(naive(needles, text));
    expect(automaton(needles, text)).toContain("5@12"); // 楽天カード: index 7 to 12
  });

  it("reports in order of end, longer needles first at one end", () => {
    const ends: [string, number][] = [];
    const needles = ["ab", "b", "abc", "c"];
    forEachOccurrence(compileNeedles(needles), "abc", (n, end) => ends.push([needles[n]!, end]));
    expect(ends).toEqual([
      ["ab", 2],
      ["b", 2],
      ["abc", 3],
      ["c", 3],
    ]);
  });

  it("agrees with indexOf on random needles and texts", () => {
    const letter = fc.constantFrom("a", "b", "c", "ア", "\u{1F600}", "\uD800");
    const word = (max: number) => fc.array(letter, { maxLength: max }).map((l) => l.join(""));
    fc.assert(
      fc.property(fc.array(word(5), { maxLength: 8 }), word(40), (needles, text) => {
        expect(automaton(needles, text)).toEqual(naive(needles, text));
      }),
      { numRuns: 3000 },
    );
  });
});
