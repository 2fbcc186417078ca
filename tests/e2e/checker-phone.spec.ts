/**
 * The checker on a phone (issue 20): on a 390×844 screen the verdict (or the empty-input message) is on
 * the first screen with nothing to scroll, whether the text came from the home page's box or a file
 * was dropped; the JavaScript fetched before the verdict stays within its budget (bytes, which are
 * stable; times are only printed by `npm run bench`); inputs and buttons are large enough to use;
 * nothing scrolls sideways at 320 px; axe finds nothing on the result or the error.
 */
import { expect, test, type Locator, type Page } from "@playwright/test";
import { existsSync, readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { SMS_SAMPLES } from "../fixtures/sms/samples.ts";
import { openChecker, pasteAndCheck, recordVerdictTime, verdictTime } from "./checker.ts";
import { axeViolations } from "./page-checks.ts";

const dist = new URL("../../dist/", import.meta.url).pathname;
const mailFixture = new URL("../fixtures/emails/b6ace0d57385.eml", import.meta.url);
const KB = 1024;

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

/** True when `locator`'s box lies within the first screen (no scrolling from the top of the page). */
async function onFirstScreen(page: Page, locator: Locator): Promise<void> {
  await expect(locator).toBeVisible();
  const box = await locator.boundingBox();
  const scrollY = await page.evaluate(() => window.scrollY);
  expect(box, "the element has a box").not.toBeNull();
  // Its top is on the first screen of the page, as the reader sees it without scrolling.
  expect(box!.y + scrollY, "top of the element, from the top of the page").toBeLessThan(844 - 40);
  expect(box!.y + scrollY).toBeGreaterThanOrEqual(0);
}

/**
 * Records the JavaScript the page (its worker included) requested before the verdict appeared, by the
 * page's own clock, with the bytes of each file as served from dist/ (gzip, as a static host sends them).
 */
async function jsBeforeVerdict(page: Page): Promise<() => Promise<{ gzip: number; files: string[] }>> {
  await page.addInitScript(recordVerdictTime);
  const seen: { path: string; at: number }[] = [];
  page.context().on("request", (r) => {
    const path = new URL(r.url()).pathname;
    if (/\.m?js$/.test(path)) seen.push({ path, at: Date.now() });
  });
  return async () => {
    const verdictAt = await verdictTime(page);
    const files = [...new Set(seen.filter((s) => s.at <= verdictAt).map((s) => s.path))];
    const gzip = files.reduce((n, path) => {
      const file = `${dist}${decodeURIComponent(path).replace(/^\//, "")}`;
      return n + (existsSync(file) ? gzipSync(readFileSync(file), { level: 6 }).length : 0);
    }, 0);
    return { gzip, files };
  };
}

test("an SMS pasted on the home page: the verdict is on the first screen of /check/, within 60 KB of JS", async ({
  page,
}) => {
  const measure = await jsBeforeVerdict(page);
  await page.goto("/");
  await page.getByLabel("届いたメール・SMS の文面や URL を貼り付けてください").fill(SMS_SAMPLES[0]!.text);
  await page.getByRole("button", { name: "調べる" }).click();
  await expect(page).toHaveURL(/\/check\/\??$/);
  const verdict = page.locator("[data-overall-verdict]");
  await onFirstScreen(page, verdict);
  await expect(verdict).toHaveAttribute("data-overall-verdict", "danger");
  await expect(verdict).toBeFocused();
  // The headline, its reasons and what to do are all there, not below a fold of other things.
  await expect(verdict.locator(".verdict-headline")).toBeVisible();
  await expect(verdict.locator(".verdict-actions")).toBeVisible();
  // The input has shrunk to one line.
  await expect(page.getByRole("button", { name: "別のメッセージを調べる" })).toBeVisible();
  await expect(page.locator("#checker-input")).toHaveCount(0);
  const js = await measure();
  expect(js.gzip, `JS before the verdict: ${js.files.join(", ")}`).toBeLessThanOrEqual(60 * KB);
  expect(js.files.length).toBeGreaterThan(0);
  // The highlighter, the Outlook reader and the IP-owner data are not among them.
  expect(js.files.join(" ")).not.toMatch(/read-msg|header-tokens|shiki|ip-owner/);
});

test("a mail dropped as a file: the verdict is on the first screen, within 120 KB of JS", async ({ page }) => {
  const measure = await jsBeforeVerdict(page);
  await openChecker(page);
  const bytes = readFileSync(mailFixture);
  const dataTransfer = await page.evaluateHandle((b64) => {
    const dt = new DataTransfer();
    dt.items.add(new File([Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))], "mail.eml"));
    return dt;
  }, bytes.toString("base64"));
  await page.locator("#checker-input").dispatchEvent("drop", { dataTransfer });
  const verdict = page.locator("[data-overall-verdict]");
  await onFirstScreen(page, verdict);
  const js = await measure();
  expect(js.gzip, `JS before the verdict: ${js.files.join(", ")}`).toBeLessThanOrEqual(120 * KB);
  expect(js.files.join(" ")).not.toMatch(/read-msg|header-tokens|shiki/);
  // Expert sections are collapsed on a phone.
  await expect(page.locator("details.checker-expert").first()).not.toHaveAttribute("open", "");
});

test("an empty input: the message is on the first screen", async ({ page }) => {
  await openChecker(page);
  await page.getByRole("button", { name: "調べる" }).click();
  const status = page.getByRole("status").filter({ hasText: "何も入力されていません" });
  await onFirstScreen(page, status);
  expect(await axeViolations(page)).toEqual([]);
});

test("the text box is at least 16 px and every control at least 44×44 px", async ({ page }) => {
  await openChecker(page);
  const fontSize = await page.locator("#checker-input").evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(fontSize).toBeGreaterThanOrEqual(16);
  for (const control of [
    page.getByRole("button", { name: "調べる" }),
    page.getByRole("button", { name: "消去" }),
    page.locator(".checker-file"),
  ]) {
    const box = await control.boundingBox();
    expect(box!.height).toBeGreaterThanOrEqual(44);
    expect(box!.width).toBeGreaterThanOrEqual(44);
  }
  await pasteAndCheck(page, SMS_SAMPLES[0]!.text);
  const again = await page.getByRole("button", { name: "別のメッセージを調べる" }).boundingBox();
  expect(again!.height).toBeGreaterThanOrEqual(44);
});

test("nothing scrolls sideways at 320 px, long domains and IP addresses included; axe finds nothing", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 320, height: 700 });
  await openChecker(page);
  await pasteAndCheck(page, readFileSync(mailFixture, "utf8"));
  await expect(page.locator("[data-overall-verdict]")).toBeVisible();
  await expect(page.getByRole("status")).toContainText("調べました。", { timeout: 20_000 });
  // Open every collapsed section so that everything is laid out.
  await page.evaluate(() => document.querySelectorAll("details").forEach((d) => (d.open = true)));
  const width = await page.evaluate(() => document.scrollingElement!.scrollWidth);
  expect(width).toBeLessThanOrEqual(320);
  expect(await axeViolations(page)).toEqual([]);
});
