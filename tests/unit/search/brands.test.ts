import { describe, expect, it } from "vitest";
import { loadBrands } from "../../../src/lib/brand-registry.node.ts";
import { resolveBrand, type SearchBrand } from "../../../src/lib/search/brands.ts";
import { mergeBrands, unlistedBrands } from "../../../src/lib/search/unlisted-brands.ts";

const registry: SearchBrand[] = loadBrands().map((b) => ({
  id: b.id,
  nameJa: b.nameJa,
  nameEn: b.nameEn,
  aliases: b.aliases,
  caseCount: 1,
}));
const brands = mergeBrands(registry, new Set(["カード会社"]));
const idOf = (q: string) => resolveBrand(q, brands)?.brand.id;

describe("resolveBrand against the registry in content/brands", () => {
  it.each([
    ["アメックス", "american-express"],
    ["AMEX", "american-express"],
    ["amex", "american-express"],
    ["ＡＭＥＸ", "american-express"],
    ["ｱﾒｯｸｽ", "american-express"],
    ["American Express", "american-express"],
    ["americanexpress", "american-express"],
    ["アメリカン・エキスプレス", "american-express"],
    ["アメリカンエキスプレス", "american-express"],
    ["三井住友カード", "smbc-card"],
    ["SMBC", "smbc-card"],
    ["ＳＭＢＣ", "smbc-card"],
    ["Vpass", "smbc-card"],
    ["にとり", "nitori"],
  ])("%s → %s", (q, id) => expect(idOf(q)).toBe(id));

  it("every name and alias of every registry brand resolves to that brand", () => {
    for (const b of loadBrands())
      for (const name of [b.nameJa, b.nameEn, ...b.aliases]) expect(idOf(name), name).toBe(b.id);
  });

  it("finds a brand inside a longer query and keeps the rest", () => {
    const m = resolveBrand("アメックス 偽メール", brands);
    expect(m?.brand.id).toBe("american-express");
    expect(m?.rest).toBe("偽メール");
  });

  it("prefers the longest name: 三井住友銀行 is not 三井住友カード", () => {
    expect(idOf("三井住友銀行")).toBe("smbc-bank");
    expect(idOf("三井住友カードの偽メール")).toBe("smbc-card");
  });

  it("returns undefined for words that name no brand", () => {
    expect(resolveBrand("カード", brands)).toBeUndefined();
    expect(resolveBrand("auccwallt.top", brands)).toBeUndefined();
    expect(resolveBrand("   ", brands)).toBeUndefined();
  });

  it("recognises brands the site has no case for, with no cases", () => {
    for (const q of ["楽天", "楽天カード", "JCB", "Amazon", "アマゾン", "ｱﾏｿﾞﾝ"]) {
      const m = resolveBrand(q, brands);
      expect(m?.brand.caseCount, q).toBe(0);
    }
    expect(resolveBrand("楽天カード", brands)?.brand.nameJa).toBe("楽天");
  });
});

describe("mergeBrands", () => {
  it("lets a registry brand win over an unlisted one with the same id or name", () => {
    const reg: SearchBrand[] = [{ id: "rakuten-card", nameJa: "楽天", nameEn: "Rakuten", aliases: [], caseCount: 2 }];
    const merged = mergeBrands(reg, new Set());
    expect(merged.filter((b) => b.nameJa === "楽天")).toEqual(reg);
    expect(merged.length).toBe(unlistedBrands.length);
  });
  it("keeps a related tag only when some case uses it", () => {
    expect(mergeBrands([], new Set()).find((b) => b.id === "jcb")?.relatedTag).toBeUndefined();
    expect(mergeBrands([], new Set(["カード会社"])).find((b) => b.id === "jcb")?.relatedTag).toBe("カード会社");
  });
});
