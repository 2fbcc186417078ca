/** Shared steps for browser tests of the mail checker page (/check/). */
import { expect, type Page } from "@playwright/test";
import { readFileSync } from "node:fs";
import { trackSettled } from "./page-checks.ts";

/** The Amex case's saved headers: a real excerpt every checker test can paste. */
export const amexHeadersUrl = new URL(
  "../../content/posts/2026-11-amex-suspension-lifted/headers.eml",
  import.meta.url,
);
export const amexHeaders = (): string => readFileSync(amexHeadersUrl, "utf8");

/** Loads the checker, waits until it is ready, and records every request made after that. */
export async function openChecker(page: Page): Promise<string[]> {
  const settled = trackSettled(page);
  await page.goto("/check/");
  await settled();
  await expect(page.getByRole("button", { name: "調べる" })).toBeEnabled();
  const requests: string[] = [];
  page.on("request", (r) => requests.push(r.url()));
  return requests;
}

/**
 * Brings the input box back when a result is shown (the box shrinks to 「別のメッセージを調べる」 then),
 * as a reader checking another message would.
 */
export async function reopenInput(page: Page): Promise<void> {
  const again = page.getByRole("button", { name: "別のメッセージを調べる" });
  if (await again.isVisible()) await again.click();
  await expect(page.locator("#checker-input")).toBeVisible();
}

/** Pastes `text` into the checker and runs it, as a reader would. */
export async function pasteAndCheck(page: Page, text: string): Promise<void> {
  await reopenInput(page);
  await page.getByLabel("届いたメール・SMS を貼り付けてください").fill(text);
  await page.getByRole("button", { name: "調べる" }).click();
}

/**
 * An init script that records, by the page's own clock (epoch milliseconds), the moment the verdict
 * (`[data-overall-verdict]`) appears; {@link verdictTime} reads it. Shared by the phone tests and
 * `npm run bench:checker`, which count what was fetched before that moment.
 */
export function recordVerdictTime(): void {
  new MutationObserver((_, observer) => {
    if (document.querySelector("[data-overall-verdict]")) {
      (window as unknown as { verdictAt: number }).verdictAt = performance.timeOrigin + performance.now();
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
}

/** When the verdict appeared (see {@link recordVerdictTime}). */
export const verdictTime = (page: Pick<Page, "evaluate">): Promise<number> =>
  page.evaluate(() => (window as unknown as { verdictAt: number }).verdictAt);
