import { describe, expect, it } from "vitest";
import { runSearch, type PagefindLike, type ResultData } from "../../../src/lib/search/run.ts";
import type { SearchBrand } from "../../../src/lib/search/brands.ts";

const pages: (ResultData & { text: string })[] = [
  {
    url: "/posts/smbc/",
    excerpt: "",
    meta: { title: "SMBC", brands: "三井住友カード", date: "2026-11-21" },
    filters: { brand: ["三井住友カード"] },
    text: "三井住友カード アメックス カード",
  },
  {
    url: "/posts/amex/",
    excerpt: "",
    meta: { title: "Amex", brands: "アメリカン・エキスプレス", date: "2026-11-20" },
    filters: { brand: ["アメリカン・エキスプレス"] },
    text: "アメックス カード",
  },
];

/** A stand-in for Pagefind: substring match on `text`, exact filter match; records the calls. */
function fakePagefind(calls: unknown[] = []): PagefindLike {
  return {
    async search(term, options) {
      calls.push([term, options?.filters]);
      const f = options?.filters ?? {};
      const results = pages.filter(
        (p) =>
          (term === null || term.split(" ").some((w) => p.text.includes(w))) &&
          Object.entries(f).every(([k, v]) => p.filters?.[k]?.includes(v as string)),
      );
      return { results: results.map((p) => ({ id: p.url, data: async () => p })) };
    },
  };
}

const registry: SearchBrand[] = [
  {
    id: "american-express",
    nameJa: "アメリカン・エキスプレス",
    nameEn: "American Express",
    aliases: ["アメックス", "AMEX"],
    mailDomains: ["americanexpress.com"],
    webDomains: ["americanexpress.com"],
    caseCount: 1,
  },
  {
    id: "smbc-card",
    nameJa: "三井住友カード",
    nameEn: "Sumitomo Mitsui Card",
    aliases: ["SMBC"],
    mailDomains: ["vpass.ne.jp"],
    webDomains: ["smbc-card.com"],
    caseCount: 1,
  },
  {
    id: "rakuten-card",
    nameJa: "楽天カード",
    nameEn: "Rakuten Card",
    aliases: ["楽天e-NAVI"],
    mailDomains: ["rakuten-card.co.jp"],
    webDomains: ["rakuten-card.co.jp"],
    caseCount: 0,
  },
];
const brands = registry;

describe("runSearch", () => {
  it("puts the resolved brand's cases first, through the brand filter", async () => {
    const calls: unknown[] = [];
    const out = await runSearch(fakePagefind(calls), "ｱﾒｯｸｽ", brands);
    expect(out.kind).toBe("brand");
    if (out.kind !== "brand") return;
    expect(out.brandHits.map((h) => h.url)).toEqual(["/posts/amex/"]);
    expect(out.otherHits.map((h) => h.url)).toEqual(["/posts/smbc/"]);
    expect(calls[0]).toEqual([null, { brand: "アメリカン・エキスプレス" }]);
    expect(out.brandHits[0]).toMatchObject({ title: "Amex", date: "2026-11-20", brands: ["アメリカン・エキスプレス"] });
  });

  it("presents nothing as a match for a brand with no case", async () => {
    const calls: unknown[] = [];
    const out = await runSearch(fakePagefind(calls), "楽天カード", brands);
    expect(out).toMatchObject({ kind: "no-case", match: { brand: { id: "rakuten-card", nameJa: "楽天カード" } } });
    expect(calls).toEqual([]);
  });

  it("runs a plain text search with the user's filters otherwise", async () => {
    const out = await runSearch(fakePagefind(), "カード", brands, { brand: "三井住友カード" });
    expect(out.kind === "text" && out.hits.map((h) => h.url)).toEqual(["/posts/smbc/"]);
  });

  it("is empty for an empty query without filters, and lists by filter alone otherwise", async () => {
    expect(await runSearch(fakePagefind(), "  ", brands)).toEqual({ kind: "empty" });
    const out = await runSearch(fakePagefind(), "", brands, { brand: "アメリカン・エキスプレス" });
    expect(out.kind === "text" && out.hits.length).toBe(1);
  });

  it("shows no brand hits when the reader filtered to another brand", async () => {
    const out = await runSearch(fakePagefind(), "アメックス", brands, { brand: "三井住友カード" });
    expect(out.kind === "brand" && [out.brandHits.length, out.otherHits.map((h) => h.url)]).toEqual([
      0,
      ["/posts/smbc/"],
    ]);
  });
});

describe("indicatorsFirst", () => {
  it("puts the case that quotes the pasted IP exactly ahead of cases that only share its numbers", async () => {
    const { indicatorsFirst } = await import("../../../src/lib/search/run.ts");
    const hit = (url: string, text: string) => ({
      url,
      title: url,
      date: undefined,
      brands: [],
      excerpt: "",
      description: undefined,
      text,
    });
    const list = [hit("/a/", "received 163 43 from 131.56.0.1"), hit("/b/", "送信元 163.43.131.56 ⁄ auccwallt.top")];
    expect(indicatorsFirst(list, "163[.]43[.]131[.]56").map((h) => h.url)).toEqual(["/b/", "/a/"]);
    expect(indicatorsFirst(list, "アメックス").map((h) => h.url)).toEqual(["/a/", "/b/"]);
  });
});

describe("paging", () => {
  const many = Array.from({ length: 25 }, (_, i) => ({
    url: `/posts/p${i}/`,
    excerpt: "",
    meta: { title: `p${i}` },
    filters: { brand: ["アメリカン・エキスプレス"] },
    text: "アメックス",
  }));
  function counting(loaded: string[]): PagefindLike {
    return {
      async search() {
        return { results: many.map((p) => ({ id: p.url, data: async () => (loaded.push(p.url), p) })) };
      },
    };
  }
  it("loads only the first page of fragments and reports the total", async () => {
    const loaded: string[] = [];
    const out = await runSearch(counting(loaded), "アメックス", brands);
    if (out.kind !== "brand") throw new Error(out.kind);
    expect(out.brandHits).toHaveLength(10);
    expect(out.brandTotal).toBe(25);
    expect(new Set(loaded).size).toBeLessThanOrEqual(15);
  });
  it("loads more when asked", async () => {
    const out = await runSearch(counting([]), "アメックス", brands, {}, { limit: 20 });
    if (out.kind !== "brand") throw new Error(out.kind);
    expect(out.brandHits).toHaveLength(20);
  });
});

describe("bare brand names", () => {
  const page = (n: number) => ({
    total: 12,
    cases: Array.from({ length: n === 1 ? 10 : 2 }, (_, i) => ({
      url: `/posts/c${n}-${i}/`,
      title: `c${n}-${i}`,
      date: "2026-11-20",
      brands: ["アメリカン・エキスプレス"],
      description: "d",
    })),
  });
  it("are answered from the brand's static pages without loading Pagefind", async () => {
    let pagefindLoads = 0;
    const requested: [string, number][] = [];
    const source = {
      pagefind: async () => (pagefindLoads++, fakePagefind()),
      brandPage: async (id: string, n: number) => (requested.push([id, n]), page(n)),
    };
    const out = await runSearch(source, "ＡＭＥＸ", brands);
    if (out.kind !== "brand") throw new Error(out.kind);
    expect(pagefindLoads).toBe(0);
    expect(requested).toEqual([["american-express", 1]]);
    expect(out).toMatchObject({ brandTotal: 12, othersDeferred: true, otherHits: [] });
    expect(out.brandHits).toHaveLength(10);
    const more = await runSearch(source, "アメックス", brands, {}, { limit: 20 });
    if (more.kind !== "brand") throw new Error(more.kind);
    expect(more.brandHits).toHaveLength(12);
    const deep = await runSearch(source, "アメックス", brands, {}, { withOthers: true });
    expect(pagefindLoads).toBe(1);
    if (deep.kind !== "brand") throw new Error(deep.kind);
    expect(deep.othersDeferred).toBe(false);
  });
  it("with more words, or a category filter, go to Pagefind", async () => {
    let pagefindLoads = 0;
    const source = { pagefind: async () => (pagefindLoads++, fakePagefind()), brandPage: async () => page(1) };
    await runSearch(source, "アメックス カード", brands);
    await runSearch(source, "アメックス", brands, { category: "迷惑メール" });
    expect(pagefindLoads).toBe(2);
  });
});
