import { describe, expect, it } from "vitest";
import { extractIndicators, indicatorForms } from "../../../src/lib/search/indicators.ts";

describe("extractIndicators", () => {
  it("finds sender and Return-Path domains, IPs and URL hosts, plain and defanged", () => {
    const text =
      "Return-Path: <gtjipqj@xdsndkpbg.com> Received: from unknown ([163.43.131.56]) From: info@auccwallt[.]top " +
      "URL hxxps://www.americanexpress[.]com/ja-jp/account/login?x=1 と `s.vpass.jp`";
    expect(extractIndicators(text)).toEqual([
      "gtjipqj@xdsndkpbg.com",
      "xdsndkpbg.com",
      "info@auccwallt.top",
      "auccwallt.top",
      "www.americanexpress.com",
      "163.43.131.56",
      "s.vpass.jp",
    ]);
  });
  it("ignores Japanese prose and version-like numbers", () => {
    expect(extractIndicators("カードの利用を一部制限しています。バージョン 1.2.3")).toEqual([]);
  });
});

describe("indicatorForms", () => {
  it("adds the joined and spaced forms of a dotted name", () => {
    expect(indicatorForms("auccwallt.top")).toEqual(["auccwallt.top", "auccwallttop", "auccwallt top"]);
    expect(indicatorForms("163.43.131.56")).toEqual(["163.43.131.56", "1634313156", "163 43 131 56"]);
  });
});
