/** What a reader sees in the case articles: the header breakdown and the safe link previews. */
import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { sitemapPaths } from "./built-site.ts";

const amex = "/posts/2026-11-amex-suspension-lifted/";
const smbc = "/posts/2026-11-smbc-card-same-template/";

test("an article reads with JavaScript turned off", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(sitemapPaths().find((p) => p.startsWith("/posts/"))!);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.locator("article p").first()).toBeVisible();
  await context.close();
});

test("the Amex article breaks the headers down with flags, notes, hops and the origin IP", async ({ page }) => {
  await page.goto(amex);
  const breakdown = page.getByRole("region", { name: "メールヘッダーの分析" });
  await expect(breakdown).toBeVisible();
  await expect(breakdown.getByRole("heading", { name: /メールヘッダーの分析（抜粋）/ })).toBeVisible();
  // Summary: display name vs real address, Return-Path on another domain.
  await expect(breakdown.getByText("American Express <info@auccwallt.top>")).toBeVisible();
  await expect(breakdown.getByText("From と別のドメイン").first()).toBeVisible();
  // Red flags in plain Japanese, most serious first.
  const flags = breakdown.locator(".hb-flags > li");
  await expect(flags.first()).toContainText("危険");
  await expect(flags.first()).toContainText(
    "アメリカン・エキスプレスのドメイン（americanexpress[.]com）ではありません",
  );
  await expect(breakdown.locator(".hb-claim").first()).toContainText(
    "このメールは『アメリカン・エキスプレス』を名乗っています",
  );
  // The author's note sits with the header it explains.
  await expect(breakdown.locator('[data-header="Return-Path"]')).toContainText(
    "返送先のドメイン xdsndkpbg.com も From とは別",
  );
  // Origin IP and the looked-up fact with its date.
  await expect(breakdown.getByText(/送信元 IP アドレス:\s*163\.43\.131\.56/)).toBeVisible();
  // The author's remaining fact (the Return-Path domain was unused) with its date.
  await expect(breakdown.getByText("2026年11月20日に確認").first()).toBeVisible();
  // The recipient is masked, and the page says so.
  await expect(breakdown.getByRole("note").first()).toContainText("伏せ字");
  await expect(page.locator("body")).not.toContainText("user@example.jp");
  // Nothing from the mail in the breakdown is a link: the links are DB-IP's credit for the IP owners,
  // the page with the raw header text and the checker (whose verdict on this file is shown).
  await expect(breakdown.getByRole("link")).toHaveCount(3);
  await expect(breakdown.getByRole("link", { name: "このメールを調べると" })).toHaveAttribute("href", "/check/");
  await expect(breakdown.locator("[data-verdict]").first()).toHaveAttribute("data-verdict", "danger");
  await expect(breakdown.getByRole("link", { name: /IP Geolocation by DB-IP/ })).toHaveAttribute(
    "href",
    "https://db-ip.com",
  );
  await expect(breakdown.getByRole("link", { name: /ヘッダーの原文（全 \d+ 行）を見る/ })).toHaveAttribute(
    "href",
    "/headers/2026-11-amex-suspension-lifted/headers/",
  );
  // Who holds the sending server, computed at build time from the offline data, not from the author's facts.
  await expect(breakdown.locator(".hb-owner").last()).toHaveText(
    /持ち主: さくらインターネット（SAKURA Internet Inc\.、AS9370）・日本/,
  );
  await expect(breakdown).toContainText("2026年6月時点の公開データ");
});

test("the link preview is defanged text with a verdict, never a link", async ({ page }) => {
  await page.goto(amex);
  const preview = page.locator("figure.sl").first();
  await expect(preview.locator("code.sl-url")).toHaveText(
    "hxxps://www[.]americanexpress[.]com/ja-jp/account/login?inav=iNavLnkLog",
  );
  await expect(preview).toContainText("判定: 公式ドメイン（アメリカン・エキスプレス）");
  await expect(preview).toContainText("メールのリンクからは開かないでください");
  await expect(preview.getByRole("link")).toHaveCount(0);
  expect(await preview.locator("[href]").count()).toBe(0);
  // Tabbing through the page never lands inside the preview.
  const focusable = await preview.evaluate((el) => el.querySelectorAll("a, button, input, [tabindex]").length);
  expect(focusable).toBe(0);
  // The defanged address can be selected and copied as text.
  const selected = await preview.locator("code.sl-url").evaluate((el) => {
    const range = document.createRange();
    range.selectNodeContents(el);
    const sel = getSelection()!;
    sel.removeAllRanges();
    sel.addRange(range);
    return sel.toString();
  });
  expect(selected).toBe("hxxps://www[.]americanexpress[.]com/ja-jp/account/login?inav=iNavLnkLog");
});

test("the SMBC article judges vpass.jp against the brand's sourced domains and shows the shared template's headers", async ({
  page,
}) => {
  await page.goto(smbc);
  const preview = page.locator("figure.sl").first();
  await expect(preview.locator("code.sl-url")).toHaveText("hxxps://s[.]vpass[.]jp/sec_error");
  // The brand's name under another ending: no source confirms it is 三井住友カード's, none shows it is fake.
  await expect(preview).toHaveAttribute("data-verdict", "unconfirmed-brand");
  await expect(preview).toContainText("vpass[.]ne[.]jp");
  await expect(page.getByRole("region", { name: /同じ文面のアメックス版メールのヘッダー分析/ })).toBeVisible();
});

test("no article text from a mail is clickable, and articles load no script file and run at most 1 KB inline", async ({ page }) => {
  for (const path of [amex, smbc]) {
    await page.goto(path);
    const hrefs = await page
      .locator("article a[href]")
      .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    // The one outbound link is the credit DB-IP's licence asks for beside the IP owners.
    for (const href of hrefs.filter((h) => h !== "https://db-ip.com/"))
      expect(new URL(href).origin).toBe(new URL(page.url()).origin);
    await expect(page.getByRole("link", { name: /IP Geolocation by DB-IP/ }).first()).toHaveAttribute(
      "href",
      "https://db-ip.com",
    );
    expect(await page.locator("script[src]").count()).toBe(0);
    // The only script is the share control's (issue 21: at most 1 KB of inline script an article).
    const inline = await page
      .locator("script:not([type='application/ld+json'])")
      .evaluateAll((ss) => ss.map((s) => new TextEncoder().encode(s.textContent ?? "").length));
    expect(inline.length).toBeLessThanOrEqual(1);
    expect(inline.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(1024);
  }
});

test("an allow-listed outbound link stays clickable, says it leaves the site, and sends no referrer", async ({
  page,
}) => {
  await page.goto("/about/");
  const link = page.getByRole("link", { name: /フィッシング対策協議会/ });
  await expect(link).toHaveAttribute("href", "https://www.antiphishing.jp/");
  await expect(link).toHaveAttribute("rel", "noopener noreferrer");
  await expect(link).toHaveAccessibleName(/（外部サイト）/);
  const marker = await link.evaluate((a) => getComputedStyle(a, "::after").content);
  expect(marker).toContain("↗");
});

test("the raw header text has its own page: every line, masked, flagged lines marked, nothing a link", async ({
  page,
}) => {
  await page.goto(amex);
  await page.getByRole("link", { name: /ヘッダーの原文（全 \d+ 行）を見る/ }).click();
  await expect(page).toHaveURL(/\/headers\/2026-11-amex-suspension-lifted\/headers\/$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("ヘッダーの原文");
  const raw = page.getByRole("region", { name: "メールヘッダーの原文" });
  // One line per line of the post's header file, as the author saved it.
  const file = readFileSync(
    new URL("../../content/posts/2026-11-amex-suspension-lifted/headers.eml", import.meta.url),
    "utf8",
  );
  const lines = file.replace(/\r?\n$/, "").split(/\r?\n/).length;
  await expect(raw.locator(".hb-line")).toHaveCount(lines);
  await expect(raw).toContainText(/^From: .*$/m.exec(file)![0]);
  await expect(raw.locator(".hb-line--flagged").first()).toBeVisible();
  await expect(raw.getByRole("link")).toHaveCount(0);
  await expect(page.locator("body")).not.toContainText("user@example.jp");
  await page.getByRole("link", { name: "記事に戻る" }).click();
  await expect(page).toHaveURL(new RegExp(`${amex}$`));
});

test("the mailing-list guide explains a list mail with a real breakdown, and cases link to it", async ({ page }) => {
  await page.goto("/guide/mailing-lists/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("メーリングリストを通ったメールの読み方");
  const breakdown = page.getByRole("region", { name: /リストを通ったメールのヘッダー/ });
  await expect(breakdown).toBeVisible();
  // The list's own hops are told apart from the sender's server.
  await expect(breakdown.locator(".hb-hop--list")).toContainText("リストの配信");
  await expect(breakdown.locator(".hb-hop--origin")).toContainText("173.82.212.139");
  await page.goto("/posts/2026-12-amazon-prime-payment/");
  await expect(page.getByRole("link", { name: "メーリングリストを通ったメールの読み方" }).first()).toHaveAttribute(
    "href",
    "/guide/mailing-lists/",
  );
});
