/**
 * The Content-Security-Policy (astro.config.mjs, `security.csp`): every page carries it in <head>
 * before any script or style, it allows no inline script by name ('unsafe-inline'), it allows WebAssembly only
 * on the search page, and every page (search and the mail checker included) works under it without
 * a single violation reported.
 */
import { expect, test, type Page } from "@playwright/test";
import { readFileSync } from "node:fs";
import { amexHeaders, openChecker, pasteAndCheck } from "./checker.ts";

const dist = new URL("../../dist/", import.meta.url);

/** Paths of every page in the built sitemap, plus a missing page (the 404). */
function sitemapPaths(): string[] {
  const index = readFileSync(new URL("sitemap-index.xml", dist), "utf8");
  const maps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname.replace(/^\//, ""));
  return maps.flatMap((m) =>
    [...readFileSync(new URL(m, dist), "utf8").matchAll(/<loc>([^<]+)<\/loc>/g)].map((l) =>
      decodeURI(new URL(l[1]!).pathname),
    ),
  );
}

const paths = sitemapPaths();

/** The policy of a page's `<meta http-equiv>`, as directive → sources. */
function parsePolicy(content: string): Map<string, string[]> {
  return new Map(
    content
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...sources]) => [name!.toLowerCase(), sources]),
  );
}

/** Collects CSP violations (DOM events) and console errors from the moment the page starts. */
async function watch(page: Page): Promise<() => Promise<string[]>> {
  const errors: string[] = [];
  page.on("console", (m) => {
    // The 404 page itself arrives with status 404, which Chromium logs; anything else is a problem.
    const own404 = m.text().includes("status of 404") && new URL(m.location().url).pathname === "/no-such-page/";
    if (m.type() === "error" && !own404) errors.push(`console: ${m.text()} (${m.location().url})`);
  });
  page.on("pageerror", (e) => errors.push(`pageerror: ${e.message}`));
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener("securitypolicyviolation", (e) =>
      w.__csp.push(`${e.violatedDirective} blocked ${e.blockedURI || "inline"} (${e.sourceFile}:${e.lineNumber})`),
    );
  });
  return async () => [...errors, ...(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp))];
}

test("the sitemap lists the pages the policy tests visit", () => {
  expect(paths).toContain("/");
  expect(paths).toContain("/search/");
  expect(paths.some((p) => p.startsWith("/posts/"))).toBe(true);
});

for (const path of [...paths, "/no-such-page/"]) {
  test(`${path} carries the policy before any script or style and loads with no violation`, async ({ page }) => {
    const problems = await watch(page);
    await page.goto(path);
    await page.waitForLoadState("networkidle");
    const first = await page.evaluate(() => {
      const meta = document.querySelector('head > meta[http-equiv="content-security-policy"]');
      const before = [
        ...document.head.querySelectorAll(
          "script, style, link[rel~=stylesheet], link[rel~=preload], link[rel~=modulepreload]",
        ),
      ].filter((el) => meta && el.compareDocumentPosition(meta) & Node.DOCUMENT_POSITION_FOLLOWING);
      return { before: before.map((el) => el.outerHTML.slice(0, 60)), csp: meta?.getAttribute("content") ?? "" };
    });
    // A meta policy only covers what comes after it: no script, style or stylesheet may come first.
    expect(first.csp).not.toBe("");
    expect(first.before).toEqual([]);
    const policy = parsePolicy(first.csp);
    expect(policy.get("default-src")).toEqual(["'self'"]);
    expect(policy.get("connect-src")).toEqual(["'self'"]);
    expect(policy.get("object-src")).toEqual(["'none'"]);
    expect(policy.get("base-uri")).toEqual(["'self'"]);
    expect(policy.get("form-action")).toEqual(["'self'"]);
    const scripts = policy.get("script-src") ?? [];
    expect(scripts).toContain("'self'");
    expect(scripts).not.toContain("'unsafe-inline'");
    expect(scripts).not.toContain("'unsafe-eval'");
    expect(scripts.filter((s) => !/^'(self|wasm-unsafe-eval|sha(256|384|512)-[A-Za-z0-9+/=]+)'$/.test(s))).toEqual([]);
    // Pagefind compiles WebAssembly: allowed on the search page only.
    expect(scripts.includes("'wasm-unsafe-eval'")).toBe(path === "/search/");
    expect(policy.get("style-src") ?? []).not.toContain("'unsafe-inline'");
    expect(await problems()).toEqual([]);
  });
}

test("search works under the policy: a brand query returns that brand's cases with no violation", async ({ page }) => {
  const problems = await watch(page);
  await page.goto("/search/?q=アメックス");
  const results = page.getByRole("region", { name: "検索結果" });
  await expect(results.getByRole("status")).not.toHaveText(/^$|検索しています/, { timeout: 20_000 });
  await expect(results.getByRole("article").first()).toContainText("アメリカン・エキスプレス");
  // A second query typed by the reader, after the engine has loaded.
  const box = page.getByRole("searchbox", { name: "検索する言葉" });
  await box.fill("SMBC");
  await box.press("Enter");
  await expect(page).toHaveURL(/\/search\/\?q=SMBC/);
  await expect(results.getByRole("article").first()).toContainText("三井住友カード");
  expect(await problems()).toEqual([]);
});

test("the mail checker works under the policy (its Web Worker included) with no violation", async ({ page }) => {
  const problems = await watch(page);
  await openChecker(page);
  await pasteAndCheck(page, amexHeaders());
  await expect(
    page.getByRole("region", { name: "あなたのメールのヘッダー分析" }).getByText("送信元 IP アドレス: 163.43.131.56"),
  ).toBeVisible();
  expect(await problems()).toEqual([]);
});
