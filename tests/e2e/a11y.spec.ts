/**
 * axe-core finds no violation in the interactive states of the site: search showing results and
 * filters, the mail checker showing an SMS, a forwarded mail and the safe view, and pages in the dark
 * colour scheme. (Every page as loaded is checked in pages.spec.ts; the checker showing an analysed
 * mail in csp.spec.ts.)
 */
import { expect, test } from "@playwright/test";
import { sitemapPaths } from "./built-site.ts";
import { openChecker, pasteAndCheck } from "./checker.ts";
import { axeViolations, offOrigin, recordRequests } from "./page-checks.ts";

const paths = sitemapPaths();

test("the search page showing results: no request off the origin, no axe violation with the filters open", async ({
  page,
  baseURL,
}) => {
  const requests = recordRequests(page);
  await page.goto("/search/?q=アメックス");
  await page.waitForLoadState("networkidle");
  const results = page.getByRole("region", { name: "検索結果" });
  await expect(results.getByRole("article").first()).toBeVisible({ timeout: 20_000 });
  const { offsite, mixed } = offOrigin(requests, new URL(baseURL!).origin);
  expect.soft(offsite, "requests off the site's origin").toEqual([]);
  expect.soft(mixed, "no mixed content").toEqual([]);
  const filters = page.locator(".search-filters summary");
  if (await filters.count()) await filters.first().click();
  expect(await axeViolations(page), "axe violations").toEqual([]);
});

test.describe("in the dark colour scheme", () => {
  test.use({ colorScheme: "dark" });
  for (const path of ["/", paths.find((p) => p.startsWith("/posts/"))!, "/search/"]) {
    test(`axe finds no violation on ${path}`, async ({ page }) => {
      await page.goto(path);
      await page.waitForLoadState("networkidle");
      expect(await axeViolations(page)).toEqual([]);
    });
  }
});

test("axe finds no violation on the checker showing an SMS, a forwarded mail and the safe view", async ({ page }) => {
  await openChecker(page);
  const sms =
    "【佐川急便】お荷物のお届けにあがりましたが不在の為持ち帰りました。下記よりご確認ください。 http://sagawa-exz.com/ja";
  await pasteAndCheck(page, sms);
  await expect(page.getByRole("region", { name: "メッセージの本文（安全な表示）" })).toBeVisible({ timeout: 20_000 });
  expect(await axeViolations(page)).toEqual([]);
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
  expect(await axeViolations(page)).toEqual([]);
});

test("the axe check reports what it should: a picture without a text alternative fails it", async ({ page }) => {
  await page.goto("/about/");
  expect(await axeViolations(page)).toEqual([]);
  await page.evaluate(() => {
    const img = document.createElement("img");
    img.src = "/favicon.svg";
    document.querySelector("main")!.append(img);
  });
  expect((await axeViolations(page)).map((v) => v.split(" ")[0])).toContain("image-alt");
});
