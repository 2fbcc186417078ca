import { experimental_AstroContainer as AstroContainer } from "astro/container";
import { beforeAll, describe, expect, it } from "vitest";
import PostCard from "../../src/components/PostCard.astro";
import FormattedDate from "../../src/components/FormattedDate.astro";
import SiteHeader from "../../src/components/SiteHeader.astro";
import SameTemplatePosts from "../../src/components/SameTemplatePosts.astro";

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

const brand = {
  id: "american-express",
  collection: "brands",
  data: {
    nameJa: "アメリカン・エキスプレス",
    nameEn: "American Express",
    category: "card",
    aliases: [],
    mailDomains: { domains: ["americanexpress.com"], sources: [] },
    webDomains: { domains: ["americanexpress.com"], sources: [] },
    howToCheck: "公式アプリで確かめます。",
  },
};
const post = {
  id: "2026-11-x",
  collection: "posts",
  data: {
    title: "<script>alert(1)</script> を名乗るメール",
    description: "説明文",
    pubDate: new Date("2026-11-20T00:00:00Z"),
    brands: [{ id: "american-express", collection: "brands" }],
    category: "phishing-mail",
    tags: [],
    draft: false,
  },
};

describe("PostCard", () => {
  it("links the title to the post and shows date, category and brand names, escaping text", async () => {
    const html = await container.renderToString(PostCard, { props: { post, brands: new Map([[brand.id, brand]]) } });
    expect(html).toContain('href="/posts/2026-11-x/"');
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt; を名乗るメール");
    expect(html).not.toContain("<script>");
    expect(html).toMatch(/<time datetime="2026-11-20"[^>]*>2026年11月20日<\/time>/);
    expect(html).toContain("迷惑メール");
    expect(html).toContain("アメリカン・エキスプレス");
  });
});

describe("SameTemplatePosts", () => {
  it("lists the cases with the same text, with their brand, date and score, and nothing when there is none", async () => {
    const brands = new Map([[brand.id, brand]]);
    const html = await container.renderToString(SameTemplatePosts, {
      props: { matches: [{ post, score: 0.874 }], brands },
    });
    expect(html).toContain("<h2");
    expect(html).toContain("同じ文面の事例");
    expect(html).toContain('href="/posts/2026-11-x/"');
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt; を名乗るメール");
    expect(html).not.toContain("<script>");
    expect(html).toContain("アメリカン・エキスプレス・");
    expect(html).toContain("文面の一致 約87%");
    const empty = await container.renderToString(SameTemplatePosts, { props: { matches: [], brands } });
    expect(empty).not.toContain("同じ文面の事例");
  });
});

describe("FormattedDate", () => {
  it("renders a machine-readable Japan-time date", async () => {
    const html = await container.renderToString(FormattedDate, { props: { date: new Date("2026-11-30T20:00:00Z") } });
    expect(html).toMatch(/<time datetime="2026-12-01"[^>]*>2026年12月1日<\/time>/);
  });
});

describe("SiteHeader", () => {
  it("marks the current section with aria-current", async () => {
    const html = await container.renderToString(SiteHeader, {
      request: new Request("https://sagimail.example.org/brands/nitori/"),
    });
    expect(html).toMatch(/<a href="\/brands\/" aria-current="page"[^>]*>ブランド別<\/a>/);
    expect(html).not.toMatch(/<a href="\/" aria-current/);
  });
});
