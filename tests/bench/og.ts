/**
 * The preview images' cost at N posts (issue 21): N distinct cards drawn into an empty cache (a first
 * build), then read back from it (every later build of unchanged posts). Printed by `npm run bench`
 * (`-- --og` prints only this); the builds in bench.ts show the same cost inside a whole build.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ogPng } from "../../src/lib/og/render.node.ts";

export async function formatOgBench(n: number): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), "sagimail-bench-og-"));
  const cards = Array.from({ length: n }, (_, i) => ({
    site: "詐欺メール図鑑",
    brands: [["佐川急便", "国税庁", "三井住友カード", "アメリカン・エキスプレス"][i % 4]!],
    channel: i % 2 ? "SMS" : "メール",
    headline: `「お荷物のお届けにあがりましたが不在の為持ち帰りました」第${i}号の事例、再配達の手続きと称してリンクを開かせる`,
  }));
  try {
    await ogPng(cards[0]!, join(dir, "warm-up"));
    const t0 = performance.now();
    let bytes = 0;
    for (const card of cards) bytes += (await ogPng(card, dir)).length;
    const cold = performance.now() - t0;
    const t1 = performance.now();
    for (const card of cards) await ogPng(card, dir);
    const warm = performance.now() - t1;
    return `  N = ${n}: first build ${(cold / 1000).toFixed(1)} s (${(cold / n).toFixed(1)} ms/post, ${(bytes / n / 1024).toFixed(0)} KB/image); unchanged posts from the cache ${(warm / 1000).toFixed(2)} s (${(warm / n).toFixed(2)} ms/post)`;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
