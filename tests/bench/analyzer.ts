/**
 * The mail analyzer's throughput on the fixture mails (issue 22): `analyzeMail` in mails per second
 * without brands and with the full registry, and the parts of it — reading the message (parsing, its
 * HTML read once), the analysis of a read message, and the brand claims alone. Each figure is the best
 * of several rounds after a warm-up, by the clock and per CPU second, so that other load on the
 * machine disturbs it less.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Brand } from "../../src/lib/brand/brand.ts";
import { loadBrands } from "../../src/lib/brand/registry.node.ts";
import { htmlToView } from "../../src/lib/html/html-to-view.ts";
import { analyzeReadMail } from "../../src/lib/mail/analyze.ts";
import { findBrandClaims, type ClaimTexts } from "../../src/lib/mail/brand-claims.ts";
import { analyzeMail } from "../../src/lib/reading/index.ts";
import { readMailMessage } from "../../src/lib/reading/read-message.ts";

/** A rate in mails per second: by the clock, and per second of this process's CPU time. */
export interface Rate {
  wall: number;
  cpu: number;
}

/** The analyzer's figures. */
export interface AnalyzerBench {
  mails: number;
  bytes: number;
  brands: number;
  /** `analyzeMail` with an empty registry. */
  withoutBrands: Rate;
  /** `analyzeMail` with the full registry. */
  withBrands: Rate;
  /** Reading alone: `readMailMessage` with the HTML reader. */
  reading: Rate;
  /** The analysis of read messages (`analyzeReadMail`) with the full registry. */
  analysisWithBrands: Rate;
  /** The brand claims alone (`findBrandClaims` on each mail's texts) with the full registry. */
  brandClaims: Rate;
}

/** The target of issue 22: `analyzeMail` with the full registry. */
export const ANALYZER_TARGET = 1000;

const ROUNDS = 7;
const ROUND_MS = 400;

/**
 * Best rates over several timed rounds of `run` over `count` items, after a warm-up. CPU time
 * (user + system) is steadier than the clock when other work shares the machine; it also counts the
 * engine's own threads (compiler, garbage collector), so on an idle machine it reads a little lower.
 */
function bestRate(count: number, run: () => void): Rate {
  const warmUntil = performance.now() + ROUND_MS;
  do run();
  while (performance.now() < warmUntil);
  const best: Rate = { wall: 0, cpu: 0 };
  for (let r = 0; r < ROUNDS; r++) {
    let passes = 0;
    const cpuStart = process.cpuUsage();
    const started = performance.now();
    let elapsed = 0;
    do {
      run();
      passes++;
      elapsed = performance.now() - started;
    } while (elapsed < ROUND_MS);
    const cpu = process.cpuUsage(cpuStart);
    best.wall = Math.max(best.wall, (passes * count) / (elapsed / 1000));
    best.cpu = Math.max(best.cpu, (passes * count) / ((cpu.user + cpu.system) / 1e6));
  }
  return best;
}

/** The fixture mails as bytes. */
export function fixtureMails(root: string): Buffer[] {
  const dir = join(root, "tests", "fixtures", "emails");
  return readdirSync(dir)
    .filter((f) => f.endsWith(".eml"))
    .sort()
    .map((f) => readFileSync(join(dir, f)));
}

export function measureAnalyzer(root: string, brands: readonly Brand[] = loadBrands(root)): AnalyzerBench {
  const mails = fixtureMails(root);
  const none: readonly Brand[] = [];
  const read = () => mails.map((m) => readMailMessage(m, { readHtml: htmlToView, recipients: [] }));
  const messages = read();
  const texts: ClaimTexts[] = messages.map(({ read: { mail }, content }) => ({
    displayName: mail.from?.name,
    address: mail.from?.address,
    subject: mail.subject,
    linkTexts: content.htmlLinks.map((l) => l.text),
    body: content.bodyText,
  }));
  return {
    mails: mails.length,
    bytes: mails.reduce((n, m) => n + m.length, 0),
    brands: brands.length,
    withoutBrands: bestRate(mails.length, () => {
      for (const m of mails) analyzeMail(m, { brands: none });
    }),
    withBrands: bestRate(mails.length, () => {
      for (const m of mails) analyzeMail(m, { brands });
    }),
    reading: bestRate(mails.length, read),
    analysisWithBrands: bestRate(mails.length, () => {
      for (const m of messages) analyzeReadMail(m.read, m.content, { brands });
    }),
    brandClaims: bestRate(mails.length, () => {
      for (const t of texts) findBrandClaims(t, brands);
    }),
  };
}

export function formatAnalyzerBench(r: AnalyzerBench): string {
  const rate = (n: Rate) => `${n.wall.toFixed(0)} mails/s (${n.cpu.toFixed(0)} per CPU second)`;
  const mb = (n: Rate) => `${((n.wall * r.bytes) / r.mails / 1024 / 1024).toFixed(1)} MB/s`;
  return [
    `mail analyzer (analyzeMail) on ${r.mails} fixture mails, best of ${ROUNDS} rounds after a warm-up:`,
    `  without brands:          ${rate(r.withoutBrands)}, ${mb(r.withoutBrands)}`,
    `  with the registry (${r.brands}): ${rate(r.withBrands)}, ${mb(r.withBrands)}; target ≥ ${ANALYZER_TARGET} → ${r.withBrands.wall >= ANALYZER_TARGET ? "✔" : "✖"}`,
    `  parts: reading ${rate(r.reading)}`,
    `         analysis of read mails with the registry ${rate(r.analysisWithBrands)}`,
    `         brand claims alone ${rate(r.brandClaims)}`,
  ].join("\n");
}
