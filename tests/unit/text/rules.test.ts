import { describe, expect, it } from "vitest";
import type { Brand } from "../../../src/lib/brand/brand.ts";
import { analyzeUrl } from "../../../src/lib/url/analyze.ts";
import { brandLink } from "../../../src/lib/text/rules/brand-link.ts";
import { lureLink } from "../../../src/lib/text/rules/lure-link.ts";
import { shortenerLink } from "../../../src/lib/text/rules/shortener-link.ts";
import { runTextRules, TEXT_RULES } from "../../../src/lib/text/rules/index.ts";
import { type TextRule, type TextRuleInput } from "../../../src/lib/text/rules/types.ts";
import { findTactics } from "../../../src/lib/text/tactics/index.ts";
import { amazon, sagawa, testBrands } from "./brands.ts";

function input(text: string, urls: string[], claimed: Brand[] = []): TextRuleInput {
  return {
    text,
    normalised: text.normalize("NFKC"),
    urls: urls.map((u) => analyzeUrl(u, { brands: testBrands })),
    claimedBrands: claimed,
    brands: testBrands,
    tactics: findTactics(text),
  };
}
const ids = (rule: TextRule, i: TextRuleInput) => rule.check(i).map((f) => f.id);

describe("text rules", () => {
  it("every rule has a unique id and a Japanese description", () => {
    expect(new Set(TEXT_RULES.map((r) => r.id)).size).toBe(TEXT_RULES.length);
    for (const rule of TEXT_RULES) expect(rule.description).toMatch(/[\p{Script=Han}\p{Script=Hiragana}]/u);
  });

  describe("text-lure-link", () => {
    it("fires on a lure's wording with a link off the claimed brand's domains, naming the words", () => {
      const findings = lureLink.check(input("不在の為持ち帰りました", ["http://sagawa-exz.com/ja"], [sagawa]));
      expect(findings.map((f) => f.id)).toEqual(["text-lure-link"]);
      expect(findings[0]?.message).toContain("「不在の為」");
      expect(findings[0]?.message).toContain("sagawa-exz[.]com");
    });
    it("stays quiet when the link is the brand's own, or there is no link", () => {
      expect(ids(lureLink, input("不在の為持ち帰りました", ["https://www.sagawa-exp.co.jp/"], [sagawa]))).toEqual([]);
      expect(ids(lureLink, input("不在の為持ち帰りました", [], [sagawa]))).toEqual([]);
    });
    it("without a brand, fires unless the link is official for some brand", () => {
      expect(ids(lureLink, input("お荷物の配達状況", ["https://track-parcel.top/"]))).toEqual(["text-lure-link"]);
      expect(ids(lureLink, input("お荷物の配達状況", ["https://www.sagawa-exp.co.jp/"]))).toEqual([]);
    });
    it("fires on unpaid bills, frozen accounts and prizes alike, and not on plain text", () => {
      for (const text of [
        "ご利用料金のお支払いが確認できておりません",
        "アカウントを一時停止しました",
        "ポイントが失効します",
      ])
        expect(ids(lureLink, input(text, ["https://docomo-pay.top/"]))).toEqual(["text-lure-link"]);
      expect(ids(lureLink, input("明日の会議は10時からです", ["https://nta-tax.top/"]))).toEqual([]);
    });
    it("accepts the brand's published link hosts as its own", () => {
      const withShortener = {
        ...amazon,
        contact: {
          ...amazon.contact,
          linkHosts: [
            {
              hosts: ["amzn.asia"],
              channels: ["sms" as const],
              source: { url: "https://example.jp/", title: "t", checked: "2026-12-03", secondary: false },
              sources: [],
            },
          ],
        },
      };
      expect(
        ids(lureLink, input("アカウントを一時停止しました", ["https://amzn.asia/d/abc"], [withShortener])),
      ).toEqual([]);
    });
  });

  it("text-brand-link names the brand and the foreign domain, defanged", () => {
    const findings = brandLink.check(
      input("【佐川急便】", ["http://sagawa-exz.com/ja", "https://www.sagawa-exp.co.jp/"], [sagawa]),
    );
    expect(findings).toHaveLength(1);
    expect(findings[0]?.message).toContain("佐川急便");
    expect(findings[0]?.message).toContain("sagawa-exz[.]com");
    expect(brandLink.check(input("no brand", ["http://sagawa-exz.com/ja"]))).toEqual([]);
  });

  it("text-shortener-link fires on shorteners only; a shortener alone is not called off the brand", () => {
    expect(ids(shortenerLink, input("", ["http://bit.ly/3dKmA9x"]))).toEqual(["text-shortener-link"]);
    expect(ids(shortenerLink, input("", ["https://example.com/"]))).toEqual([]);
    // Where it leads is unknown: neither the brand-link nor the lure-link rule calls it off the brand.
    expect(ids(brandLink, input("【ドコモ】料金のお支払い", ["http://bit.ly/3dKmA9x"], [sagawa]))).toEqual([]);
    expect(ids(lureLink, input("不在の為持ち帰りました", ["http://bit.ly/3dKmA9x"], [sagawa]))).toEqual([]);
  });

  it("runTextRules sorts by severity and survives a broken rule", () => {
    const broken: TextRule = {
      id: "broken",
      description: "壊れた規則",
      check() {
        throw new Error("boom");
      },
    };
    const findings = runTextRules(
      input("不在の為持ち帰りました", ["http://bit.ly/x", "http://sagawa-exz.com/"], [sagawa]),
      [broken, ...TEXT_RULES],
    );
    expect(findings.map((f) => [f.id, f.severity])).toEqual([
      ["text-brand-link", "high"],
      ["text-lure-link", "high"],
      ["text-shortener-link", "medium"],
    ]);
  });
});
