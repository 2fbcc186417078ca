import { expect, type Page } from "@playwright/test";
import { test } from "./shared-page.ts";
import { sourceBrand, sourceBrands, sourcePosts } from "./content.ts";

const posts = sourcePosts().filter((p) => !p.draft);
const caseOf = (brandId: string) => posts.find((p) => p.brands.includes(brandId))!;
const amex = caseOf("american-express");
const smbc = caseOf("smbc-card");
const brandName = (id: string) => sourceBrands().find((b) => b.id === id)!.nameJa;
/** The titles of a brand's published cases. */
const caseTitles = (brandId: string) => posts.filter((p) => p.brands.includes(brandId)).map((p) => p.title);

/** Titles of the results, in the order shown. */
async function resultTitles(page: Page): Promise<string[]> {
  const results = page.getByRole("region", { name: "検索結果" });
  await expect(results.getByRole("status")).not.toHaveText(/^$|検索しています/, { timeout: 20_000 });
  return results.getByRole("article").getByRole("heading", { level: 3 }).allInnerTexts();
}

async function searchFor(page: Page, query: string) {
  await page.goto(`/search/?q=${encodeURIComponent(query)}`);
  return resultTitles(page);
}

const brandQueries: [string, string][] = [
  ["アメックス", "american-express"],
  ["AMEX", "american-express"],
  ["American Express", "american-express"],
  ["アメリカン・エキスプレス", "american-express"],
  ["ＡＭＥＸ", "american-express"],
  ["ｱﾒｯｸｽ", "american-express"],
  ["amex", "american-express"],
  ["三井住友カード", "smbc-card"],
  ["SMBC", "smbc-card"],
  ["ＳＭＢＣ", "smbc-card"],
  ["えきねっと", "eki-net"],
  ["楽天", "rakuten"],
  ["JCB", "jcb"],
  ["ｱﾏｿﾞﾝ", "amazon"],
  // The brands phished most by SMS, as readers type them (issue 21).
  ["佐川", "sagawa"],
  ["ヤマト", "yamato"],
  ["国税庁", "nta"],
  ["ドコモ", "docomo"],
];

for (const [query, brandId] of brandQueries) {
  test(`「${query}」finds the cases of ${brandId} first`, async ({ page }) => {
    const cases = caseTitles(brandId);
    expect(cases.length).toBeGreaterThan(0);
    const titles = await searchFor(page, query);
    expect(titles.slice(0, cases.length).sort()).toEqual([...cases].sort());
  });
}

/** Pasted indicators: [query, plain form, a case that must be among the first results]. */
const indicatorQueries: [string, string, { id: string; title: string }][] = [
  ["auccwallt.top", "auccwallt.top", amex],
  ["auccwallt[.]top", "auccwallt.top", amex],
  ["info@auccwallt.top", "info@auccwallt.top", amex],
  ["xdsndkpbg.com", "xdsndkpbg.com", amex],
  ["163.43.131.56", "163.43.131.56", amex],
  ["163[.]43[.]131[.]56", "163.43.131.56", amex],
  ["s.vpass.jp", "s.vpass.jp", smbc],
];

for (const [query, plain, expected] of indicatorQueries) {
  test(`「${query}」finds the cases that quote ${plain} first`, async ({ page, request }) => {
    // The cases that quote it, read from the built articles (plain or defanged as [.]).
    const mentioning: string[] = [];
    for (const p of posts) {
      const html = await (await request.get(`/posts/${p.id}/`)).text();
      if (html.includes(plain) || html.includes(plain.replaceAll(".", "[.]"))) mentioning.push(p.title);
    }
    expect(mentioning).toContain(expected.title);
    const titles = await searchFor(page, query);
    // The quoting cases come first, but a case of the brand the indicator imitates may rank among them.
    expect(titles.slice(0, mentioning.length + 1)).toEqual(expect.arrayContaining(mentioning));
  });
}

/** Indicators of the American Express mail itself, which the SMBC case only quotes for comparison. */
for (const query of ["auccwallt.top", "163.43.131.56"]) {
  test(`「${query}」ranks the case whose own mail carried it above a case that quotes it`, async ({ page }) => {
    const titles = await searchFor(page, query);
    expect(titles).toContain(smbc.title);
    expect(titles[0]).toBe(amex.title);
  });
}

test("a brand query lists only that brand's cases under the brand heading", async ({ page }) => {
  await searchFor(page, "アメックス");
  const results = page.getByRole("region", { name: "検索結果" });
  const heading = results.getByRole("heading", { name: `${brandName("american-express")}の事例` });
  await expect(heading).toBeVisible();
  const brandList = results.getByRole("list").first();
  await expect(brandList.getByRole("article")).toHaveCount(
    posts.filter((p) => p.brands.includes("american-express")).length,
  );
  await expect(brandList.getByRole("article").first()).toContainText("2026年11月20日");
  await expect(brandList.getByRole("article").first()).toContainText(brandName("american-express"));
});

const noCaseQueries: [string, string][] = [
  ["楽天", "rakuten"],
  ["らくてん", "rakuten"],
  ["楽天カード", "rakuten-card"],
  ["楽天e-NAVI", "rakuten-card"],
  ["JCB", "jcb"],
  ["ＪＣＢ", "jcb"],
  ["MyJCB", "jcb"],
  ["クロネコ", "yamato"],
  ["Amazon", "amazon"],
  ["ｱﾏｿﾞﾝ", "amazon"],
  ["佐川急便", "sagawa"],
  ["ゆうちょ銀行", "japan-post-bank"],
  ["ペイペイ", "paypay"],
  ["みずほ銀行", "mizuho-bank"],
  ["東京ガス", "tokyo-gas"],
  ["ソニー銀行", "sony-bank"],
];
// Only brands that have no case yet (the list above outlives the cases written since).
const noCase = noCaseQueries.filter(([, id]) => caseTitles(id).length === 0);
test("some brand queries have no case to test the facts card with", () => {
  expect(noCase.length).toBeGreaterThanOrEqual(3);
});
for (const [query, id] of noCase) {
  test(`a brand with no case (${query}) answers with its facts and shows no other brand's case as a match`, async ({
    page,
  }) => {
    await page.goto(`/search/?q=${encodeURIComponent(query)}`);
    const results = page.getByRole("region", { name: "検索結果" });
    const name = brandName(id);
    await expect(results.getByRole("status")).toHaveText(`${name}の事例はまだありません。`);
    await expect(results.getByRole("article")).toHaveCount(0);
    const card = results.getByRole("region", { name: `${name}（${sourceBrand(id).nameEn}）` });
    const brand = sourceBrand(id);
    for (const d of [...brand.mailDomains.domains, ...brand.webDomains.domains]) await expect(card).toContainText(d);
    await card.getByRole("link", { name: new RegExp(`本物のメールの見分け方`) }).click();
    await expect(page).toHaveURL(new RegExp(`/brands/${id}/$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${name}を名乗るメールは本物？`);
  });
}

test("the brand filter narrows the results", async ({ page }) => {
  const all = await searchFor(page, "カード");
  expect(all.length).toBeGreaterThan(1);
  await page.getByText("絞り込み").click();
  await page
    .getByRole("group", { name: "ブランド" })
    .getByRole("radio", { name: brandName("smbc-card") })
    .check();
  await expect(page).toHaveURL(/brand=/);
  const narrowed = await resultTitles(page);
  await expect(page.getByRole("region", { name: "検索結果" }).getByRole("article")).toHaveCount(
    caseTitles("smbc-card").length,
  );
  expect([...narrowed].sort()).toEqual(caseTitles("smbc-card").sort());
  await page.getByRole("group", { name: "ブランド" }).getByRole("radio", { name: "すべて" }).check();
  await expect(page.getByRole("region", { name: "検索結果" }).getByRole("article")).toHaveCount(all.length);
});

test("the search page works with the keyboard alone", async ({ page }) => {
  await page.goto("/search/");
  const box = page.getByRole("searchbox", { name: "検索する言葉" });
  await box.focus();
  await page.keyboard.type("アメックス");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\?q=/);
  const first = page.getByRole("region", { name: "検索結果" }).getByRole("link", { name: amex.title });
  await expect(first).toBeVisible();
  // Tab from the search box reaches the first result link through focusable controls only.
  for (let i = 0; i < 10 && !(await first.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press("Tab");
  await expect(first).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`/posts/${amex.id}/$`));
});

test("words typed before the search page's script has started are searched when Enter is pressed", async ({
  browser,
}) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  // The island's code arrives late, as on a slow phone: the reader types first.
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/_astro\/SearchApp\.[^/]*\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(new URL("/search/", test.info().project.use.baseURL).href);
  await page.getByRole("searchbox", { name: "検索する言葉" }).fill("アメックス");
  release();
  await expect(page.locator("astro-island[ssr]")).toHaveCount(0);
  await page.getByRole("searchbox", { name: "検索する言葉" }).press("Enter");
  await expect(page).toHaveURL(/\?q=/);
  await expect(page.getByRole("region", { name: "検索結果" }).getByRole("link", { name: amex.title })).toBeVisible();
  await context.close();
});

test("the header search box on an article needs no script and leads to the results", async ({ page }) => {
  const requests: string[] = [];
  page.on("request", (r) => requests.push(r.url()));
  await page.goto(`/posts/${amex.id}/`);
  await page.waitForLoadState("networkidle");
  expect(requests.filter((u) => /pagefind|\.js(\?|$)/.test(u))).toEqual([]);
  const scripts = await page.locator("script[src]").count();
  expect(scripts).toBe(0);
  const box = page.getByRole("search", { name: "サイト内検索" }).getByRole("searchbox");
  await box.fill("SMBC");
  await box.press("Enter");
  await expect(page).toHaveURL(/\/search\/\?q=SMBC/);
  expect(caseTitles("smbc-card")).toContain((await resultTitles(page))[0]);
  // Scripts load only now, on the search page; a bare brand name needs no Pagefind download at all.
  expect(requests.some((u) => /\.js(\?|$)/.test(u))).toBe(true);
  expect(requests.some((u) => u.includes("/search/brand/smbc-card/1.json"))).toBe(true);
});

test("a bare brand name is answered without Pagefind; other articles are searched on request", async ({ page }) => {
  const requests: string[] = [];
  page.on("request", (r) => requests.push(r.url()));
  await searchFor(page, "アメックス");
  expect((await resultTitles(page))[0]).toBe(amex.title);
  expect(requests.filter((u) => u.includes("/pagefind/"))).toEqual([]);
  await page.getByRole("button", { name: "ほかの記事からも「アメックス」を探す" }).click();
  await expect(page.getByRole("heading", { name: "ほかの事例（検索語を含むもの）" })).toBeVisible();
  expect(requests.some((u) => u.includes("/pagefind/pagefind.js"))).toBe(true);
  expect((await resultTitles(page))[0]).toBe(amex.title);
});

test("search requests stay on the site's origin", async ({ page, baseURL }) => {
  const foreign: string[] = [];
  page.on("request", (r) => {
    if (!r.url().startsWith(baseURL!) && !r.url().startsWith("data:")) foreign.push(r.url());
  });
  await searchFor(page, "アメックス");
  expect(foreign).toEqual([]);
});

test("excerpts are article text, not the date line or index-only words", async ({ page }) => {
  await searchFor(page, "AMEX");
  const excerpt = page.getByRole("region", { name: "検索結果" }).getByRole("article").first().locator("p").last();
  await expect(excerpt).not.toContainText("⁄");
  await expect(excerpt).not.toContainText(/^公開/);
  expect((await excerpt.innerText()).length).toBeGreaterThan(20);
});
