import { describe, expect, it } from "vitest";
import { loadBrands } from "../../../src/lib/brand/registry.node.ts";
import { resolveBrand, toSearchBrand } from "../../../src/lib/search/brands.ts";

const WITH_CASES = new Set(["american-express", "smbc-card", "nitori"]);
const brands = loadBrands().map((b) => toSearchBrand(b, WITH_CASES.has(b.id) ? 1 : 0));
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
    ["楽天", "rakuten"],
    ["らくてん", "rakuten"],
    ["Rakuten", "rakuten"],
    ["楽天e-NAVI", "rakuten-card"],
    ["ＪＣＢ", "jcb"],
    ["MyJCB", "jcb"],
    ["ヤマト", "yamato"],
    ["クロネコ", "yamato"],
    ["ｱﾏｿﾞﾝ", "amazon"],
    ["えきねっと", "eki-net"],
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

  it("knows every registry brand, with or without a case, and its sourced domains", () => {
    for (const q of ["楽天", "楽天カード", "JCB", "Amazon", "アマゾン", "ｱﾏｿﾞﾝ"]) {
      const m = resolveBrand(q, brands);
      expect(m?.brand.caseCount, q).toBe(0);
    }
    expect(resolveBrand("楽天カード", brands)?.brand.id).toBe("rakuten-card");
    expect(resolveBrand("三井住友カード", brands)?.brand.mailDomains).toContain("vpass.ne.jp");
  });
});
