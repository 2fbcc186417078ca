/**
 * axe-core finds no violation on any page of the built site: every sitemap URL (home, articles,
 * brands, tags, categories, search, the mail checker, about), the 404 page, and the interactive
 * states of search (results shown) and of the mail checker (a mail analysed).
 */
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { readFileSync } from "node:fs";
import { amexHeaders, openChecker, pasteAndCheck } from "./checker.ts";

const dist = new URL("../../dist/", import.meta.url);

/** Paths of every page in the built sitemap. */
function sitemapPaths(): string[] {
  const locs = (file: string) =>
    [...readFileSync(new URL(file, dist), "utf8").matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  return locs("sitemap-index.xml").flatMap((map) => locs(map.replace(/^\//, "")).map(decodeURI));
}

const paths = sitemapPaths();

async function violations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"])
    .analyze();
  return result.violations.map(
    (v) =>
      `${v.id} (${v.impact ?? "?"}): ${v.help}\n${v.nodes.map((n) => `  ${n.target.join(" ")}: ${n.failureSummary ?? ""}`).join("\n")}`,
  );
}

test("the sitemap covers home, articles, brands, tags and search", () => {
  for (const prefix of ["/posts/", "/brands/", "/tags/", "/search/"])
    expect(paths.some((p) => p.startsWith(prefix))).toBe(true);
  expect(paths).toContain("/");
});

for (const path of [...paths, "/no-such-page/"]) {
  test(`axe finds no violation on ${path}`, async ({ page }) => {
    await page.goto(path);
    await page.waitForLoadState("networkidle");
    expect(await violations(page)).toEqual([]);
  });
}

test("axe finds no violation on the search page showing results and filters", async ({ page }) => {
  await page.goto("/search/?q=アメックス");
  const results = page.getByRole("region", { name: "検索結果" });
  await expect(results.getByRole("article").first()).toBeVisible({ timeout: 20_000 });
  const filters = page.locator(".search-filters summary");
  if (await filters.count()) await filters.first().click();
  expect(await violations(page)).toEqual([]);
});

test("axe finds no violation on the mail checker showing an analysed mail", async ({ page }) => {
  await openChecker(page);
  await pasteAndCheck(page, amexHeaders());
  await expect(page.getByRole("region", { name: "あなたのメールのヘッダー分析" })).toBeVisible({ timeout: 20_000 });
  expect(await violations(page)).toEqual([]);
});

test.describe("in the dark colour scheme", () => {
  test.use({ colorScheme: "dark" });
  for (const path of ["/", paths.find((p) => p.startsWith("/posts/"))!, "/search/"]) {
    test(`axe finds no violation on ${path}`, async ({ page }) => {
      await page.goto(path);
      await page.waitForLoadState("networkidle");
      expect(await violations(page)).toEqual([]);
    });
  }
});

test("axe finds no violation on the checker showing an SMS, a forwarded mail and the safe view", async ({ page }) => {
  await openChecker(page);
  const sms =
    "【佐川急便】お荷物のお届けにあがりましたが不在の為持ち帰りました。下記よりご確認ください。 http://sagawa-exz.com/ja";
  await pasteAndCheck(page, sms);
  await expect(page.getByRole("region", { name: "メッセージの本文（安全な表示）" })).toBeVisible({ timeout: 20_000 });
  expect(await violations(page)).toEqual([]);
  const forward = [
    "From: me@example.jp",
    "Subject: Fwd: 停止",
    'Content-Type: multipart/mixed; boundary="b"',
    "",
    "--b",
    "Content-Type: text/html; charset=utf-8",
    "",
    '<p>見て</p><a href="https://evil.example/">https://www.amazon.co.jp/</a><img src="https://t.example/p.gif" alt="ロゴ">',
    "--b",
    "Content-Type: message/rfc822",
    "",
    "From: Amazon <info@evil.example>\nSubject: 停止\n\nアカウントを停止しました https://evil.example/",
    "--b--",
  ].join("\n");
  await pasteAndCheck(page, forward);
  await expect(page.getByRole("region", { name: "転送された元のメール" })).toBeVisible({ timeout: 20_000 });
  expect(await violations(page)).toEqual([]);
});
