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
    expect(messages({ ...valid, category: "spam" })[0]).toMatch(
      /^category: category は phishing-mail \/ phishing-sms \/ fake-site/,
    );
  });
  it("explains a bad date and a missing title in Japanese", () => {
    const m = messages({ ...valid, pubDate: "来週", title: undefined });
    expect(m).toContain("pubDate: pubDate は 2026-11-27 のような日付で書いてください。");
    expect(m.some((x) => x.startsWith("title: title（記事のタイトル）"))).toBe(true);
  });
});

describe("brand schema", () => {
  const list = (domains: string[], sources: object[] = [official]) => ({ domains, sources });
  const official = { url: "https://www.example.co.jp/security/", title: "公式ページ", checked: "2026-12-01" };
  const valid = {
    nameJa: "例",
    nameEn: "Example",
    category: "card",
    aliases: ["れい"],
    mailDomains: list(["example.co.jp"]),
    webDomains: list(["example.co.jp"]),
    howToCheck: "公式アプリで確かめます。",
  };
  const first = (input: object) => {
    const r = brandSchema.safeParse(input);
    return r.success ? null : { path: r.error.issues[0]?.path.join("."), message: r.error.issues[0]?.message ?? "" };
  };
  it("accepts a complete brand file", () => {
    expect(first(valid)).toBeNull();
  });
  it("rejects a URL where a domain belongs", () => {
    expect(first({ ...valid, webDomains: list(["https://example.com/"]) })?.message).toMatch(/小文字の登録ドメイン名/);
  });
  it("rejects a subdomain and names the registrable domain to write", () => {
    expect(first({ ...valid, mailDomains: list(["contact.vpass.ne.jp"]) })).toEqual({
      path: "mailDomains.domains.0",
      message: '"contact.vpass.ne.jp" はサブドメインです。登録ドメインの "vpass.ne.jp" だけを書いてください。',
    });
    expect(first({ ...valid, mailDomains: list(["co.jp"]) })?.message).toMatch(/登録できるドメインではありません/);
  });
  it("rejects a list without a source, and one secondary page alone", () => {
    expect(first({ ...valid, mailDomains: list(["example.co.jp"], []) })?.path).toBe("mailDomains.sources");
    const blog = { url: "https://blog.example.net/a", title: "ブログ", checked: "2026-12-01", secondary: true };
    const sameSite = { ...blog, url: "https://other.example.net/b" };
    expect(first({ ...valid, webDomains: list(["example.co.jp"], [blog, sameSite]) })?.path).toBe("webDomains.sources");
    const elsewhere = { ...blog, url: "https://news.example.org/c" };
    expect(first({ ...valid, webDomains: list(["example.co.jp"], [blog, elsewhere]) })).toBeNull();
  });
  it("needs a note for an empty list", () => {
    expect(first({ ...valid, mailDomains: list([], []) })?.path).toBe("mailDomains.note");
    expect(first({ ...valid, mailDomains: { domains: [], sources: [], note: "見つからないため空です。" } })).toBeNull();
  });
  it("rejects unknown keys and a report page that is not https", () => {
    expect(first({ ...valid, officialDomains: ["example.co.jp"] })?.message).toBeTruthy();
    expect(first({ ...valid, report: { ...official, url: "http://www.example.co.jp/" } })?.path).toBe("report.url");
    expect(first({ ...valid, report: { ...official, url: "https://evil.example/" } })?.path).toBe("report.url");
  });
});
