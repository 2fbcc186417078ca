import { describe, expect, it } from "vitest";
import { foldForMatch, normalizeQuery, refang } from "../../../src/lib/search/normalize.ts";

describe("normalizeQuery", () => {
  it("turns full-width Latin and half-width katakana into their usual forms", () => {
    expect(normalizeQuery("ＡＭＥＸ")).toBe("AMEX");
    expect(normalizeQuery("ｱﾒｯｸｽ")).toBe("アメックス");
    expect(normalizeQuery("ｱﾒﾘｶﾝ･ｴｷｽﾌﾟﾚｽ")).toBe("アメリカン・エキスプレス");
    expect(normalizeQuery("１６３．４３．１３１．５６")).toBe("163.43.131.56");
  });
  it("collapses ideographic and ASCII spaces and trims", () => {
    expect(normalizeQuery("　American　 Express ")).toBe("American Express");
  });
  it("refangs defanged indicators", () => {
    expect(normalizeQuery("auccwallt[.]top")).toBe("auccwallt.top");
    expect(normalizeQuery("hxxps://auccwallt[.]top/login")).toBe("https://auccwallt.top/login");
    expect(normalizeQuery("info[@]auccwallt(.)top")).toBe("info@auccwallt.top");
  });
});

describe("refang", () => {
  it("leaves ordinary text alone", () => {
    expect(refang("アメックス [spam] の件名")).toBe("アメックス [spam] の件名");
  });
  it("handles [dot] and hxxp without slashes", () => {
    expect(refang("example[dot]com hxxp")).toBe("example.com http");
  });
});

describe("foldForMatch", () => {
  it("folds width, case, middle dots, spaces and hiragana", () => {
    const key = foldForMatch("アメリカン・エキスプレス");
    expect(foldForMatch("アメリカンエキスプレス")).toBe(key);
    expect(foldForMatch("ｱﾒﾘｶﾝ ｴｷｽﾌﾟﾚｽ")).toBe(key);
    expect(foldForMatch("ＡＭＥＸ")).toBe("amex");
    expect(foldForMatch("にとり")).toBe(foldForMatch("ニトリ"));
    expect(foldForMatch("American Express")).toBe("americanexpress");
  });
});
