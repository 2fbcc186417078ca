/**
 * The template matcher's cost at N posts: synthetic mail bodies cut from the text of the Japanese
 * fixture mails, in families of five that share a template (the bank's name swapped, numbers, dates
 * and a URL changed, one piece of ten replaced), fingerprinted and matched the way the build does
 * (`postTemplateMatches` minus the file reads) — with LSH, and for comparison with every pair.
 * Deterministic for a given N.
 */
import { gzipSync } from "node:zlib";
import { bestCaseMatch, caseSignature, decodeCaseIndex, encodeCaseIndex } from "../../src/lib/template/case-index.ts";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Brand } from "../../src/lib/brand/brand.ts";
import { mailText } from "../../src/lib/template/body-text.ts";
import { fingerprintText, TEMPLATE_THRESHOLD } from "../../src/lib/template/fingerprint.ts";
import {
  BANDS,
  findTemplateMatches,
  NEIGHBOURS,
  type Fingerprinted,
  type MatchStats,
} from "../../src/lib/template/match.ts";
import { postTemplateMatches } from "../../src/lib/template/post-mail.node.ts";
import { estimateSimilarity } from "../../src/lib/template/minhash.ts";

/** mulberry32: a small seeded PRNG. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const BANKS = [
  "りそな銀行",
  "三井住友銀行",
  "みずほ銀行",
  "三菱UFJ銀行",
  "楽天銀行",
  "千葉銀行",
  "横浜銀行",
  "ゆうちょ銀行",
];

/** The text of the fixture mails that contain kana, whitespace collapsed, joined. */
function fixtureText(root: string): string {
  const dir = join(root, "tests", "fixtures", "emails");
  return readdirSync(dir)
    .filter((name) => name.endsWith(".eml"))
    .map((f) => mailText(new Uint8Array(readFileSync(join(dir, f)))).text.replace(/\s+/g, " "))
    .filter((t) => /[\u3040-\u30ff]/.test(t))
    .join(" ");
}

/**
 * N bodies in families of five. A family's template is ten pieces (15–40 characters) cut from random
 * places of the fixture mails' text, so different families share no more than real mails do (stock
 * phrases); each post names a random bank, changes the numbers, and replaces one piece.
 */
export function syntheticBodies(root: string, n: number): { id: string; family: number; text: string }[] {
  const corpus = fixtureText(root);
  const piece = (r: () => number): string => {
    const length = 15 + Math.floor(r() * 26);
    const start = Math.floor(r() * (corpus.length - length));
    return corpus.slice(start, start + length);
  };
  const bodies: { id: string; family: number; text: string }[] = [];
  for (let i = 0; i < n; i++) {
    const family = Math.floor(i / 5);
    const pickFamily = rng(family + 1);
    const template = Array.from({ length: 10 }, () => piece(pickFamily));
    const r = rng(100_000 + i);
    const bank = BANKS[Math.floor(r() * BANKS.length)]!;
    const pieces = template.map((s) => s.replace(/\d+/g, () => String(Math.floor(r() * 10_000))));
    pieces[Math.floor(r() * pieces.length)] = piece(r);
    const text = [
      `いつも${bank}をご利用いただきありがとうございます。`,
      ...pieces,
      `https://${Math.floor(r() * 1e9).toString(36)}.example.top/login?id=${i}`,
      `${bank} お客さまサポート 2024年${1 + Math.floor(r() * 12)}月${1 + Math.floor(r() * 28)}日`,
    ].join("\n");
    bodies.push({ id: `post-${String(i).padStart(5, "0")}`, family, text });
  }
  return bodies;
}

export interface TemplateBench {
  n: number;
  /** `postTemplateMatches` over N post folders with a body.txt each: reads, fingerprints, LSH. */
  buildMs: number;
  /** Fingerprinting alone (in memory), and matching alone with LSH and with every pair. */
  fingerprintMs: number;
  lshMs: number;
  allPairsMs: number;
  stats: MatchStats;
  allPairs: number;
  /** Pairs above the threshold among all pairs, and how many of them LSH found. */
  pairsAboveThreshold: number;
  /** Pairs inside a family that the matcher found, and all such pairs. */
  familyPairsFound: number;
  familyPairs: number;
  /** Matched pairs across families (pieces of the same fixture text, cut twice by chance). */
  otherPairs: number;
  /** The checker's case index (`/check/cases.bin`) for these N texts: bytes raw and gzip, and the time to find a text in it. */
  caseIndexBytes: number;
  caseIndexGzip: number;
  caseLookupMs: number;
  /** Texts found as their own case in the index (the b-bit estimate is noisy: all should be). */
  caseSelfFound: number;
}

/** Times fingerprinting and matching N synthetic posts, the way the build does it and piece by piece. */
export function measureTemplateMatching(root: string, n: number, brands: readonly Brand[]): TemplateBench {
  const bodies = syntheticBodies(root, n);
  const family = new Map(bodies.map((b) => [b.id, b.family]));
  const posts = mkdtempSync(join(tmpdir(), "sagimail-bench-templates-"));
  try {
    for (const b of bodies) {
      mkdirSync(join(posts, b.id));
      writeFileSync(join(posts, b.id, "index.mdx"), "---\ntitle: x\n---\n");
      writeFileSync(join(posts, b.id, "body.txt"), b.text);
    }
    const ids = bodies.map((b) => b.id);
    postTemplateMatches(posts, ids.slice(0, 20), brands); // warm up
    const b0 = performance.now();
    postTemplateMatches(posts, ids, brands);
    const buildMs = performance.now() - b0;

    const t0 = performance.now();
    const items: Fingerprinted[] = [];
    for (const b of bodies) {
      const fp = fingerprintText(b.text, { brands });
      if (fp) items.push({ id: b.id, signature: fp.signature });
    }
    const t1 = performance.now();
    const stats: MatchStats = { items: 0, candidatePairs: 0, matchedPairs: 0 };
    const matches = findTemplateMatches(items, TEMPLATE_THRESHOLD, stats);
    const t2 = performance.now();
    let pairsAboveThreshold = 0;
    for (let i = 0; i < items.length; i++)
      for (let j = i + 1; j < items.length; j++)
        if (estimateSimilarity(items[i]!.signature, items[j]!.signature) >= TEMPLATE_THRESHOLD) pairsAboveThreshold++;
    const t3 = performance.now();
    let familyPairsFound = 0;
    let otherPairs = 0;
    for (const [id, list] of matches)
      for (const m of list) {
        if (id >= m.id) continue;
        if (family.get(id) === family.get(m.id)) familyPairsFound++;
        else otherPairs++;
      }
    const familyPairs = Array.from({ length: Math.ceil(n / 5) }, (_, f) => Math.min(5, n - f * 5)).reduce(
      (sum, size) => sum + (size * (size - 1)) / 2,
      0,
    );
    const signatures = bodies.flatMap((b) => {
      const signature = caseSignature(b.text, brands);
      return signature ? [signature] : [];
    });
    const caseIndex = encodeCaseIndex(signatures);
    const decoded = decodeCaseIndex(caseIndex)!;
    const c0 = performance.now();
    let caseSelfFound = 0;
    signatures.forEach((signature, i) => {
      const best = bestCaseMatch(decoded, signature);
      if (best && (best.case === i || best.similarity === 1)) caseSelfFound++;
    });
    const caseLookupMs = (performance.now() - c0) / Math.max(1, signatures.length);
    return {
      n,
      caseIndexBytes: caseIndex.length,
      caseIndexGzip: gzipSync(caseIndex, { level: 9 }).length,
      caseLookupMs,
      caseSelfFound,
      buildMs,
      fingerprintMs: t1 - t0,
      lshMs: t2 - t1,
      allPairsMs: t3 - t2,
      stats,
      allPairs: (items.length * (items.length - 1)) / 2,
      pairsAboveThreshold,
      familyPairsFound,
      familyPairs,
      otherPairs,
    };
  } finally {
    rmSync(posts, { recursive: true, force: true });
  }
}

/** The lines `npm run bench` prints for one N. */
export function formatTemplateBench(r: TemplateBench): string {
  const per = (ms: number) => `${((ms / r.n) * 1000).toFixed(0)} µs/post`;
  return [
    `  N = ${r.n}: ${r.buildMs.toFixed(0)} ms as the build runs it (read body.txt, fingerprint, match; ${per(r.buildMs)})`,
    `    fingerprints ${r.fingerprintMs.toFixed(0)} ms (${per(r.fingerprintMs)}); LSH matching ${r.lshMs.toFixed(0)} ms, ${r.stats.candidatePairs} candidate pairs (${((r.stats.candidatePairs / Math.max(1, r.allPairs)) * 100).toFixed(1)} % of all ${r.allPairs}; at most ${r.n * BANDS * NEIGHBOURS} by construction)`,
    `    every pair instead: ${r.allPairsMs.toFixed(0)} ms; pairs above the threshold ${r.pairsAboveThreshold}, found by LSH ${r.stats.matchedPairs}`,
    `    same-template pairs found ${r.familyPairsFound} of ${r.familyPairs}; other pairs matched ${r.otherPairs}`,
    `    the checker's case index (/check/cases.bin) for these ${r.n} texts: ${(r.caseIndexBytes / 1024).toFixed(1)} KB, ${(r.caseIndexGzip / 1024).toFixed(1)} KB gzip (budget 30 KB at 1,000 cases ${r.n !== 1000 ? "— measured at another N" : r.caseIndexGzip <= 30 * 1024 ? "✔" : "✖"}); a pasted text is looked up in ${r.caseLookupMs.toFixed(2)} ms; each text found as its own case: ${r.caseSelfFound} of ${r.n}`,
  ].join("\n");
}
