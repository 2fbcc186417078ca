/**
 * `npm run bench:checker` (also run at the end of `npm run bench`): the reader's side of /check/,
 * measured in Chromium against the built site (dist/): the JavaScript the page fetches before the
 * first result (gzip, as a CDN would serve it; the Web Worker and the chunks it loads included), and
 * the time from pressing 「調べる」 to the result, for a typical mail and for an SMS. Median of 5.
 */
import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { chromium, type Page } from "playwright-core";
import { chromiumArgs, findChromium } from "../e2e/chromium.ts";

export interface CheckerBench {
  /** JavaScript fetched before the first result: files, raw and gzip bytes. */
  js: { files: number; raw: number; gzip: number; names: string[] };
  mailMs: number;
  smsMs: number;
  mailBytes: number;
}

const SMS =
  "【佐川急便】お荷物のお届けにあがりましたが不在の為持ち帰りました。下記よりご確認ください。 http://sagawa-exz.com/ja";

async function timeCheck(page: Page, text: string, runs = 5): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    await page.locator("#checker-input").fill(text);
    const start = Date.now();
    await page.getByRole("button", { name: "調べる" }).click();
    await page.getByRole("status").filter({ hasText: "を調べました" }).waitFor({ timeout: 60_000 });
    times.push(Date.now() - start);
    await page.getByRole("button", { name: "消去" }).click();
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? 0;
}

/** Measures /check/ served from `dist`. */
export async function measureChecker(root: string, dist = join(root, "dist")): Promise<CheckerBench> {
  const port = 4900 + Math.floor(Math.random() * 400);
  const server = spawn(process.execPath, [join(root, "tests", "e2e", "serve-dist.mjs"), String(port), dist], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  await new Promise<void>((resolve, reject) => {
    server.stdout.once("data", () => resolve());
    server.once("exit", (code) => reject(new Error(`static server exited (${code})`)));
  });
  const executablePath = findChromium();
  const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: chromiumArgs });
  try {
    const page = await browser.newPage();
    const scripts: Promise<{ url: string; body: Buffer } | undefined>[] = [];
    let counting = true;
    const record = (res: { url(): string; body(): Promise<Buffer> }) => {
      if (!counting || !/\.m?js(\?|$)/.test(new URL(res.url()).pathname)) return;
      scripts.push(
        res.body().then(
          (body) => ({ url: res.url(), body }),
          () => undefined,
        ),
      );
    };
    page.on("response", record);
    page.on("worker", (worker) => worker.on("console", () => {}));
    const mail = readFileSync(join(root, "tests", "fixtures", "emails", "b6ace0d57385.eml"), "utf8");
    await page.goto(`http://127.0.0.1:${port}/check/`);
    await page.locator("#checker-input").fill(SMS);
    await page.getByRole("button", { name: "調べる" }).click();
    await page.getByRole("status").filter({ hasText: "を調べました" }).waitFor({ timeout: 60_000 });
    counting = false;
    const files = (await Promise.all(scripts)).filter((s): s is { url: string; body: Buffer } => !!s);
    await page.getByRole("button", { name: "消去" }).click();
    const mailMs = await timeCheck(page, mail);
    const smsMs = await timeCheck(page, SMS);
    return {
      js: {
        files: files.length,
        raw: files.reduce((n, f) => n + f.body.length, 0),
        gzip: files.reduce((n, f) => n + gzipSync(f.body, { level: 6 }).length, 0),
        names: files.map((f) => new URL(f.url).pathname.split("/").pop() ?? ""),
      },
      mailMs,
      smsMs,
      mailBytes: Buffer.byteLength(mail),
    };
  } finally {
    await browser.close();
    server.kill();
  }
}

/** The lines `npm run bench` prints. */
export function formatCheckerBench(b: CheckerBench): string {
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  return [
    `/check/: JavaScript before the first result: ${b.js.files} files, ${kb(b.js.raw)} raw, ${kb(b.js.gzip)} gzip (target ≤ 120 KB gzip ${b.js.gzip <= 120 * 1024 ? "✔" : "✖"})`,
    `  ${b.js.names.join(", ")}`,
    `  paste → result (median of 5): typical mail (${kb(b.mailBytes)}) ${b.mailMs} ms, SMS ${b.smsMs} ms`,
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
