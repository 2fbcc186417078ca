/**
 * 「同じ文面の事例」 on the built site: the build finds, from the mails' own text, the cases whose
 * mails share a template. The pairs below were found by reading the fixtures: the two Amazon Prime
 * 「お支払い方法」 mails (9e7861eb4ba1, e18e1a17e725) and the two えきねっと 「自動退会処理」 mails
 * (da21cdad1a04, dd736ac3e1d0) carry the same text; the other cases' mails carry texts of their own.
 */
import { expect, test } from "@playwright/test";
import { sourcePosts } from "./content.ts";

const PAIRS: readonly [string, string][] = [
  ["2026-12-amazon-prime-payment", "2026-12-amazon-payment-update"],
  ["2026-12-eki-net-auto-withdrawal", "2026-12-eki-net-auto-withdrawal-2"],
];
const paired = new Set(PAIRS.flat());

for (const [a, b] of PAIRS) {
  for (const [from, to] of [
    [a, b],
    [b, a],
  ] as const) {
    test(`${from} lists ${to} under 同じ文面の事例, and only it`, async ({ page }) => {
      await page.goto(`/posts/${from}/`);
      const section = page.getByRole("region", { name: "同じ文面の事例" });
      await expect(section).toBeVisible();
      const links = section.getByRole("link");
      await expect(links).toHaveCount(1);
      await expect(links).toHaveAttribute("href", `/posts/${to}/`);
      // The score is shown, as a rounded percentage.
      await expect(section).toContainText(/約\d{1,3}%/);
    });
  }
}

test("a case whose mail shares no template shows no 同じ文面の事例 section", async ({ page }) => {
  const others = sourcePosts().filter((p) => !p.draft && !paired.has(p.id) && p.id.startsWith("2026-12-"));
  expect(others.length).toBeGreaterThan(5);
  for (const post of others) {
    await page.goto(`/posts/${post.id}/`);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByRole("region", { name: "同じ文面の事例" }), post.id).toHaveCount(0);
  }
});
