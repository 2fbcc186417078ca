/**
 * What people really receive, checked on /check/ as a reader would: SMS texts for many brands (and
 * genuine ones that must not be called dangerous), a bare and a full-width URL, each Outlook .msg
 * fixture, a forwarded mail, hostile files, and the message shown in the safe view. No request may
 * leave the origin.
 */
import { expect, type Page } from "@playwright/test";
import { test } from "./shared-page.ts";
import { readdirSync, readFileSync } from "node:fs";
import { SMS_SAMPLES } from "../fixtures/sms/samples.ts";
import { openChecker, pasteAndCheck, reopenInput } from "./checker.ts";

const brandDir = new URL("../../content/brands/", import.meta.url);
/** Japanese names of the brands in the registry (it grows: brand assertions apply to those present). */
const registryNames = new Set(
  readdirSync(brandDir)
    .filter((f) => f.endsWith(".json"))
    .map((f) => (JSON.parse(readFileSync(new URL(f, brandDir), "utf8")) as { nameJa: string }).nameJa),
);
const msgFixture = (name: string) => readFileSync(new URL(`../fixtures/msg/${name}`, import.meta.url));

/** Requests to anything but this site. */
function foreign(page: Page, requests: string[]): string[] {
  const origin = new URL(page.url()).origin;
  return requests.filter((r) => !r.startsWith(origin) && !r.startsWith("data:") && !r.startsWith("blob:"));
}

async function drop(page: Page, name: string, bytes: Buffer | Uint8Array, type = "application/octet-stream") {
  const dataTransfer = await page.evaluateHandle(
    ({ b64, name, type }) => {
      const bin = atob(b64);
      const dt = new DataTransfer();
      dt.items.add(new File([Uint8Array.from(bin, (c) => c.charCodeAt(0))], name, { type }));
      return dt;
    },
    { b64: Buffer.from(bytes).toString("base64"), name, type },
  );
  await reopenInput(page);
  await page.locator("#checker-input").dispatchEvent("drop", { dataTransfer });
  await expect(page.getByRole("status")).toContainText(`ファイル「${name}」を調べました`, { timeout: 60_000 });
}

test("the Sagawa SMS from issue 12: the URL defanged, warnings, and what could not be checked", async ({ page }) => {
  const requests = await openChecker(page);
  const sms = SMS_SAMPLES[0]!;
  await pasteAndCheck(page, sms.text);
  await expect(page.getByRole("status")).toContainText("貼り付けた内容を調べました");
  const result = page.locator(".checker-result");
  await expect(result).toContainText("SMS・メッセージなどの文面");
  await expect(result).toContainText("送信元のサーバーと送信元認証（SPF・DKIM・DMARC）は調べられません");
  await expect(result.locator("figure.sl code.sl-url").first()).toHaveText("hxxp://sagawa-exz[.]com/ja");
  await expect(result.locator('[data-flag="text-lure-link"]')).toBeVisible();
  await expect(result).not.toContainText("危険信号はありません");
  await expect(result).not.toContainText("URL は見つかりませんでした");
  if (registryNames.has(sms.brandName)) {
    await expect(page.getByRole("region", { name: "名乗っているブランド" })).toContainText(sms.brandName);
    await expect(result.locator('[data-flag="text-brand-link"]')).toBeVisible();
  }
  // The message itself, in the safe view, with the address defanged.
  await expect(page.getByRole("region", { name: "メッセージの本文（安全な表示）" })).toContainText(
    "hxxp://sagawa-exz[.]com/ja",
  );
  // Nothing from the message is a link: the links lead to this site's own pages (the claimed brand's
  // page, what to do after a click) or to the sections of the result.
  const hrefs = await result.getByRole("link").evaluateAll((links) => links.map((a) => a.getAttribute("href")));
  expect(hrefs.length).toBeGreaterThan(0);
  for (const href of hrefs) expect(href).toMatch(/^(\/(brands|guide|posts)\/|#)/);
  expect(hrefs).toContain("/brands/sagawa/");
  await expect(result.getByRole("link", { name: "佐川急便の本物の連絡先と確かめ方" }).first()).toBeVisible();
  expect(foreign(page, requests)).toEqual([]);
});

for (const sms of SMS_SAMPLES.slice(1)) {
  test(`SMS sample: ${sms.name}`, async ({ page }) => {
    const requests = await openChecker(page);
    await pasteAndCheck(page, sms.text);
    const result = page.locator(".checker-result");
    await expect(result).toContainText("SMS・メッセージなどの文面");
    const urls = await result.locator("figure.sl code.sl-url").allInnerTexts();
    expect(urls.join(" ")).toContain(sms.host.replaceAll(".", "[.]"));
    for (const url of urls) expect(url).not.toMatch(/https?:\/\/|www\.[a-z]/i);
    const known = registryNames.has(sms.brandName);
    if (known) await expect(page.getByRole("region", { name: "名乗っているブランド" })).toContainText(sms.brandName);
    if (sms.genuine) {
      if (known) {
        await expect(result.locator("figure.sl").first()).toHaveAttribute("data-verdict", "official");
        await expect(result.locator(".hb-flag")).toHaveCount(0);
      }
    } else {
      expect(await result.locator(".hb-flag--high, .hb-flag--medium").count()).toBeGreaterThan(0);
    }
    expect(foreign(page, requests)).toEqual([]);
  });
}

test("a bare URL and a full-width URL are read as URLs", async ({ page }) => {
  await openChecker(page);
  await pasteAndCheck(page, "amazon-co-jp.icu/login");
  await expect(page.locator(".checker-result")).toContainText("「URL」として調べました");
  await expect(page.locator("figure.sl code.sl-url")).toHaveText(["hxxp://amazon-co-jp[.]icu/login"]);
  await pasteAndCheck(page, "こちら：ｈｔｔｐｓ：／／ｓａｇａｗａ－ｅｘｚ．ｃｏｍ／ｊａ　です");
  await expect(page.locator("figure.sl code.sl-url")).toHaveText(["hxxps://sagawa-exz[.]com/ja"]);
});

test("each Outlook .msg fixture shows its sender and subject", async ({ page }) => {
  const requests = await openChecker(page);
  await drop(page, "received.msg", msgFixture("received-new-outlook.msg"));
  const result = page.locator(".checker-result");
  await expect(result).toContainText("Outlook のメール（.msg ファイル）");
  await expect(page.locator(".hb-summary")).toContainText("Microsoft Outlook テスト メッセージ");
  // A test mail its owner sent to themselves: the sender is also the recipient, so it is masked.
  await expect(page.locator(".hb-summary")).toContainText("Microsoft Outlook <recipient@masked.invalid>");
  await expect(result.getByText(/送信元 IP アドレス: \d/)).toBeVisible();
  await expect(result).not.toContainText(".msg ファイルには配送の記録");

  await drop(page, "ansi.msg", msgFixture("ansi-cp932.msg"));
  await expect(page.locator(".hb-summary")).toContainText("日本語 Non Unicode タイトル");
  await expect(result).toContainText(".msg ファイルには配送の記録（Received などのヘッダー）が含まれていない");
  await expect(page.getByRole("region", { name: "メッセージの本文（安全な表示）" })).toContainText(
    "日本語 Non Unicode 本文",
  );

  await drop(page, "nested.msg", msgFixture("msg-in-msg.msg"));
  await expect(page.locator(".hb-summary").first()).toContainText("I have attachments!");
  await expect(result.getByText("green.png")).toBeVisible();
  await expect(page.getByRole("region", { name: "転送された元のメール" })).toContainText(
    "Microsoft Outlook テスト メッセージ",
  );

  await drop(page, "link.msg", msgFixture("html-link.msg"));
  await expect(page.locator(".hb-summary")).toContainText("htmlLink");
  await expect(result.locator("figure.sl code.sl-url").first()).toHaveText("hxxps://google[.]com/");
  expect(foreign(page, requests)).toEqual([]);
});

test("a mail forwarded as an attachment: the original is analysed, and the page says whose headers are whose", async ({
  page,
}) => {
  await openChecker(page);
  const inner = [
    'From: "Amazon" <info@amazon-co-jp.icu>',
    "Subject: アカウント停止のお知らせ",
    "Received: from evil.example ([45.133.1.20]) by mx.example; Mon, 1 Jan 2024 00:00:00 +0000",
    "",
    "アカウントを一時停止しました。https://amazon-co-jp.icu/login",
  ].join("\r\n");
  const outer = [
    "From: me@example.jp",
    "To: me@example.jp",
    "Subject: Fwd: アカウント停止のお知らせ",
    'Content-Type: multipart/mixed; boundary="b"',
    "",
    "--b",
    "Content-Type: text/plain; charset=utf-8",
    "",
    "これは本物？",
    "--b",
    'Content-Type: message/rfc822; name="original.eml"',
    "",
    inner,
    "--b--",
  ].join("\r\n");
  await pasteAndCheck(page, outer);
  const forwarded = page.getByRole("region", { name: "転送された元のメール" });
  await expect(forwarded).toContainText("転送した人とそのメールサーバーの記録で、元の差出人のものではありません");
  await expect(forwarded.getByText("送信元 IP アドレス: 45.133.1.20")).toBeVisible();
  await expect(forwarded.locator("figure.sl code.sl-url")).toHaveText(["hxxps://amazon-co-jp[.]icu/login"]);
});

test("the safe view: no link, no remote image, no style or script from the message; real targets shown", async ({
  page,
}) => {
  const requests = await openChecker(page);
  const mail = [
    'From: "Amazon" <info@amaz0n.example>',
    "To: taro@example.jp",
    "Subject: ご確認ください",
    "Content-Type: text/html; charset=utf-8",
    "",
    "<html><head><style>body{background:red}</style><script>window.__owned=1</script></head><body>",
    '<p style="color:red" onclick="window.__owned=2">taro@example.jp 様</p>',
    '<p><a href="https://amaz0n-login.example/x">https://www.amazon.co.jp/</a></p>',
    '<img src="https://tracker.example/open.gif" alt="ロゴ"><iframe src="https://frame.example/"></iframe>',
    "</body></html>",
  ].join("\r\n");
  await pasteAndCheck(page, mail);
  const view = page.getByRole("region", { name: "メッセージの本文（安全な表示）" });
  await expect(view).toContainText("hxxps://www[.]amazon[.]co[.]jp/");
  await expect(view.locator(".mb-link-target")).toContainText("hxxps://amaz0n-login[.]example/x");
  await expect(view).toContainText("recipient@masked[.]invalid");
  await expect(view).not.toContainText("taro@example");
  await expect(view).toContainText("外部の画像 1 個は読み込んでいません");
  expect(await view.locator("a, img, iframe, script, style, [style], [onclick]").count()).toBe(0);
  await expect(page.locator('[data-flag="link-text-mismatch"]')).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __owned?: number }).__owned)).toBeUndefined();
  expect(foreign(page, requests)).toEqual([]);
});

test("hostile files get a clear message and the page keeps working", async ({ page }) => {
  test.setTimeout(120_000);
  await openChecker(page);
  // A PNG renamed .msg, a zip renamed .eml.
  await drop(page, "photo.msg", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
  await expect(page.locator(".checker-problem")).toContainText("PNG 画像");
  await drop(page, "archive.eml", Buffer.from([0x50, 0x4b, 0x03, 0x04, 20, 0, 0, 0, 8, 0]));
  await expect(page.locator(".checker-problem")).toContainText("ZIP");
  // A broken .msg (the first 2 KB of a real one).
  await drop(page, "broken.msg", msgFixture("html-link.msg").subarray(0, 2048));
  await expect(page.locator(".checker-problem")).toContainText(".msg ファイルとして読み取れませんでした");
  // 50 levels of nested attachments.
  let mail = "From: a@example.com\r\nSubject: 0\r\n\r\n最下層 https://deep.example.com/";
  for (let i = 1; i <= 50; i++)
    mail = `From: a@example.com\r\nSubject: ${i}\r\nContent-Type: multipart/mixed; boundary="b${i}"\r\n\r\n--b${i}\r\nContent-Type: message/rfc822\r\n\r\n${mail}\r\n--b${i}--\r\n`;
  await drop(page, "nested.eml", Buffer.from(mail));
  await expect(page.getByRole("region", { name: "転送された元のメール" }).first()).toBeVisible();
  // HTML built to choke a parser.
  const choke = `From: a@example.com\r\nContent-Type: text/html\r\n\r\n${"<div>".repeat(40_000)}底${"<a><b><i>".repeat(3_000)}`;
  await drop(page, "choke.eml", Buffer.from(choke));
  await expect(page.getByRole("region", { name: "メッセージの本文（安全な表示）" })).toContainText("底");
  // A file over the limit is refused before it is read.
  const big = await page.evaluateHandle(() => {
    const dt = new DataTransfer();
    dt.items.add(new File([new Uint8Array(21 * 1024 * 1024)], "huge.eml"));
    return dt;
  });
  await reopenInput(page);
  await page.locator("#checker-input").dispatchEvent("drop", { dataTransfer: big });
  await expect(page.getByRole("status")).toContainText("ファイルが大きすぎます");
  // Still working.
  await pasteAndCheck(page, SMS_SAMPLES[0]!.text);
  await expect(page.locator("figure.sl code.sl-url").first()).toHaveText("hxxp://sagawa-exz[.]com/ja");
});

test("the home page's box hands the text to the checker without putting it in a URL", async ({ page }) => {
  const requests: string[] = [];
  page.on("request", (r) => requests.push(r.url()));
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "このメール・SMS、本物？" })).toBeVisible();
  await expect(page.getByLabel("メールや SMS が名乗っている会社・サービスの名前")).toBeVisible();
  const sms = SMS_SAMPLES[0]!.text;
  await page.getByLabel("届いたメール・SMS の文面や URL を貼り付けてください").fill(sms);
  await page.getByRole("button", { name: "調べる" }).click();
  await expect(page).toHaveURL(/\/check\/\??$/);
  await expect(page.locator("figure.sl code.sl-url").first()).toHaveText("hxxp://sagawa-exz[.]com/ja");
  // What was handed over is kept in the box for the reader to edit.
  await reopenInput(page);
  await expect(page.locator("#checker-input")).toHaveValue(sms);
  for (const url of requests) expect(decodeURIComponent(url)).not.toContain("sagawa-exz");
});

test("a pasted case text, rewritten under another brand, is named as the casebook's case", async ({ page }) => {
  const requests = await openChecker(page);
  const sagawa = readFileSync(
    new URL("../../content/posts/2026-12-sagawa-sms-address-unknown/sms.txt", import.meta.url),
    "utf8",
  );
  const rewritten = sagawa.replaceAll("佐川急便", "ヤマト運輸").replace(/http:\/\/\S+/, "http://yamato-kzr.top/a");
  await pasteAndCheck(page, rewritten);
  const match = page.locator(".checker-case");
  await expect(match).toContainText("図鑑の事例と同じ文面です");
  const link = match.getByRole("link");
  await expect(link).toHaveAttribute("href", "/posts/2026-12-sagawa-sms-address-unknown/");
  await expect(page.locator("[data-overall-verdict]")).toHaveAttribute("data-overall-verdict", "danger");
  await expect(page.locator(".verdict-reasons")).toContainText("図鑑の事例");
  // The casebook comes from the site itself; the text never leaves the page.
  expect(foreign(page, requests)).toEqual([]);
  expect(requests.some((r) => r.endsWith("/check/cases.bin"))).toBe(true);
  for (const r of requests) expect(decodeURIComponent(r)).not.toContain("yamato-kzr");
  // An unrelated message gets no such line.
  await pasteAndCheck(page, "明日の会議は10時からです。資料は共有フォルダに置きました。よろしくお願いします。");
  await expect(page.locator("[data-overall-verdict]")).toBeVisible();
  await expect(page.getByRole("status")).toContainText("調べました。");
  await expect(page.locator(".checker-case")).toHaveCount(0);
});
