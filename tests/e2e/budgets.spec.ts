/**
 * Budgets of the built site, measured in Chromium as a reader loads it:
 * - an article transfers at most 40 KB of HTML+CSS+JS before images (uncompressed) and runs no
 *   JavaScript (an inline script under 1 KB, such as a theme switch, would be allowed);
 * - images are sized and lazy;
 * - no page in the sitemap (nor the 404 page, nor a search) makes a request off the site's origin;
 * - no internal link or anchor in dist/ is broken.
 */
import { expect, test, type Page } from "@playwright/test";
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { join, posix } from "node:path";

const dist = new URL("../../dist/", import.meta.url).pathname;
const KB = 1024;
const ARTICLE_BUDGET = 40 * KB;
const INLINE_SCRIPT_ALLOWANCE = 1 * KB;

/** Paths of every page in the built sitemap. */
function sitemapPaths(): string[] {
  const locs = (file: string) =>
    [...readFileSync(join(dist, file), "utf8").matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  return locs("sitemap-index.xml").flatMap((map) => locs(map.replace(/^\//, "")).map(decodeURI));
}

const paths = sitemapPaths();
const articles = paths.filter((p) => p.startsWith("/posts/"));

/** Records every request the page makes from now on. */
function recordRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on("request", (r) => urls.push(r.url()));
  return urls;
}

test("the sitemap lists articles to measure", () => {
  expect(articles.length).toBeGreaterThan(0);
});

for (const path of articles) {
  test(`article ${path} stays within 40 KB of HTML+CSS+JS and runs no JavaScript`, async ({ page }) => {
    const sizes: { url: string; type: string; bytes: number }[] = [];
    const pending: Promise<void>[] = [];
    page.on("response", (res) => {
      const type = res.request().resourceType();
      if (!["document", "stylesheet", "script", "fetch", "xhr", "font"].includes(type)) return;
      pending.push(
        res.body().then(
          (b) => void sizes.push({ url: res.url(), type, bytes: b.length }),
          () => undefined,
        ),
      );
    });
    await page.goto(path);
    await page.waitForLoadState("networkidle");
    await Promise.all(pending);
    const total = sizes.reduce((n, s) => n + s.bytes, 0);
    const listing = sizes.map((s) => `${s.type} ${s.bytes} B ${s.url}`).join("\n");
    expect(total, `${total} B > ${ARTICLE_BUDGET} B:\n${listing}`).toBeLessThanOrEqual(ARTICLE_BUDGET);
    expect(
      sizes.filter((s) => s.type === "script"),
      "an article loads no script file",
    ).toEqual([]);

    const scripts = await page.evaluate(() =>
      [...document.scripts].map((s) => ({
        src: s.src,
        type: s.type,
        length: new TextEncoder().encode(s.textContent ?? "").length,
      })),
    );
    expect(scripts.filter((s) => s.src !== "")).toEqual([]);
    const inline = scripts.filter((s) => s.type === "" || /javascript|module/.test(s.type));
    expect(inline.reduce((n, s) => n + s.length, 0)).toBeLessThan(INLINE_SCRIPT_ALLOWANCE);
    // No inline event handlers either (they would be JavaScript, and the CSP would block them).
    expect(await page.locator("[onclick], [onload], [onerror], [onmouseover], [onfocus], [onsubmit]").count()).toBe(0);

    // Images in an article have their size reserved and do not load before they are scrolled to.
    for (const img of await page.locator("main img").all()) {
      await expect(img).toHaveAttribute("width", /^\d+$/);
      await expect(img).toHaveAttribute("height", /^\d+$/);
      await expect(img).toHaveAttribute("loading", "lazy");
    }
  });
}

test("an article reads with JavaScript turned off", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(articles[0]!);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.locator("article p").first()).toBeVisible();
  await context.close();
});

for (const path of [...paths, "/no-such-page/", "/search/?q=アメックス"]) {
  test(`${path} makes no request off the site's origin`, async ({ page, baseURL }) => {
    const requests = recordRequests(page);
    await page.goto(path);
    await page.waitForLoadState("networkidle");
    if (path.startsWith("/search/?q=")) {
      await expect(page.getByRole("region", { name: "検索結果" }).getByRole("article").first()).toBeVisible({
        timeout: 20_000,
      });
    }
    const origin = new URL(baseURL!).origin;
    const offsite = requests.filter((u) => !/^(data|blob):/.test(u) && new URL(u).origin !== origin);
    expect(offsite).toEqual([]);
    expect(
      requests.filter((u) => u.startsWith("http:") && !u.startsWith(origin)),
      "no mixed content",
    ).toEqual([]);
  });
}

test("no internal link or anchor in the built site is broken", async ({ page }) => {
  const files = readdirSync(dist, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".html"));
  expect(files.length).toBeGreaterThan(10);
  const site = new URL(readFileSync(join(dist, "sitemap-index.xml"), "utf8").match(/<loc>([^<]+)<\/loc>/)![1]!).origin;
  await page.goto("/");
  // Parse each page with the browser's own HTML parser; collect its references and its ids.
  const pages = await page.evaluate(
    (docs) =>
      docs.map(({ file, html }) => {
        const doc = new DOMParser().parseFromString(html, "text/html");
        const refs: string[] = [];
        for (const el of doc.querySelectorAll("[href], [src], [srcset], [poster], form[action]")) {
          for (const attr of ["href", "src", "poster", "action"]) {
            const v = el.getAttribute(attr);
            if (v !== null) refs.push(v);
          }
          const srcset = el.getAttribute("srcset");
          if (srcset) refs.push(...srcset.split(",").map((c) => c.trim().split(/\s+/)[0] ?? ""));
        }
        const ids = [...doc.querySelectorAll("[id]")]
          .map((e) => e.id)
          .concat([...doc.querySelectorAll("a[name]")].map((e) => e.getAttribute("name") ?? ""));
        return { file, refs, ids };
      }),
    files.map((file) => ({ file, html: readFileSync(join(dist, file), "utf8") })),
  );
  const idsByFile = new Map(pages.map((p) => [p.file, new Set(p.ids)]));

  /** The file a site path is served from (as the static server and most hosts do). */
  const fileFor = (pathname: string): string | undefined => {
    const rel = decodeURIComponent(pathname).replace(/^\/+/, "");
    const candidates = [rel, posix.join(rel, "index.html"), `${rel.replace(/\/$/, "")}.html`];
    return (
      candidates.find((c) => c !== "" && existsSync(join(dist, c)) && statSync(join(dist, c)).isFile()) ??
      (rel === "" ? "index.html" : undefined)
    );
  };

  const broken: string[] = [];
  for (const { file, refs } of pages) {
    const pageUrl = new URL("/" + file.replace(/index\.html$/, ""), site);
    for (const ref of refs) {
      if (ref === "" || /^(mailto|tel|data|javascript):/i.test(ref)) continue;
      const url = new URL(ref, pageUrl);
      if (url.origin !== site) continue; // off-site addresses are the site guard's business
      const target = fileFor(url.pathname);
      if (!target) {
        broken.push(`${file}: ${ref} → no file for ${url.pathname}`);
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && target.endsWith(".html") && !idsByFile.get(target)?.has(fragment))
        broken.push(`${file}: ${ref} → no id "${fragment}" in ${target}`);
    }
  }
  expect(broken).toEqual([]);
});
