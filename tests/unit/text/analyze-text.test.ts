import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyzeText } from "../../../src/lib/text/analyze-text.ts";
import { SMS_SAMPLES } from "../../fixtures/sms/samples.ts";
import { testBrands } from "./brands.ts";

const analyse = (text: string) => analyzeText(text, { brands: testBrands });

describe("analyzeText", () => {
  it("reads the Sagawa SMS from issue 12: the brand, the address, and warnings", () => {
    const result = analyse(
      "【佐川急便】お荷物のお届けにあがりましたが不在の為持ち帰りました。下記よりご確認ください。 http://sagawa-exz.com/ja",
    );
    expect(result.claimedBrandIds).toEqual(["sagawa"]);
    expect(result.urls.map((u) => u.defanged)).toEqual(["hxxp://sagawa-exz[.]com/ja"]);
    expect(result.urls[0]?.verdict.kind).not.toBe("official");
    const ids = result.flags.map((f) => f.id);
    expect(ids).toContain("text-brand-link");
    expect(ids).toContain("text-lure-link");
    expect(result.tactics.map((t) => t.id)).toEqual(["delivery-failure"]);
    expect(result.tactics[0]?.words).toEqual(["不在の為", "持ち帰りました", "お届けにあがりました"]);
    expect(result.flags.every((f) => f.severity === "high")).toBe(true);
    // The message names the brand and never quotes the address in a clickable form.
    expect(result.flags.map((f) => f.message).join("\n")).toContain("佐川急便");
    expect(result.flags.map((f) => f.message).join("\n")).not.toMatch(/sagawa-exz\.com/);
  });

  it.each(SMS_SAMPLES.filter((s) => !s.genuine))("warns about the lure: $name", (sample) => {
    const result = analyse(sample.text);
    expect(result.claimedBrandIds).toContain(sample.brandId);
    expect(result.urls.map((u) => u.registrableDomain)).toContain(sample.host);
    expect(result.flags.some((f) => f.severity === "high" || f.severity === "medium")).toBe(true);
  });

  it.each(SMS_SAMPLES.filter((s) => s.genuine))("does not call the genuine message dangerous: $name", (sample) => {
    const result = analyse(sample.text);
    expect(result.claimedBrandIds).toEqual([sample.brandId]);
    expect(result.urls[0]?.verdict.kind).toBe("official");
    expect(result.flags).toEqual([]);
  });

  it("finds nothing to say about a text with no brand and no address", () => {
    expect(analyse("明日の会議は10時からです。")).toEqual({
      claimedBrandIds: [],
      found: [],
      urls: [],
      flags: [],
      tactics: [],
    });
  });

  it("reads an IP address, a version number and a brand name written as words as words, not links", () => {
    const result = analyse("IPアドレス: 109.252.84.170 から Amazon.co.jp にログインがありました（アプリ 2.10.3）");
    expect(result.urls).toEqual([]);
    expect(analyse("IPアドレス: http://109.252.84.170/login").urls.map((u) => u.host)).toEqual(["109.252.84.170"]);
  });

  it("says a host written without a scheme is written without https, not unencrypted", () => {
    const [url] = analyse("再配達はこちら sagawa-exz.com/ja").urls;
    expect(url?.verdict.reasons.join("")).toContain("「https://」を付けずに書かれた");
    expect(url?.verdict.reasons.join("")).not.toContain("暗号化されていません");
  });

  it("never throws", () => {
    fc.assert(fc.property(fc.string({ maxLength: 300 }), (text) => void analyse(text)));
  });
});
