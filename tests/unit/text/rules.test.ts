import { describe, expect, it } from "vitest";
import type { Brand } from "../../../src/lib/brand.ts";
import { analyzeUrl } from "../../../src/lib/url/analyze.ts";
import { accountSuspended } from "../../../src/lib/text/rules/account-suspended.ts";
import { brandLink } from "../../../src/lib/text/rules/brand-link.ts";
import { deliveryFailure } from "../../../src/lib/text/rules/delivery-failure.ts";
import { prize } from "../../../src/lib/text/rules/prize.ts";
import { shortenerLink } from "../../../src/lib/text/rules/shortener-link.ts";
import { runTextRules, TEXT_RULES, type TextRule, type TextRuleInput } from "../../../src/lib/text/rules/index.ts";
import { unpaidPayment } from "../../../src/lib/text/rules/unpaid-payment.ts";
import { amazon, sagawa, smbc, testBrands } from "./brands.ts";

function input(text: string, urls: string[], claimed: Brand[] = []): TextRuleInput {
  return {
    text,
    normalised: text.normalize("NFKC"),
    urls: urls.map((u) => analyzeUrl(u, { brands: testBrands })),
    claimedBrands: claimed,
    brands: testBrands,
  };
}
const ids = (rule: TextRule, i: TextRuleInput) => rule.check(i).map((f) => f.id);

describe("text rules", () => {
  it("every rule has a unique id and a Japanese description", () => {
    expect(new Set(TEXT_RULES.map((r) => r.id)).size).toBe(TEXT_RULES.length);
    for (const rule of TEXT_RULES) expect(rule.description).toMatch(/[\p{Script=Han}\p{Script=Hiragana}]/u);
  });

  describe("text-delivery-failure", () => {
    it("fires on a missed-delivery notice with a foreign link", () => {
      expect(ids(deliveryFailure, input("不在の為持ち帰りました", ["http://sagawa-exz.com/ja"], [sagawa]))).toEqual([
        "text-delivery-failure",
      ]);
    });
    it("stays quiet when the link is the brand's own, or there is no link", () => {
      expect(
        ids(deliveryFailure, input("不在の為持ち帰りました", ["https://www.sagawa-exp.co.jp/"], [sagawa])),
      ).toEqual([]);
      expect(ids(deliveryFailure, input("不在の為持ち帰りました", [], [sagawa]))).toEqual([]);
    });
    it("without a brand, fires unless the link is official for some brand", () => {
      expect(ids(deliveryFailure, input("お荷物の配達状況", ["https://track-parcel.top/"]))).toEqual([
        "text-delivery-failure",
      ]);
      expect(ids(deliveryFailure, input("お荷物の配達状況", ["https://www.sagawa-exp.co.jp/"]))).toEqual([]);
    });
  });

  it("text-unpaid-payment fires on unpaid bills and taxes", () => {
    expect(
      ids(unpaidPayment, input("ご利用料金のお支払いが確認できておりません", ["https://docomo-pay.top/"])),
    ).toEqual(["text-unpaid-payment"]);
    expect(ids(unpaidPayment, input("未納の税金があります", ["https://nta-tax.top/"]))).toEqual([
      "text-unpaid-payment",
    ]);
    expect(ids(unpaidPayment, input("お荷物のお届け予定", ["https://nta-tax.top/"]))).toEqual([]);
  });

  it("text-account-suspended fires on frozen accounts and identity checks", () => {
    expect(
      ids(accountSuspended, input("アカウントを一時停止しました", ["https://amazon-co-jp.icu/"], [amazon])),
    ).toEqual(["text-account-suspended"]);
    expect(ids(accountSuspended, input("ご本人確認をお願いします", ["https://vpass-jp.xyz/"], [smbc]))).toEqual([
      "text-account-suspended",
    ]);
    expect(ids(accountSuspended, input("ご本人確認をお願いします", ["https://www.smbc-card.com/"], [smbc]))).toEqual(
      [],
    );
  });

  it("text-prize fires on prizes and expiring points, as a medium finding", () => {
    const findings = prize.check(input("おめでとうございます！当選しました", ["https://rakuten-point.shop/"]));
    expect(findings.map((f) => [f.id, f.severity])).toEqual([["text-prize", "medium"]]);
    expect(prize.check(input("ポイントが失効します", ["https://rakuten-point.shop/"]))).toHaveLength(1);
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

  it("text-shortener-link fires on shorteners only", () => {
    expect(ids(shortenerLink, input("", ["http://bit.ly/3dKmA9x"]))).toEqual(["text-shortener-link"]);
    expect(ids(shortenerLink, input("", ["https://example.com/"]))).toEqual([]);
  });

  it("runTextRules sorts by severity and survives a broken rule", () => {
    const broken: TextRule = {
      id: "broken",
      description: "壊れた規則",
      check() {
        throw new Error("boom");
      },
    };
    const findings = runTextRules(input("不在の為持ち帰りました", ["http://bit.ly/x"], [sagawa]), [
      broken,
      ...TEXT_RULES,
    ]);
    expect(findings.map((f) => f.severity)).toEqual(["high", "high", "medium"]);
  });
});
