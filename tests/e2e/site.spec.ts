import { expect, test } from "@playwright/test";
import { sourceBrand, sourceBrands, sourcePosts } from "./content.ts";

const posts = sourcePosts().filter((p) => !p.draft);

test("the home page lists every published case, newest first, in Japanese", async ({ page }) => {
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("lang", "ja");
  await expect(page.getByRole("heading", { level: 1, name: "詐欺メール図鑑" })).toBeVisible();
  expect(posts.length).toBeGreaterThanOrEqual(3);
  for (const post of posts) {
    const link = page.getByRole("link", { name: post.title, exact: true });
    await expect(link).toBeVisible();
    await expect(link).toHaveAttribute("href", `/posts/${post.id}/`);
  }
  const times = await page
    .locator("main article time")
    .evaluateAll((els) => els.map((e) => e.getAttribute("datetime") ?? ""));
  expect(times).toEqual([...times].sort().reverse());
});

// Every case's and every brand's page is checked for what it shows in pages.spec.ts (each page loaded once).
test("a case article opens from the home page", async ({ page }) => {
  const post = posts[0]!;
  await page.goto("/");
  await page.getByRole("link", { name: post.title, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/posts/${post.id}/$`));
  await expect(page.getByRole("heading", { level: 1, name: post.title })).toBeVisible();
});

test("the brand index links to every brand, and the Amex and SMBC cases are related by campaign", async ({ page }) => {
  await page.goto("/brands/");
  for (const brand of sourceBrands())
    await expect(page.getByRole("link", { name: brand.nameJa, exact: true })).toHaveAttribute(
      "href",
      `/brands/${brand.id}/`,
    );
  const amex = posts.find((p) => p.brands.includes("american-express"))!;
  const smbc = posts.find((p) => p.brands.includes("smbc-card"))!;
  await page.goto(`/posts/${amex.id}/`);
  const related = page.getByRole("region", { name: "関連する事例" });
  await expect(related.getByRole("link", { name: smbc.title })).toBeVisible();
  await expect(related).toContainText("同じ手口");
});

test("tag and category pages list their cases", async ({ page }) => {
  await page.goto("/tags/");
  const firstTag = page.locator("main ul a").first();
  const tagText = (await firstTag.innerText()).replace(/^#/, "");
  await firstTag.click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(tagText);
  expect(await page.locator("main .post-card").count()).toBeGreaterThan(0);

  await page.goto("/");
  await page.getByRole("navigation").getByRole("link", { name: "迷惑メール" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "迷惑メール" })).toBeVisible();
  expect(await page.locator("main .post-card").count()).toBeGreaterThanOrEqual(2);
});

test("the RSS feed is well-formed XML listing every published case", async ({ page, request }) => {
  const res = await request.get("/rss.xml");
  expect(res.ok()).toBe(true);
  const xml = await res.text();
  await page.goto("/");
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, "application/xml");
    return {
      error: doc.querySelector("parsererror")?.textContent ?? null,
      titles: [...doc.querySelectorAll("item > title")].map((e) => e.textContent),
      links: [...doc.querySelectorAll("item > link")].map((e) => e.textContent),
    };
  }, xml);
  expect(parsed.error).toBeNull();
  expect(parsed.titles.sort()).toEqual(posts.map((p) => p.title).sort());
  for (const p of posts) expect(parsed.links.some((l) => l?.endsWith(`/posts/${p.id}/`))).toBe(true);
});

test("the sitemap, the safety page and the 404 page exist", async ({ page, request }) => {
  expect((await request.get("/sitemap-index.xml")).ok()).toBe(true);
  await page.goto("/about/");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("身を守る");
  const res = await page.goto("/no-such-page/");
  expect(res?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "ページが見つかりません" })).toBeVisible();
});

test("the navigation works with the keyboard alone", async ({ page }) => {
  await page.goto("/");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "本文へ移動" })).toBeFocused();
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("navigation").getByRole("link", { name: "最新の事例" })).toBeFocused();
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/brands\/$/);
});

test("a brand page answers 'is this mail real?': domains with sources and dates, how to check, the brand's own page", async ({
  page,
}) => {
  for (const id of ["jcb", "smbc-card", "rakuten-card", "yamato", "visa", "amazon"]) {
    const brand = sourceBrand(id);
    await page.goto(`/brands/${id}/`);
    const mail = page.getByRole("region", { name: "本物のメールの送信元ドメイン" });
    const web = page.getByRole("region", { name: "公式サイトのドメイン" });
    for (const d of brand.mailDomains.domains) await expect(mail.getByText(d, { exact: true })).toBeVisible();
    for (const d of brand.webDomains.domains) await expect(web.getByText(d, { exact: true })).toBeVisible();
    if (brand.mailDomains.domains.length === 0) await expect(mail).toContainText("確かな情報源で確認できていない");
    else await expect(mail).toContainText("出典");
    await expect(page.getByRole("region", { name: "本物か確かめる方法" })).not.toBeEmpty();
    const report = page.getByRole("region", { name: "公式の注意喚起・通報窓口" });
    if (brand.report) {
      const link = report.getByRole("link", { name: new RegExp(brand.report.title.slice(0, 8)) });
      await expect(link).toHaveAttribute("href", brand.report.url);
      await expect(link).toHaveAttribute("rel", "noopener noreferrer");
      await expect(link).toContainText("（外部サイト）");
    }
  }
  // A list that rests on secondary pages only says so.
  await page.goto("/brands/amazon/");
  await page
    .getByRole("region", { name: "本物のメールの送信元ドメイン" })
    .locator("summary", { hasText: "出典" })
    .click();
  await expect(page.getByRole("region", { name: "本物のメールの送信元ドメイン" })).toContainText("二次情報");
});
