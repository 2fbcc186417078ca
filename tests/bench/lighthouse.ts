/**
 * `npm run lighthouse [-- --dist <folder>]`: Lighthouse (mobile preset: emulated phone, simulated
 * slow 4G and CPU slowdown) on the home page, an article and the search page of the built site,
 * served by the same static server as the browser tests, with the machine's own Chromium. Prints the
 * four category scores per page and the audits that cost points. Not part of `npm test` (slow).
 */
import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { chromiumArgs, findSystemChromium } from "../e2e/chromium.ts";

const root = new URL("../..", import.meta.url).pathname;
const args = process.argv.slice(2);
const distArg = args.indexOf("--dist");
const dist = resolve(distArg >= 0 ? args[distArg + 1]! : join(root, "dist"));
if (!existsSync(join(dist, "index.html"))) {
  console.error(`No built site in ${dist}: run \`npm run build\` first (or pass --dist <folder>).`);
  process.exit(1);
}
const chromePath = findSystemChromium()?.executablePath;
if (!chromePath) {
  console.error("Chromium was not found: install Debian's chromium or set CHROMIUM_PATH.");
  process.exit(1);
}

const sitemap = readFileSync(join(dist, "sitemap-0.xml"), "utf8");
const article = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)]
  .map((m) => new URL(m[1]!).pathname)
  .find((p) => p.startsWith("/posts/"));
const pages = ["/", ...(article ? [article] : []), "/search/"];

const port = 4800 + Math.floor(Math.random() * 100);
const server = spawn(process.execPath, [join(root, "tests", "e2e", "serve-dist.mjs"), String(port), dist], {
  stdio: ["ignore", "pipe", "inherit"],
});
await new Promise<void>((ok, fail) => {
  server.stdout.once("data", () => ok());
  server.once("exit", (code) => fail(new Error(`static server exited (${code})`)));
});

const chrome = await chromeLauncher.launch({
  chromePath,
  chromeFlags: ["--headless=new", ...chromiumArgs],
  logLevel: "error",
});

const categories = ["performance", "accessibility", "best-practices", "seo"] as const;
let worst = 100;
try {
  console.log(`Lighthouse (mobile preset) against ${dist} at http://127.0.0.1:${port}/\n`);
  console.log(["page".padEnd(48), ...categories.map((c) => c.padStart(15))].join(""));
  const notes: string[] = [];
  for (const path of pages) {
    const url = `http://127.0.0.1:${port}${encodeURI(path)}`;
    const result = await lighthouse(url, {
      port: chrome.port,
      output: "json",
      logLevel: "error",
      onlyCategories: [...categories],
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { lhr } = result;
    const scores = categories.map((c) => Math.round((lhr.categories[c]?.score ?? 0) * 100));
    worst = Math.min(worst, ...scores);
    console.log([path.padEnd(48), ...scores.map((s) => String(s).padStart(15))].join(""));
    const m = lhr.audits;
    notes.push(
      `${path}: FCP ${m["first-contentful-paint"]?.displayValue ?? "?"}, LCP ${m["largest-contentful-paint"]?.displayValue ?? "?"}, TBT ${m["total-blocking-time"]?.displayValue ?? "?"}, CLS ${m["cumulative-layout-shift"]?.displayValue ?? "?"}, transfer ${m["total-byte-weight"]?.displayValue ?? "?"}`,
    );
    const work =
      (m["mainthread-work-breakdown"]?.details as { items?: { groupLabel: string; duration: number }[] } | undefined)
        ?.items ?? [];
    notes.push(
      `  main thread: ${work.map((w) => `${w.groupLabel} ${Math.round(w.duration)} ms`).join(", ")}; machine benchmarkIndex ${lhr.environment.benchmarkIndex}`,
    );
    for (const w of lhr.runWarnings) notes.push(`  warning: ${w}`);
    for (const c of categories) {
      for (const ref of lhr.categories[c]?.auditRefs ?? []) {
        const audit = m[ref.id];
        if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1)
          notes.push(`  ${c}: ${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ""}`);
      }
    }
  }
  console.log(`\n${notes.join("\n")}`);
} finally {
  await chrome.kill();
  server.kill();
}
process.exitCode = worst < 90 ? 1 : 0;
