/**
 * 「自分のメールを調べる」: a reader checks a real mail in Chromium; nothing leaves the browser, it works
 * offline once loaded, and the result is what the article component shows for the same headers.
 */
import { expect, test, type Page } from "@playwright/test";
import { readFileSync } from "node:fs";
import { amexHeaders, openChecker, pasteAndCheck } from "./checker.ts";

/**
 * The only requests a check may make: to the site itself, for the checker's own code (the parts only
 * some inputs need), the suffix list's chunks, pieces of the IP-owner data and the casebook's
 * fingerprints. None carries the input.
 */
function expectOnlyOwnerData(requests: string[], origin: string): void {
  for (const url of requests) {
    expect(new URL(url).origin, url).toBe(origin);
    expect(new URL(url).search, url).toBe("");
    expect(new URL(url).pathname, url).toMatch(
      /^\/(ip-owner\/(index\.json|(v4|v6|names)-\d+\.bin)|_astro\/[\w.-]+\.js|suffix\/[\w-]+\.json|check\/cases\.(bin|json))$/,
    );
  }
}

/** The requests for data (not code) among `requests`. */
const dataRequests = (requests: string[]) => requests.filter((url) => !new URL(url).pathname.startsWith("/_astro/"));

const fixtures = new URL("../fixtures/emails/", import.meta.url);
const truth = readFileSync(new URL("truth.jsonl", fixtures), "utf8")
  .trim()
  .split("\n")
  .map(
    (l) => JSON.parse(l) as { file: string; origin_ip: string | null; spf: string | null; from_domain: string | null },
  );
test("pasting a real phishing mail shows the origin IP, flags and defanged URLs, with no request", async ({ page }) => {
  const mail = truth.find((t) => t.file === "b6ace0d57385.eml")!;
  const requests = await openChecker(page);
  await pasteAndCheck(page, readFileSync(new URL(mail.file, fixtures), "utf8"));
  const breakdown = page.getByRole("region", { name: "あなたのメールのヘッダー分析" });
  await expect(breakdown.getByText(`送信元 IP アドレス: ${mail.origin_ip}`)).toBeVisible();
  await expect(breakdown.locator(".hb-auth-item").first()).toContainText("不合格");
  expect(await breakdown.locator(".hb-flags > li").count()).toBeGreaterThan(0);
  const urls = page.locator("figure.sl code.sl-url");
  expect(await urls.count()).toBeGreaterThan(0);
  for (const text of await urls.allInnerTexts()) expect(text).not.toMatch(/https?:\/\/|www\.[a-z]/i);
  // The one link off the site is the credit DB-IP's licence asks for beside the IP owners; the others
  // lead to this site's own pages (the brand's page, the sections of the result).
  const offSite = page.locator(".checker-result").locator('a[href^="http"]');
  await expect(offSite).toHaveCount(1);
  await expect(offSite).toHaveAttribute("href", "https://db-ip.com");
  expectOnlyOwnerData(requests, new URL(page.url()).origin);
});

test("the pasted American Express headers show SAKURA Internet, AS9370, fetching only a little data from the site", async ({
  page,
}) => {
  const requests = await openChecker(page);
  const sizes: number[] = [];
  page.on("response", async (r) => {
    if (new URL(r.url()).pathname.startsWith("/ip-owner/")) sizes.push((await r.body()).length);
  });
  await pasteAndCheck(page, amexHeaders());
  const breakdown = page.getByRole("region", { name: "あなたのメールのヘッダー分析" });
  await expect(breakdown.locator(".hb-owner").last()).toContainText(
    "さくらインターネット（SAKURA Internet Inc.、AS9370）・日本",
  );
  await expect(breakdown).toContainText("誰でも借りられるサーバーです。会社自身が送ったとは限りません。");
  await expect(breakdown).toContainText("2026年6月時点の公開データ");
  expect(dataRequests(requests).length).toBeGreaterThan(0);
  expect(dataRequests(requests).length).toBeLessThanOrEqual(3);
  expectOnlyOwnerData(requests, new URL(page.url()).origin);
  expect(sizes.reduce((a, b) => a + b, 0)).toBeLessThan(50 * 1024);
});

test("dropping an .eml file works the same, and a Japanese ISO-2022-JP subject is decoded", async ({ page }) => {
  const requests = await openChecker(page);
  const bytes = readFileSync(new URL("00ad416340de.eml", fixtures));
  const dataTransfer = await page.evaluateHandle((b64) => {
    const bin = atob(b64);
    const arr = Uint8Array.from(bin, (c) => c.charCodeAt(0));
    const dt = new DataTransfer();
    dt.items.add(new File([arr], "mail.eml", { type: "message/rfc822" }));
    return dt;
  }, bytes.toString("base64"));
  await page.locator("#checker-input").dispatchEvent("drop", { dataTransfer });
  await expect(page.getByRole("status")).toContainText("ファイル「mail.eml」を調べました");
  const subject = JSON.parse(
    readFileSync(new URL("truth.jsonl", fixtures), "utf8")
      .split("\n")
      .find((l) => l.includes('"00ad416340de.eml"'))!,
  ).subject as string;
  await expect(page.locator(".hb-summary")).toContainText(subject.trim().slice(-12));
  expectOnlyOwnerData(requests, new URL(page.url()).origin);
});

test("the checker keeps working offline once loaded", async ({ page, context }) => {
  await openChecker(page);
  // An SMS needs nothing beyond what the page loaded at once.
  await context.setOffline(true);
  await pasteAndCheck(
    page,
    "【佐川急便】お荷物のお届けにあがりましたが不在の為持ち帰りました。 http://sagawa-exz.com/ja",
  );
  await expect(page.locator("[data-overall-verdict]")).toHaveAttribute("data-overall-verdict", "danger");
  // A mail needs the mail reader, loaded with the first mail checked; after that, mails check offline.
  await context.setOffline(false);
  await pasteAndCheck(page, readFileSync(new URL("b6ace0d57385.eml", fixtures), "utf8"));
  await expect(page.locator("[data-overall-verdict]")).toBeVisible();
  await expect(page.getByRole("status")).toContainText("貼り付けた内容を調べました。", { timeout: 15_000 });
  await context.setOffline(true);
  await pasteAndCheck(page, amexHeaders());
  await expect(page.getByText("送信元 IP アドレス: 163.43.131.56")).toBeVisible();
  // The owner data for this mail's IPs cannot be fetched offline: the page says so instead of an owner.
  await expect(page.getByText(/IP アドレスの持ち主のデータをこのサイトから読み込めなかったため/)).toBeVisible();
  await expect(page.locator(".hb-owner")).toHaveCount(0);
  await context.setOffline(false);
});

test("the result matches what the article component shows for the same headers", async ({ page }) => {
  await page.goto("/posts/2026-11-amex-suspension-lifted/");
  const article = page.getByRole("region", { name: "メールヘッダーの分析" });
  const read = async (root: ReturnType<Page["locator"]>) => ({
    flags: await root.locator(".hb-flags > li .hb-flag-message").allInnerTexts(),
    hops: await root.locator(".hb-hop-route").allInnerTexts(),
    auth: await root.locator(".hb-auth-item").allInnerTexts(),
    raw: await root.locator(".hb-line").evaluateAll((ls) =>
      ls.map((l) =>
        [...l.childNodes]
          .filter(
            (n) =>
              !(n instanceof HTMLElement && (n.classList.contains("hb-line-note") || n.classList.contains("sr-only"))),
          )
          .map((n) => n.textContent)
          .join(""),
      ),
    ),
  });
  const fromArticle = await read(article);
  // The article links its raw header text, on a page of its own.
  await page.goto("/headers/2026-11-amex-suspension-lifted/headers/");
  fromArticle.raw = (await read(page.getByRole("region", { name: "メールヘッダーの原文" }))).raw;
  expect(fromArticle.raw.length).toBeGreaterThan(3);

  await openChecker(page);
  await pasteAndCheck(page, amexHeaders());
  const checked = page.getByRole("region", { name: "あなたのメールのヘッダー分析" });
  await expect(checked).toBeVisible();
  const fromChecker = await read(checked);
  expect(fromChecker.hops).toEqual(fromArticle.hops);
  expect(fromChecker.auth).toEqual(fromArticle.auth);
  expect(fromChecker.raw).toEqual(fromArticle.raw);
  // The article hides checks that make no sense for an excerpt; every flag it shows is in the checker.
  for (const flag of fromArticle.flags) expect(fromChecker.flags).toContain(flag);
});

test("hostile input is shown as text, never as HTML", async ({ page }) => {
  await openChecker(page);
  let dialog = false;
  page.on("dialog", async (d) => {
    dialog = true;
    await d.dismiss();
  });
  await pasteAndCheck(
    page,
    'From: "<img src=x onerror=alert(1)>" <a@b.example>\nSubject: <script>alert(2)</script>\nReceived: from x ([8.8.8.8]) by y\n\nhttp://<b>x</b>.example/',
  );
  await expect(page.locator(".hb-summary")).toContainText("<script>alert(2)</script>");
  expect(await page.locator(".checker-result img, .checker-result script, .checker-result b").count()).toBe(0);
  expect(dialog).toBe(false);
});

test("the checker works with the keyboard alone", async ({ page }) => {
  await openChecker(page);
  await page.locator("#checker-input").focus();
  await page.keyboard.insertText(amexHeaders());
  // The box, then how the message came (one stop for the group), then 調べる.
  await page.keyboard.press("Tab");
  await expect(page.getByRole("radio", { name: "わからない" })).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "調べる" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByText("送信元 IP アドレス: 163.43.131.56")).toBeVisible();
  // The verdict takes focus, so that it is read out; Tab goes on into the result.
  await expect(page.locator("#checker-verdict")).toBeFocused();
  await page.keyboard.press("Tab");
  const focused = page.locator(":focus");
  expect(await focused.evaluate((el) => !!el.closest(".checker-result"))).toBe(true);
});

test("a 5 MB mail is analysed off the main thread and shown in part", async ({ page }) => {
  test.setTimeout(120_000);
  await openChecker(page);
  const head = amexHeaders().trimEnd();
  const filler = Array.from({ length: 60_000 }, (_, i) => `X-Filler-${i}: ${"a".repeat(80)}`).join("\r\n");
  const mail = `${head}\r\n${filler}\r\n\r\n${"本文 ".repeat(1000)}`;
  expect(Buffer.byteLength(mail)).toBeGreaterThan(5_000_000);
  const dataTransfer = await page.evaluateHandle((text) => {
    const dt = new DataTransfer();
    dt.items.add(new File([text], "big.eml", { type: "message/rfc822" }));
    return dt;
  }, mail);
  await page.locator("#checker-input").dispatchEvent("drop", { dataTransfer });
  // While the worker parses, the page still answers: typing into the box works.
  await page.locator("#checker-input").fill("入力できる");
  await expect(page.locator("#checker-input")).toHaveValue("入力できる");
  await expect(page.getByRole("status")).toContainText("ファイル「big.eml」を調べました", { timeout: 90_000 });
  await expect(page.getByText("送信元 IP アドレス: 163.43.131.56")).toBeVisible();
  await expect(page.getByText(/残り \d+ 行は省略しました/)).toBeVisible();
  expect(await page.locator(".hb-line").count()).toBeLessThanOrEqual(400);
});
