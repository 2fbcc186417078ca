/**
 * Every page of the built site, loaded once, with every per-page check run on that one load:
 * - the Content-Security-Policy (astro.config.mjs, `security.csp`): a `<meta>` policy in <head>
 *   before any script or style, allowing no inline script by name ('unsafe-inline'), WebAssembly on
 *   the search page only, and no violation (nor console error) while the page loads;
 * - no request off the site's origin, and no mixed content;
 * - an article transfers at most 40 KB of HTML+CSS+JS before images (uncompressed) and runs no
 *   JavaScript (an inline script under 1 KB, such as a theme switch, would be allowed); its images
 *   are sized and lazy;
 * - axe-core finds no violation.
 * The pages: every sitemap URL (home, articles, brands, tags, categories, search, the mail checker,
 * about) and the 404 page. One test per page, titled by its path; each check is a step and uses
 * soft assertions, so one run reports every problem of a page. Interactive states (search results,
 * an analysed mail, the dark colour scheme) are in a11y.spec.ts and csp.spec.ts.
 */
import { expect, type Page } from "@playwright/test";
import { sitemapPaths } from "./built-site.ts";
import { sourceBrands, sourcePosts } from "./content.ts";
import { test } from "./shared-page.ts";
import { axeViolations, MISSING_PAGE, offOrigin, recordRequests, trackSettled, watchPolicy } from "./page-checks.ts";


const KB = 1024;
const ARTICLE_BUDGET = 40 * KB;
const INLINE_SCRIPT_ALLOWANCE = 1 * KB;

const paths = sitemapPaths();
const posts = sourcePosts().filter((p) => !p.draft);
const brands = sourceBrands();
const brandName = new Map(brands.map((b) => [b.id, b.nameJa]));

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

/** Sizes of the HTML, CSS, JS (and fetched data, fonts) the page transfers, read as they arrive. */
function recordSizes(page: Page): () => Promise<{ url: string; type: string; bytes: number }[]> {
  const sizes: { url: string; type: string; bytes: number }[] = [];
  const pending: Promise<void>[] = [];
  const onResponse = (res: import("@playwright/test").Response) => {
    const type = res.request().resourceType();
    if (!["document", "stylesheet", "script", "fetch", "xhr", "font"].includes(type)) return;
    pending.push(
      res.body().then(
        (b) => void sizes.push({ url: res.url(), type, bytes: b.length }),
        () => undefined,
      ),
    );
  };
  page.on("response", onResponse);
  return async () => {
    page.off("response", onResponse);
    await Promise.all(pending);
    return sizes;
  };
}

test("the sitemap covers home, every case, every brand, tags, search and the mail checker", () => {
  for (const post of posts) expect(paths, `case ${post.id}`).toContain(`/posts/${post.id}/`);
  for (const brand of brands) expect(paths, `brand ${brand.id}`).toContain(`/brands/${brand.id}/`);
  expect(paths).toContain("/");
  expect(paths).toContain("/search/");
  expect(paths).toContain("/check/");
  for (const prefix of ["/posts/", "/brands/", "/tags/", "/search/"])
    expect(paths.some((p) => p.startsWith(prefix)), `a page under ${prefix}`).toBe(true);
});

for (const path of [...paths, MISSING_PAGE]) {
  const article = path.startsWith("/posts/");
  test(`${path}: policy, origin, ${article ? "article budget, " : ""}axe`, async ({ page, baseURL }) => {
    const problems = await watchPolicy(page);
    const requests = recordRequests(page);
    const sizes = article ? recordSizes(page) : undefined;
    const settled = trackSettled(page);
    await page.goto(path);
    await settled();
    problems.stop();
    requests.stop();
    const loaded = await sizes?.();

    // What the page is for, from the sources it is built from (content/).
    const post = posts.find((p) => path === `/posts/${p.id}/`);
    if (post)
      await test.step("shows the case's title, date, brands and related cases", async () => {
        await expect.soft(page.getByRole("heading", { level: 1, name: post.title })).toBeVisible();
        await expect.soft(page.locator("article time").first()).toBeVisible();
        for (const id of post.brands)
          await expect
            .soft(page.locator("article header").getByRole("link", { name: brandName.get(id)! }), `brand ${id}`)
            .toHaveAttribute("href", `/brands/${id}/`);
        await expect.soft(page.getByRole("heading", { name: "関連する事例" })).toBeVisible();
      });
    const brand = brands.find((b) => path === `/brands/${b.id}/`);
    if (brand)
      await test.step("names the brand and lists exactly its cases", async () => {
        await expect.soft(page.getByRole("heading", { level: 1 })).toContainText(brand.nameJa);
        const titles = await page.locator("main .post-card h3").allInnerTexts();
        const expected = posts.filter((p) => p.brands.includes(brand.id)).map((p) => p.title);
        expect.soft(titles.sort()).toEqual(expected.sort());
      });

    await test.step("carries the policy before any script or style and loads with no violation", async () => {
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
      expect.soft(first.csp, `${path}: a <meta> policy in <head>`).not.toBe("");
      expect.soft(first.before, `${path}: nothing before the policy`).toEqual([]);
      const policy = parsePolicy(first.csp);
      expect.soft(policy.get("default-src"), `${path}: default-src`).toEqual(["'self'"]);
      expect.soft(policy.get("connect-src"), `${path}: connect-src`).toEqual(["'self'"]);
      expect.soft(policy.get("object-src"), `${path}: object-src`).toEqual(["'none'"]);
      expect.soft(policy.get("base-uri"), `${path}: base-uri`).toEqual(["'self'"]);
      expect.soft(policy.get("form-action"), `${path}: form-action`).toEqual(["'self'"]);
      const scripts = policy.get("script-src") ?? [];
      expect.soft(scripts, `${path}: script-src`).toContain("'self'");
      expect.soft(scripts, `${path}: script-src`).not.toContain("'unsafe-inline'");
      expect.soft(scripts, `${path}: script-src`).not.toContain("'unsafe-eval'");
      expect
        .soft(
          scripts.filter((s) => !/^'(self|wasm-unsafe-eval|sha(256|384|512)-[A-Za-z0-9+/=]+)'$/.test(s)),
          `${path}: script-src holds only 'self', hashes and 'wasm-unsafe-eval'`,
        )
        .toEqual([]);
      // Pagefind compiles WebAssembly: allowed on the search page only.
      expect
        .soft(scripts.includes("'wasm-unsafe-eval'"), `${path}: 'wasm-unsafe-eval' on the search page only`)
        .toBe(path === "/search/");
      expect.soft(policy.get("style-src") ?? [], `${path}: style-src`).not.toContain("'unsafe-inline'");
      expect.soft(await problems(), `${path}: CSP violations and console errors`).toEqual([]);
    });

    await test.step("makes no request off the site's origin", async () => {
      const { offsite, mixed } = offOrigin(requests, new URL(baseURL!).origin);
      expect.soft(offsite, `${path}: requests off the site's origin`).toEqual([]);
      expect.soft(mixed, `${path}: no mixed content`).toEqual([]);
    });

    if (loaded) {
      await test.step("stays within 40 KB of HTML+CSS+JS and runs no JavaScript", async () => {
        const total = loaded.reduce((n, s) => n + s.bytes, 0);
        const listing = loaded.map((s) => `${s.type} ${s.bytes} B ${s.url}`).join("\n");
        expect.soft(total, `${path}: ${total} B > ${ARTICLE_BUDGET} B:\n${listing}`).toBeLessThanOrEqual(ARTICLE_BUDGET);
        expect
          .soft(
            loaded.filter((s) => s.type === "script"),
            `${path}: an article loads no script file`,
          )
          .toEqual([]);

        const scripts = await page.evaluate(() =>
          [...document.scripts].map((s) => ({
            src: s.src,
            type: s.type,
            length: new TextEncoder().encode(s.textContent ?? "").length,
          })),
        );
        expect.soft(scripts.filter((s) => s.src !== ""), `${path}: no <script src>`).toEqual([]);
        const inline = scripts.filter((s) => s.type === "" || /javascript|module/.test(s.type));
        expect
          .soft(inline.reduce((n, s) => n + s.length, 0), `${path}: bytes of inline script`)
          .toBeLessThan(INLINE_SCRIPT_ALLOWANCE);
        // No inline event handlers either (they would be JavaScript, and the CSP would block them).
        expect
          .soft(
            await page.locator("[onclick], [onload], [onerror], [onmouseover], [onfocus], [onsubmit]").count(),
            `${path}: inline event handlers`,
          )
          .toBe(0);

        // Images in an article have their size reserved and do not load before they are scrolled to.
        for (const img of await page.locator("main img").all()) {
          await expect.soft(img, `${path}: image width`).toHaveAttribute("width", /^\d+$/);
          await expect.soft(img, `${path}: image height`).toHaveAttribute("height", /^\d+$/);
          await expect.soft(img, `${path}: image loads lazily`).toHaveAttribute("loading", "lazy");
        }
      });
    }

    await test.step("axe finds no violation", async () => {
      expect.soft(await axeViolations(page), `${path}: axe violations`).toEqual([]);
    });
  });
}
