/**
 * `npm run bench [-- --n 200 | --scale]`: how the site scales, measured in one run on this machine.
 *
 * For each N (default 1,000; `--scale` runs 100, 1,000 and 3,000) it generates N synthetic case posts
 * (tests/bench/generate.ts) into temporary copies of the site (never the shared dist/ or content/),
 * and builds them three ways: with our components, as MDX without them, and as plain Markdown. It
 * prints build time per page and the ratios, Pagefind indexing time, index size, the bytes a brand
 * query fetches (compressed as a CDN would serve them, measured by loading the search page in
 * Chromium), the peak memory of each build, and the mail analyzer's throughput on the fixture mails
 * without brands and with the full registry (tests/bench/analyzer.ts; `--analyzer` prints only that).
 * First it prints the template matcher's cost (「同じ文面の事例」: fingerprints and matching of N
 * posts' mail bodies, tests/bench/templates.ts); `--templates` prints only that.
 * It also prints the IP-owner data's budgets (tests/bench/ip-owner.ts; `--ip-owner` prints only those).
 */
import { spawn, spawnSync } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { chromium } from "playwright-core";
import { chromiumArgs, resolveChromium } from "../e2e/chromium.ts";
import { formatAnalyzerBench, measureAnalyzer } from "./analyzer.ts";
import { formatCheckerBench, measureChecker } from "./checker.ts";
import { readRegistry, writePosts, type Variant } from "./generate.ts";
import { formatTemplateBench, measureTemplateMatching } from "./templates.ts";
import { formatOgBench } from "./og.ts";
import { loadBrands } from "../../src/lib/brand-registry.node.ts";
import { printIpOwnerBench } from "./ip-owner.ts";

const root = new URL("../..", import.meta.url).pathname;
const args = process.argv.slice(2);
const flag = (name: string) => args.includes(name);
const option = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const sizes = flag("--scale") ? [100, 1000, 3000] : [Number(option("--n") ?? 1000)];
const keep = flag("--keep");
const query = option("--query") ?? "アメックス";
if (sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error("--n takes a positive whole number of posts");
// `npm run bench -- --analyzer`: only the mail analyzer's throughput (some seconds).
if (flag("--analyzer")) {
  console.log(`Node ${process.version}; ${new Date().toISOString()}`);
  console.log(formatAnalyzerBench(measureAnalyzer(root)));
  process.exit(0);
}
// `npm run bench -- --ip-owner`: only the IP-owner data's figures (a few seconds).
if (flag("--ip-owner")) {
  await printIpOwnerBench(root);
  process.exit(0);
}

interface BuildResult {
  variant: Variant;
  n: number;
  pages: number;
  buildMs: number;
  /** CPU time (user + system) of the whole build: steadier than wall time on a shared machine. */
  cpuMs: number;
  indexMs: number;
  maxRssMb: number;
  dir: string;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (n: number) => `${n.toFixed(1)} ms`;

/** A temporary copy of the site with N synthetic posts in the given form, and no others. */
function prepare(n: number, variant: Variant): string {
  const work = mkdtempSync(join(tmpdir(), `sagimail-bench-${variant}-${n}-`));
  for (const entry of ["src", "public", "astro.config.mjs", "package.json", "tsconfig.json"])
    cpSync(join(root, entry), join(work, entry), { recursive: true });
  cpSync(join(root, "content", "brands"), join(work, "content", "brands"), { recursive: true });
  symlinkSync(join(root, "node_modules"), join(work, "node_modules"), "dir");
  if (variant === "md") {
    // The posts collection takes .mdx only; let this copy take .md as well.
    const config = join(work, "src", "content.config.ts");
    const src = readFileSync(config, "utf8");
    const patched = src
      .replace(`pattern: ["*.mdx", "*/index.mdx"]`, `pattern: ["*.mdx", "*/index.mdx", "*.md", "*/index.md"]`)
      .replace(/\\\.mdx\$\//, "\\.mdx?$/");
    if (patched === src || !patched.includes(`"*.md"`) || !patched.includes("\\.mdx?$/"))
      throw new Error("could not adjust the posts glob in src/content.config.ts for .md posts");
    writeFileSync(config, patched);
  }
  writePosts(work, n, variant, readRegistry(root));
  return work;
}

/**
 * The preview images (og:image) per variant: the site with our components draws every case's image
 * into an empty cache (the cost of a first build); the plain variants draw none, so that the ratio
 * to plain MDX counts the images too.
 */
function ogEnv(work: string, variant: Variant): Record<string, string> {
  return variant === "components" ? { SAGIMAIL_OG_CACHE: join(work, "og-cache") } : { SAGIMAIL_OG: "off" };
}

/** Builds a prepared copy under GNU time, for wall time and the peak resident memory. */
function build(work: string, n: number, variant: Variant): BuildResult {
  const time = existsSync("/usr/bin/time");
  const started = performance.now();
  const run = time
    ? spawnSync("/usr/bin/time", ["-v", "npm", "run", "--silent", "build"], {
        cwd: work,
        encoding: "utf8",
        env: { ...process.env, FORCE_COLOR: "0", ...ogEnv(work, variant) },
        maxBuffer: 256 * 1024 * 1024,
      })
    : spawnSync("npm", ["run", "--silent", "build"], {
        cwd: work,
        encoding: "utf8",
        env: { ...process.env, FORCE_COLOR: "0", ...ogEnv(work, variant) },
        maxBuffer: 256 * 1024 * 1024,
      });
  const buildMs = performance.now() - started;
  const output = `${run.stdout}\n${run.stderr}`;
  if (run.status !== 0) throw new Error(`build of ${variant} × ${n} failed:\n${output.slice(-4000)}`);
  const indexMs = Number(/indexed \d+ articles into pagefind\/ in (\d+) ms/.exec(output)?.[1] ?? NaN);
  const rssKb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(output)?.[1] ?? NaN);
  const pages = Number(/(\d+) page\(s\) built/.exec(output)?.[1] ?? NaN);
  const cpuS =
    Number(/User time \(seconds\): ([\d.]+)/.exec(output)?.[1] ?? NaN) +
    Number(/System time \(seconds\): ([\d.]+)/.exec(output)?.[1] ?? NaN);
  return { variant, n, pages, buildMs, cpuMs: cpuS * 1000, indexMs, maxRssMb: rssKb / 1024, dir: work };
}

function dirSize(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const f of readdirSync(dir, { recursive: true, encoding: "utf8" })) {
    const s = statSync(join(dir, f));
    if (s.isFile()) {
      bytes += s.size;
      files++;
    }
  }
  return { bytes, files };
}

/** What a CDN sends for a body: compressible types compressed, Pagefind's pre-gzipped chunks as they are. */
function wire(url: string, body: Buffer): { raw: number; gzip: number; brotli: number } {
  const precompressed = /\.pf_(meta|index|fragment|filter)$|\.pagefind$/.test(new URL(url).pathname);
  if (precompressed) return { raw: body.length, gzip: body.length, brotli: body.length };
  return {
    raw: body.length,
    gzip: Math.min(body.length, gzipSync(body, { level: 6 }).length),
    brotli: Math.min(
      body.length,
      brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    ),
  };
}

interface QueryBytes {
  results: number;
  /** Search data the brand query fetched: static brand pages and any Pagefind files. */
  pagefind: { raw: number; gzip: number; brotli: number; files: number };
  /** Pagefind files fetched when the reader then asks to search the other articles too. */
  others: { raw: number; gzip: number; brotli: number; files: number };
  /** Pagefind files grouped by kind (pagefind.js, worker, wasm, meta, index, filter, fragment). */
  byKind: Map<string, { files: number; gzip: number }>;
  page: { raw: number; gzip: number; brotli: number };
}

/** Loads /search/?q=… in Chromium from a static server of `dist` and sums what the query fetched. */
async function measureQuery(dist: string): Promise<QueryBytes> {
  const port = 4400 + Math.floor(Math.random() * 500);
  const server = spawn(process.execPath, [join(root, "tests", "e2e", "serve-dist.mjs"), String(port), dist], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  await new Promise<void>((resolve, reject) => {
    server.stdout.once("data", () => resolve());
    server.once("exit", (code) => reject(new Error(`static server exited (${code})`)));
  });
  const found = await resolveChromium();
  const browser = await chromium.launch({
    executablePath: found.executablePath,
    args: chromiumArgs,
    ...(found.env ? { env: { ...process.env, ...found.env } } : {}),
  });
  try {
    const page = await browser.newPage();
    const bodies: Promise<{ url: string; body: Buffer } | undefined>[] = [];
    page.on("response", (res) =>
      bodies.push(
        res.body().then(
          (body) => ({ url: res.url(), body }),
          () => undefined,
        ),
      ),
    );
    await page.goto(`http://127.0.0.1:${port}/search/?q=${encodeURIComponent(query)}`);
    const results = page.getByRole("region", { name: "検索結果" }).getByRole("article");
    await results.first().waitFor({ timeout: 60_000 });
    await page.waitForLoadState("networkidle");
    const count = await results.count();
    const all = (await Promise.all(bodies)).filter((b): b is { url: string; body: Buffer } => !!b);
    const isSearchData = (url: string) => /^\/(pagefind|search\/brand)\//.test(new URL(url).pathname);
    // Then the full-text search of the other articles, which loads Pagefind.
    const before = bodies.length;
    const others = page.getByRole("button", { name: /ほかの記事からも/ });
    if (await others.count()) {
      await others.click();
      await page
        .getByRole("region", { name: "検索結果" })
        .getByRole("status")
        .filter({ hasNotText: "検索しています" })
        .waitFor({ timeout: 60_000 });
      await page.waitForLoadState("networkidle");
    }
    const later = (await Promise.all(bodies.slice(before))).filter(
      (b): b is { url: string; body: Buffer } => !!b && isSearchData(b.url),
    );
    const sum = (list: typeof all) =>
      list.reduce(
        (acc, { url, body }) => {
          const w = wire(url, body);
          return { raw: acc.raw + w.raw, gzip: acc.gzip + w.gzip, brotli: acc.brotli + w.brotli };
        },
        { raw: 0, gzip: 0, brotli: 0 },
      );
    const pf = all.filter((b) => isSearchData(b.url));
    const byKind = new Map<string, { files: number; gzip: number }>();
    for (const { url, body } of pf) {
      const path = new URL(url).pathname.replace(/^\/(pagefind|search)\//, "");
      const kind = path.includes("/")
        ? path.split("/")[0]!
        : path.replace(/[._][0-9a-f]{6,}/, "").replace(/\.(ja|unknown)\b/, "");
      const entry = byKind.get(kind) ?? { files: 0, gzip: 0 };
      entry.files++;
      entry.gzip += wire(url, body).gzip;
      byKind.set(kind, entry);
    }
    return {
      results: count,
      pagefind: { ...sum(pf), files: pf.length },
      others: { ...sum(later), files: later.length },
      byKind,
      page: sum(all),
    };
  } finally {
    await browser.close();
    server.kill();
  }
}

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, c) =>
    Math.max(...rows.map((r) => [...(r[c] ?? "")].reduce((w, ch) => w + (ch.charCodeAt(0) > 0x2e80 ? 2 : 1), 0))),
  );
  return rows
    .map((r) =>
      r
        .map(
          (cell, c) =>
            cell + " ".repeat(widths[c]! - [...cell].reduce((w, ch) => w + (ch.charCodeAt(0) > 0x2e80 ? 2 : 1), 0)),
        )
        .join("  "),
    )
    .join("\n");
}

const variants: Variant[] = ["components", "mdx", "md"];
const label: Record<Variant, string> = {
  components: "MDX + our components",
  mdx: "MDX, no components",
  md: "plain Markdown (.md)",
};

console.log(
  `sagimail benchmark: N = ${sizes.join(", ")} synthetic posts; Node ${process.version}; ${new Date().toISOString()}`,
);
console.log("\ntemplate matching (「同じ文面の事例」), synthetic bodies in families of five:");
for (const n of sizes) console.log(formatTemplateBench(measureTemplateMatching(root, n, loadBrands(root))));
if (flag("--templates")) process.exit(0);
console.log("\npreview images (og:image), drawn in this process:");
for (const n of sizes) console.log(await formatOgBench(n));
if (flag("--og")) process.exit(0);

const summary: {
  n: number;
  perPage: Record<Variant, number>;
  index: BuildResult;
  indexSize: { bytes: number; files: number };
  q: QueryBytes;
}[] = [];

for (const n of sizes) {
  console.log(`\n── N = ${n} ──`);
  const results = {} as Record<Variant, BuildResult>;
  for (const variant of variants) {
    const work = prepare(n, variant);
    process.stdout.write(`  building ${label[variant]} … `);
    const r = build(work, n, variant);
    results[variant] = r;
    console.log(
      `${(r.buildMs / 1000).toFixed(1)} s wall, ${(r.cpuMs / 1000).toFixed(1)} s CPU (${r.pages} pages, peak ${r.maxRssMb.toFixed(0)} MB)`,
    );
  }
  const comp = results.components;
  const indexSize = dirSize(join(comp.dir, "dist", "pagefind"));
  const q = await measureQuery(join(comp.dir, "dist"));
  // Build time per post excludes Pagefind (reported on its own) and is spread over the N posts,
  // the pages that grow with N (lists, brand, tag and category pages grow too, and count in).
  // Ratios use CPU time per post (whole build), which other load on the machine disturbs far less.
  const perPage = Object.fromEntries(
    variants.map((v) => [v, (results[v].buildMs - (results[v].indexMs || 0)) / n]),
  ) as Record<Variant, number>;
  const cpuPerPage = Object.fromEntries(
    variants.map((v) => [v, (Number.isFinite(results[v].cpuMs) ? results[v].cpuMs : results[v].buildMs) / n]),
  ) as Record<Variant, number>;
  console.log(
    "\n" +
      table([
        ["form", "wall", "wall/post", "CPU/post", "× plain MDX", "× Markdown", "Pagefind", "peak RSS"],
        ...variants.map((v) => [
          label[v],
          `${(results[v].buildMs / 1000).toFixed(1)} s`,
          ms(perPage[v]),
          ms(cpuPerPage[v]),
          (cpuPerPage[v] / cpuPerPage.mdx).toFixed(2),
          (cpuPerPage[v] / cpuPerPage.md).toFixed(2),
          `${(results[v].indexMs / 1000).toFixed(2)} s`,
          `${results[v].maxRssMb.toFixed(0)} MB`,
        ]),
      ]),
  );
  console.log(
    `\n  Pagefind index: ${kb(indexSize.bytes)} in ${indexSize.files} files; indexing ${(comp.indexMs / 1000).toFixed(2)} s (${ms(comp.indexMs / n)} per post)`,
  );
  console.log(
    `  query "${query}" (${q.results} results shown): search data files ${q.pagefind.files}, ${kb(q.pagefind.raw)} raw, ${kb(q.pagefind.gzip)} gzip, ${kb(q.pagefind.brotli)} brotli` +
      `\n    then "search the other articles too" (Pagefind): ${q.others.files} files, ${kb(q.others.raw)} raw, ${kb(q.others.gzip)} gzip` +
      `\n    by kind (gzip): ${[...q.byKind].map(([k, v]) => `${k} ${v.files > 1 ? `×${v.files} ` : ""}${kb(v.gzip)}`).join(", ")}` +
      `\n    whole search page with the query (HTML, CSS, JS, Pagefind): ${kb(q.page.raw)} raw, ${kb(q.page.gzip)} gzip, ${kb(q.page.brotli)} brotli`,
  );
  console.log(
    `  targets: components ≤ 1.3× plain MDX (CPU) → ${(cpuPerPage.components / cpuPerPage.mdx).toFixed(2)}× ${cpuPerPage.components / cpuPerPage.mdx <= 1.3 ? "✔" : "✖"}; brand query < 100 KB compressed → ${kb(q.pagefind.gzip)} gzip ${q.pagefind.gzip < 100 * 1024 ? "✔" : "✖"}`,
  );
  summary.push({ n, perPage: cpuPerPage, index: comp, indexSize, q });
  if (!keep) for (const v of variants) rmSync(results[v].dir, { recursive: true, force: true });
  else console.log(`  kept: ${variants.map((v) => results[v].dir).join(" ")}`);
}

if (summary.length > 1) {
  console.log("\n── growth (per-post figures flat = linear growth) ──");
  console.log(
    table([
      [
        "N",
        "components CPU/post",
        "MDX CPU/post",
        "Markdown CPU/post",
        "index/post",
        "index size/post",
        "query gzip",
        "peak RSS",
      ],
      ...summary.map((s) => [
        String(s.n),
        ms(s.perPage.components),
        ms(s.perPage.mdx),
        ms(s.perPage.md),
        ms(s.index.indexMs / s.n),
        `${(s.indexSize.bytes / s.n).toFixed(0)} B`,
        kb(s.q.pagefind.gzip),
        `${s.index.maxRssMb.toFixed(0)} MB`,
      ]),
    ]),
  );
}

console.log(`\n${formatAnalyzerBench(measureAnalyzer(root))}`);

await printIpOwnerBench(root);
// The reader's side of /check/, against the site as built (dist/), when there is one.
if (existsSync(join(root, "dist", "check", "index.html")))
  console.log(`\n${formatCheckerBench(await measureChecker(root))}`);
else console.log("\n/check/: skipped (run npm run build first to measure the checker)");
