/**
 * Cases travel (issue 21): every case page has its own 1200×630 PNG preview image and valid JSON-LD,
 * and 「家族に知らせる」 shares the link with the phone's share sheet or copies it, without any
 * request off the site's origin.
 */
import { expect, test } from "@playwright/test";
import { readFileSync } from "node:fs";
import { sourcePosts } from "./content.ts";

const dist = new URL("../../dist/", import.meta.url);
const posts = sourcePosts().filter((p) => !p.draft);

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8).toString("hex")).toBe("89504e470d0a1a0a");
  expect(bytes.subarray(12, 16).toString("latin1")).toBe("IHDR");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test("every case has its own preview image and valid JSON-LD", () => {
  expect(posts.length).toBeGreaterThan(0);
  const images = new Set<string>();
  for (const post of posts) {
    const html = readFileSync(new URL(`posts/${post.id}/index.html`, dist), "utf8");
    const meta = (property: string) =>
      new RegExp(`<meta (?:property|name)="${property}" content="([^"]*)"`).exec(html)?.[1];
    const image = meta("og:image");
    expect(image, post.id).toBe(`https://sagimail.example.org/og/${post.id}.png`);
    expect(meta("twitter:card"), post.id).toBe("summary_large_image");
    const png = readFileSync(new URL(`og/${post.id}.png`, dist));
    expect(pngSize(png), post.id).toEqual({ width: 1200, height: 630 });
    images.add(png.toString("base64"));

    const blocks = [...html.matchAll(/<script type="application\/ld\+json">([^<]*)<\/script>/g)].map((m) => m[1]!);
    expect(blocks, post.id).toHaveLength(1);
    const ld = JSON.parse(blocks[0]!) as { "@context": string; "@graph": Record<string, unknown>[] };
    expect(ld["@context"]).toBe("https://schema.org");
    const node = (type: string) => ld["@graph"].find((n) => n["@type"] === type)!;
    const site = node("Organization");
    expect(site).toMatchObject({ name: "詐欺メール図鑑", url: "https://sagimail.example.org/" });
    const posting = node("BlogPosting");
    expect(posting, post.id).toMatchObject({
      image,
      mainEntityOfPage: `https://sagimail.example.org/posts/${post.id}/`,
      author: { "@id": site["@id"] },
      publisher: { "@id": site["@id"] },
    });
    // The headline is the title the author wrote (frontmatter), unescaped.
    expect(String(posting.headline), post.id).toBe(post.title.replace(/\\"/g, '"'));
    expect(String(posting.datePublished)).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(String(posting.dateModified) >= String(posting.datePublished)).toBe(true);
    const crumbs = node("BreadcrumbList").itemListElement as { name: string; item?: string }[];
    expect(crumbs.map((c) => c.name)).toEqual(["詐欺メール図鑑", expect.any(String), posting.headline]);
    expect(crumbs[1]!.item).toMatch(/^https:\/\/sagimail\.example\.org\/category\/[a-z-]+\/$/);
  }
  // Each case's image is its own.
  expect(images.size).toBe(posts.length);
});

test("「家族に知らせる」 copies the link where there is no share sheet, with no request off the site", async ({
  page,
  context,
}) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.addInitScript(() => {
    // Chromium on Linux has no share sheet; make sure of it.
    Object.defineProperty(navigator, "share", { value: undefined });
  });
  const post = posts.find((p) => p.id.includes("sms")) ?? posts[0]!;
  await page.goto(`/posts/${post.id}/`);
  const requests: string[] = [];
  page.on("request", (r) => requests.push(r.url()));
  await page.getByRole("button", { name: "家族に知らせる" }).click();
  await expect(page.getByRole("status").filter({ hasText: "リンクをコピーしました" })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain(`https://sagimail.example.org/posts/${post.id}/`);
  expect(copied).toContain("この手口に注意:");
  // Nothing leaves the site (the browser may still fetch the site's own favicon).
  const origin = new URL(page.url()).origin;
  expect(requests.filter((url) => !url.startsWith(`${origin}/`))).toEqual([]);
});

test("「家族に知らせる」 hands the title and link to the phone's share sheet where there is one", async ({ page }) => {
  await page.addInitScript(() => {
    const w = window as unknown as { shared: unknown[] };
    w.shared = [];
    Object.defineProperty(navigator, "share", {
      value: async (data: unknown) => void w.shared.push(data),
    });
  });
  const post = posts[0]!;
  await page.goto(`/posts/${post.id}/`);
  const requests: string[] = [];
  page.on("request", (r) => requests.push(r.url()));
  await page.getByRole("button", { name: "家族に知らせる" }).click();
  const shared = await page.evaluate(() => (window as unknown as { shared: { title: string; url: string }[] }).shared);
  expect(shared).toHaveLength(1);
  expect(shared[0]!.url).toBe(`https://sagimail.example.org/posts/${post.id}/`);
  expect(shared[0]!.title).toContain("この手口に注意:");
  // Nothing leaves the site (the browser may still fetch the site's own favicon).
  const origin = new URL(page.url()).origin;
  expect(requests.filter((url) => !url.startsWith(`${origin}/`))).toEqual([]);
});

test("without JavaScript the share control is not shown", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`/posts/${posts[0]!.id}/`);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByRole("button", { name: "家族に知らせる" })).toBeHidden();
  await context.close();
});
