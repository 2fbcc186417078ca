/**
 * The Content-Security-Policy (astro.config.mjs, `security.csp`) while the reader uses the site:
 * search and the mail checker (its Web Worker included) work under it without a single violation
 * reported. (Every page as loaded is checked in pages.spec.ts.)
 */
import { expect, test } from "@playwright/test";
import { amexHeaders, openChecker, pasteAndCheck } from "./checker.ts";
import { axeViolations, watchPolicy } from "./page-checks.ts";

test("search works under the policy: a brand query returns that brand's cases with no violation", async ({ page }) => {
  const problems = await watchPolicy(page);
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

test("the mail checker showing an analysed mail: no policy violation (its Web Worker included), no axe violation", async ({
  page,
}) => {
  const problems = await watchPolicy(page);
  await openChecker(page);
  await pasteAndCheck(page, amexHeaders());
  const breakdown = page.getByRole("region", { name: "あなたのメールのヘッダー分析" });
  await expect(breakdown).toBeVisible({ timeout: 20_000 });
  await expect(breakdown.getByText("送信元 IP アドレス: 163.43.131.56")).toBeVisible();
  expect.soft(await problems(), "CSP violations and console errors").toEqual([]);
  expect(await axeViolations(page), "axe violations").toEqual([]);
});
