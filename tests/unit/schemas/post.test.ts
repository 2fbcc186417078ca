import { describe, expect, it } from "vitest";
import { z } from "astro/zod";
import { createPostSchema } from "../../../src/schemas/post.ts";
import { brandSchema } from "../../../src/schemas/brand.ts";

const schema = createPostSchema({ knownBrandIds: ["american-express", "smbc-card"], brandRef: z.string() });
const valid = {
  title: "t",
  description: "d",
  pubDate: "2026-11-20",
  brands: ["american-express"],
  category: "phishing-mail",
};

const messages = (input: unknown) => {
  const r = schema.safeParse(input);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
};

describe("post frontmatter schema", () => {
  it("accepts a valid post and fills defaults", () => {
    const r = schema.parse(valid);
    expect(r.tags).toEqual([]);
    expect(r.draft).toBe(false);
    expect(r.pubDate.toISOString()).toBe("2026-11-20T00:00:00.000Z");
  });
  it("names an unknown brand and lists the known ones", () => {
    expect(messages({ ...valid, brands: ["amex"] })).toEqual([
      'brands.0: ブランド "amex" は content/brands/ にありません。使えるのは american-express, smbc-card です。新しいブランドなら content/brands/amex.json を作ってください。',
    ]);
  });
  it("says which categories exist", () => {
    expect(messages({ ...valid, category: "spam" })[0]).toMatch(/^category: category は phishing-mail \/ fake-site/);
  });
  it("explains a bad date and a missing title in Japanese", () => {
    const m = messages({ ...valid, pubDate: "来週", title: undefined });
    expect(m).toContain("pubDate: pubDate は 2026-11-27 のような日付で書いてください。");
    expect(m.some((x) => x.startsWith("title: title（記事のタイトル）"))).toBe(true);
  });
});

describe("brand schema", () => {
  it("rejects a URL where a domain belongs", () => {
    const r = brandSchema.safeParse({ nameJa: "x", nameEn: "x", officialDomains: ["https://example.com/"] });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toMatch(/小文字の登録ドメイン名/);
  });
  it("needs https for the report page", () => {
    expect(
      brandSchema.safeParse({
        nameJa: "x",
        nameEn: "x",
        officialDomains: ["example.com"],
        reportUrl: "http://example.com/",
      }).success,
    ).toBe(false);
  });
});
