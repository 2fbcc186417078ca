import { describe, expect, it } from "vitest";
import { findTemplateMatches, matchesFor, NEIGHBOURS } from "../../../src/lib/template/match.ts";
import {
  estimateSimilarity,
  jaccard,
  minHashSignature,
  shingleHashes,
  SIGNATURE_SIZE,
} from "../../../src/lib/template/minhash.ts";

const signatureOf = (text: string): Uint32Array => minHashSignature(shingleHashes(text));

/** A deterministic pseudo-random Japanese-looking text (kana), `n` characters. */
function kanaText(seed: number, n: number): string {
  let x = seed >>> 0 || 1;
  let out = "";
  for (let i = 0; i < n; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out += String.fromCharCode(0x3041 + ((x >>> 0) % 80));
  }
  return out;
}

describe("shingles and MinHash", () => {
  it("cuts a text into distinct 5-character shingles by code point", () => {
    expect(shingleHashes("").length).toBe(0);
    expect(shingleHashes("abc").length).toBe(1);
    expect(shingleHashes("abcdef").length).toBe(2);
    expect(shingleHashes("aaaaaaaa").length).toBe(1);
    // "𠮷" is one code point (a surrogate pair): 6 code points give 2 shingles.
    expect(shingleHashes("𠮷野家のお店").length).toBe(2);
  });

  it("gives identical texts the same signature and similarity 1", () => {
    expect(signatureOf("同じ文面のメールです").length).toBe(SIGNATURE_SIZE);
    expect([...signatureOf("同じ文面のメールです")]).toEqual([...signatureOf("同じ文面のメールです")]);
    expect(estimateSimilarity(signatureOf("同じ文面のメールです"), signatureOf("同じ文面のメールです"))).toBe(1);
  });

  it("estimates the Jaccard similarity of the shingle sets within ±0.12", () => {
    for (let seed = 1; seed <= 10; seed++) {
      const shared = kanaText(seed, 300);
      const a = shared + kanaText(seed + 100, 150 + seed * 20);
      const b = kanaText(seed + 200, 100) + shared;
      const exact = jaccard(shingleHashes(a), shingleHashes(b));
      expect(Math.abs(estimateSimilarity(signatureOf(a), signatureOf(b)) - exact)).toBeLessThan(0.12);
    }
  });

  it("scores unrelated texts near 0", () => {
    expect(estimateSimilarity(signatureOf(kanaText(1, 500)), signatureOf(kanaText(2, 500)))).toBeLessThan(0.05);
  });
});

describe("template matching with LSH", () => {
  it("finds the same pairs as comparing every pair, at any threshold from 0.25 up", () => {
    // 60 texts in 12 families: each family's texts share a 200–400 character core.
    const items = Array.from({ length: 60 }, (_, i) => {
      const family = i % 12;
      const core = kanaText(family + 1, 200 + family * 20);
      return { id: `t${i}`, signature: signatureOf(kanaText(1000 + i, 40 + (i % 5) * 60) + core) };
    });
    for (const threshold of [0.25, 0.5, 0.8]) {
      const lsh = findTemplateMatches(items, threshold);
      for (const item of items) {
        const brute = matchesFor(item.signature, items, threshold).filter((m) => m.id !== item.id);
        expect(lsh.get(item.id) ?? [], `${item.id} at ${threshold}`).toEqual(brute);
      }
    }
  });

  it("still links every post of a template shared by more posts than a bucket compares in full", () => {
    const base = kanaText(11, 400);
    const items = Array.from({ length: 3 * (NEIGHBOURS + 1) }, (_, i) => ({
      id: `p${String(i).padStart(3, "0")}`,
      signature: signatureOf(base + kanaText(2000 + i, 30)),
    }));
    const matches = findTemplateMatches(items, 0.25);
    for (const item of items) expect(matches.get(item.id)?.length ?? 0).toBeGreaterThanOrEqual(NEIGHBOURS);
  });

  it("lists matches both ways, best first, and leaves out items without a match", () => {
    const base = kanaText(7, 400);
    const stats = { items: 0, candidatePairs: 0, matchedPairs: 0 };
    const matches = findTemplateMatches(
      [
        { id: "a", signature: signatureOf(base) },
        { id: "b", signature: signatureOf(base + kanaText(8, 40)) },
        { id: "c", signature: signatureOf(base + kanaText(9, 200)) },
        { id: "z", signature: signatureOf(kanaText(10, 400)) },
      ],
      0.25,
      stats,
    );
    expect(matches.get("a")?.map((m) => m.id)).toEqual(["b", "c"]);
    expect(matches.get("c")?.map((m) => m.id)).toEqual(["a", "b"]);
    expect(matches.has("z")).toBe(false);
    expect(stats).toMatchObject({ items: 4, matchedPairs: 3 });
  });
});
