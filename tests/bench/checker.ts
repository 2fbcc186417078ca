/**
 * `npm run bench:checker` (also run at the end of `npm run bench`): the reader's side of /check/,
 * measured in Chromium against the built site (dist/), for an SMS pasted as text, a mail dropped as an
 * .eml file and an Outlook .msg (issue 20):
 * - the JavaScript fetched before the verdict shows (gzip, as a CDN would serve it; the Web Worker and
 *   every chunk it loads included), and the other bytes it fetched (JSON data);
 * - the time from pressing 「調べる」 to the verdict on a throttled phone profile (Chromium's Slow 4G
 *   network and a 4× CPU slowdown, through the DevTools protocol), median of 5, each in a fresh page.
 * Prints numbers only: times vary from run to run; the byte budgets are asserted by the browser tests.
 */
import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { chromium, type Browser, type Page } from "playwright-core";
import { chromiumArgs, resolveChromium } from "../e2e/chromium.ts";
import { recordVerdictTime, verdictTime } from "../e2e/checker.ts";

export const BENCH_SMS =
  "【佐川急便】お荷物のお届けにあがりましたが不在の為持ち帰りました。下記よりご確認ください。 http://sagawa-exz.com/ja";

/** What one kind of input fetched before its verdict showed. */
export interface InputBytes {
  jsFiles: number;
  jsGzip: number;
  jsRaw: number;
  otherGzip: number;
  names: string[];
}

export interface CheckerBench {
  sms: InputBytes;
  mail: InputBytes;
  msg: InputBytes;
  /** Time from 調べる to the verdict, throttled (median of 5). */
  smsMs: number;
  mailMs: number;
  /** The /check/ HTML, uncompressed. */
  htmlBytes: number;
}

type Input = { kind: "text"; text: string } | { kind: "file"; path: string };

/** Waits until the checker's island is hydrated (a click before that would submit the form natively). */
async function ready(page: Page): Promise<void> {
  await page.locator("astro-island:not([ssr]) .checker-form").waitFor({ timeout: 120_000 });
}

async function submit(page: Page, input: Input): Promise<void> {
  await ready(page);
  if (input.kind === "text") {
    await page.locator("#checker-input").fill(input.text);
    await page.getByRole("button", { name: "調べる" }).click();
  } else {
    await page.locator('input[type="file"]').setInputFiles(input.path);
  }
}

/** Every script and data response of a page (its worker's included) until the verdict shows. */
export async function bytesBeforeVerdict(
  browser: Browser,
  origin: string,
  input: Input,
  dist: string,
): Promise<InputBytes> {
  const context = await browser.newContext();
  // The moment the verdict appears, in the page's own clock (epoch milliseconds).
  await context.addInitScript(recordVerdictTime);
  const page = await context.newPage();
  type Got = { url: string; body: Buffer; js: boolean; started: number };
  const responses: Promise<Got | undefined>[] = [];
  context.on("response", (res) => {
    const path = new URL(res.url()).pathname;
    const js = /[.]m?js$/.test(path);
    if (!js && !/[.]json$/.test(path) && !/[.]bin$/.test(path)) return;
    const started = res.request().timing().startTime;
    // The bytes are the served file's (Playwright's response.body() can wait forever on a response that
    // a preload or a worker consumed): read from dist/ by the request's path.
    const file = join(dist, decodeURIComponent(path));
    responses.push(
      Promise.resolve(existsSync(file) ? { url: res.url(), body: readFileSync(file), js, started } : undefined),
    );
  });
  await page.goto(`${origin}/check/`, { waitUntil: "load" });
  await submit(page, input);
  await page.locator("[data-overall-verdict]").waitFor({ timeout: 60_000 });
  const verdictAt = await verdictTime(page);
  await page.waitForLoadState("networkidle", { timeout: 30_000 }).catch(() => undefined);
  // What was requested before the verdict appeared; what the details load afterwards does not count.
  const got = (await Promise.all(responses)).filter((r): r is Got => !!r && r.started <= verdictAt);
  await context.close();
  const js = got.filter((r) => r.js);
  return {
    jsFiles: js.length,
    jsRaw: js.reduce((n, f) => n + f.body.length, 0),
    jsGzip: js.reduce((n, f) => n + gzipSync(f.body, { level: 6 }).length, 0),
    otherGzip: got.filter((r) => !r.js).reduce((n, f) => n + gzipSync(f.body, { level: 6 }).length, 0),
    names: js.map((f) => new URL(f.url).pathname.split("/").pop() ?? ""),
  };
}

/** Chromium DevTools' "Slow 4G" preset, in bytes per second and milliseconds. */
const SLOW_4G = { latency: 150 * 3.75, download: ((1.6 * 1000 * 1000) / 8) * 0.9, upload: ((750 * 1000) / 8) * 0.9 };

async function throttledMs(browser: Browser, origin: string, input: Input, runs = 5): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send("Network.enable");
    await cdp.send("Network.emulateNetworkConditions", {
      offline: false,
      latency: SLOW_4G.latency,
      downloadThroughput: SLOW_4G.download,
      uploadThroughput: SLOW_4G.upload,
    });
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
    await page.goto(`${origin}/check/`, { waitUntil: "load" });
    const start = Date.now();
    await submit(page, input);
    await page.locator("[data-overall-verdict]").waitFor({ timeout: 120_000 });
    times.push(Date.now() - start);
    await context.close();
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? 0;
}

/** Serves `dist` on a free port for the duration of `run`. */
export async function withServer<T>(root: string, dist: string, run: (origin: string) => Promise<T>): Promise<T> {
  const port = 4900 + Math.floor(Math.random() * 400);
  const server = spawn(process.execPath, [join(root, "tests", "e2e", "serve-dist.mjs"), String(port), dist], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  await new Promise<void>((resolve, reject) => {
    server.stdout.once("data", () => resolve());
    server.once("exit", (code) => reject(new Error(`static server exited (${code})`)));
  });
  try {
    return await run(`http://127.0.0.1:${port}`);
  } finally {
    server.kill();
  }
}

/** Measures /check/ served from `dist`. */
export async function measureChecker(root: string, dist = join(root, "dist")): Promise<CheckerBench> {
  const found = await resolveChromium();
  const browser = await chromium.launch({
    executablePath: found.executablePath,
    args: chromiumArgs,
    ...(found.env ? { env: { ...process.env, ...found.env } } : {}),
  });
  const mail: Input = { kind: "file", path: join(root, "tests", "fixtures", "emails", "b6ace0d57385.eml") };
  const msg: Input = { kind: "file", path: join(root, "tests", "fixtures", "msg", "html-link.msg") };
  const sms: Input = { kind: "text", text: BENCH_SMS };
  try {
    return await withServer(root, dist, async (origin) => ({
      sms: await bytesBeforeVerdict(browser, origin, sms, dist),
      mail: await bytesBeforeVerdict(browser, origin, mail, dist),
      msg: await bytesBeforeVerdict(browser, origin, msg, dist),
      smsMs: await throttledMs(browser, origin, sms),
      mailMs: await throttledMs(browser, origin, mail),
      htmlBytes: readFileSync(join(dist, "check", "index.html")).length,
    }));
  } finally {
    await browser.close();
  }
}

/** The lines `npm run bench` prints. */
export function formatCheckerBench(b: CheckerBench): string {
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  const line = (name: string, x: InputBytes, budget: number) =>
    `  ${name.padEnd(5)} JS ${kb(x.jsGzip)} gzip in ${x.jsFiles} files (${kb(x.jsRaw)} raw; budget ${budget} KB ${x.jsGzip <= budget * 1024 ? "✔" : "✖"}), data ${kb(x.otherGzip)} gzip\n        ${x.names.join(", ")}`;
  return [
    `/check/ (HTML ${kb(b.htmlBytes)}, budget 30 KB ${b.htmlBytes <= 30 * 1024 ? "✔" : "✖"}): bytes fetched before the verdict shows`,
    line("SMS", b.sms, 60),
    line("mail", b.mail, 120),
    line(".msg", b.msg, 120),
    `  調べる → verdict on Slow 4G + 4× CPU (median of 5): SMS ${b.smsMs} ms (target ≤ 2500 ms ${b.smsMs <= 2500 ? "✔" : "✖"}), mail ${b.mailMs} ms`,
  ].join("\n");
}

if (import.meta.main) {
  const root = new URL("../..", import.meta.url).pathname;
  if (!existsSync(join(root, "dist", "check", "index.html"))) {
    console.error("dist/ has no /check/ page: run npm run build first.");
    process.exitCode = 1;
  } else {
    console.log(formatCheckerBench(await measureChecker(root)));
  }
}
