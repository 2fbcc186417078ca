/** Shared steps for browser tests of the mail checker page (/check/). */
import { expect, type Page } from "@playwright/test";
import { readFileSync } from "node:fs";

/** The Amex case's saved headers: a real excerpt every checker test can paste. */
export const amexHeadersUrl = new URL(
  "../../content/posts/2026-11-amex-suspension-lifted/headers.eml",
  import.meta.url,
);
export const amexHeaders = (): string => readFileSync(amexHeadersUrl, "utf8");

/** Loads the checker, waits until it is ready, and records every request made after that. */
export async function openChecker(page: Page): Promise<string[]> {
  await page.goto("/check/");
  await page.waitForLoadState("networkidle");
  await expect(page.getByRole("button", { name: "調べる" })).toBeEnabled();
  const requests: string[] = [];
  page.on("request", (r) => requests.push(r.url()));
  return requests;
}

/** Pastes `text` into the checker and runs it, as a reader would. */
export async function pasteAndCheck(page: Page, text: string): Promise<void> {
  await page.getByLabel("届いたメール・SMS の文面、メールのヘッダー、URL を貼り付けてください").fill(text);
  await page.getByRole("button", { name: "調べる" }).click();
}
