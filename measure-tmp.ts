import { analyzeInput } from "/work/main/src/lib/analysis/index.ts";
import { loadBrands } from "/work/main/src/lib/brand-registry.node.ts";
import { asReceived, loadCorpus, splitOf } from "/work/main/tests/unit/verdict/corpus.ts";
const brands = loadBrands("/work/main");
const mode = process.argv[2] ?? "received";
const show = process.argv[3] ?? "";
const corpus = loadCorpus();
const stats: Record<string, { n: number; ok: number; danger: number; caution: number; named: number }> = {};
for (const e of corpus) {
  const split = splitOf(e.id);
  const input = mode === "received" ? asReceived(e) : e.text;
  const channel = mode === "received" && (e.channel === "sms" || e.channel === "mail") ? e.channel : undefined;
  const a = analyzeInput(input, brands, { channel });
  const key = `${e.label}/${split}`;
  const s = (stats[key] ??= { n: 0, ok: 0, danger: 0, caution: 0, named: 0 });
  s.n++;
  const named = e.brand === null || a.claimedBrandIds.includes(e.brand);
  const lvl = a.verdict.level;
  if (lvl === "danger") s.danger++;
  if (lvl === "caution") s.caution++;
  if (named) s.named++;
  const ok = e.label === "lure" ? named && (lvl === "danger" || lvl === "caution") : lvl !== "danger";
  if (ok) s.ok++;
  if ((split === "tune" || process.env.HOLDOUT === "1") && ((show === "fail" && !ok) || (show === "all-genuine" && e.label === "genuine") || (show==="caution" && e.label==="lure" && lvl==="caution")))
    console.log(`--- ${e.id} [${e.label}] brand=${e.brand} -> ${lvl} score=${a.verdict.score} claimed=${a.claimedBrandIds.join(",")} tactics=${a.tactics.map(t=>t.id).join(",")}\n${input.slice(0, 400)}\n  reasons: ${a.verdict.reasons.map(r=>r.text.slice(0,80)).join(" | ")}`);
}
console.log(mode, JSON.stringify(Object.fromEntries(Object.entries(stats).filter(([k]) => k.endsWith("/tune") || process.env.HOLDOUT === "1")), null, 0));
