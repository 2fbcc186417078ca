import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findTextUrls } from "../../../src/lib/url/find-text-urls.ts";

const urls = (text: string) => findTextUrls(text).map((u) => u.url);

describe("findTextUrls", () => {
  it("finds an address with a scheme and stops at the Japanese text after it", () => {
    expect(urls("下記よりご確認ください。 http://sagawa-exz.com/ja")).toEqual(["http://sagawa-exz.com/ja"]);
    expect(urls("こちら→https://example.com/a?b=1です")).toEqual(["https://example.com/a?b=1"]);
  });

  it.each([
    ["「https://example.com/x」をご確認", "https://example.com/x"],
    ["詳細はhttps://example.com/x。", "https://example.com/x"],
    ["https://example.com/x、https://example.org/y", "https://example.com/x"],
    ["（https://example.com/x）", "https://example.com/x"],
    ["【https://example.com/x】", "https://example.com/x"],
    ["(see https://example.com/x).", "https://example.com/x"],
    ["『https://example.com/x』", "https://example.com/x"],
  ])("ends the address at Japanese punctuation and brackets: %s", (text, expected) => {
    expect(urls(text)[0]).toBe(expected);
  });

  it("keeps balanced parentheses inside a path", () => {
    expect(urls("https://en.wikipedia.org/wiki/Foo_(bar) を参照")).toEqual(["https://en.wikipedia.org/wiki/Foo_(bar)"]);
  });

  it("finds www. addresses and bare domains with a path, adding http://", () => {
    const found = findTextUrls("www.example.co.jp と sagawa-exz.com/ja を開いて");
    expect(found.map((u) => [u.url, u.form])).toEqual([
      ["http://www.example.co.jp", "www"],
      ["http://sagawa-exz.com/ja", "bare"],
    ]);
  });

  it("accepts bare domains only with a real top-level domain", () => {
    expect(urls("例えば.net や 1.2.3 や file.invalidtld や v2.0 は違う")).toEqual([]);
    expect(urls("amazon-co-jp.top にログイン")).toEqual(["http://amazon-co-jp.top"]);
  });

  it("does not take an e-mail address for a web address", () => {
    expect(urls("info@example.com まで")).toEqual([]);
  });

  it("reads full-width letters and punctuation", () => {
    expect(urls("ｈｔｔｐｓ：／／ｅｘａｍｐｌｅ．ｃｏｍ／ｌｏｇｉｎ　から")).toEqual(["https://example.com/login"]);
    expect(urls("ｗｗｗ．ｅｘａｍｐｌｅ．ｊｐ")).toEqual(["http://www.example.jp"]);
  });

  it("reads defanged addresses and says they were defanged", () => {
    const found = findTextUrls("hxxps://evil[.]example[.]com/a と bad(.)example(.)org と hxxp[:]//x[dot]example[.]net");
    expect(found.map((u) => u.url)).toEqual([
      "https://evil.example.com/a",
      "http://bad.example.org",
      "http://x.example.net",
    ]);
    expect(found.every((u) => u.defanged)).toBe(true);
    expect(findTextUrls("https://example.com")[0]?.defanged).toBe(false);
  });

  it("finds shorteners like any other address", () => {
    expect(urls("bit.ly/3xYz 確認")).toEqual(["http://bit.ly/3xYz"]);
  });

  it("finds several addresses once each, in order", () => {
    expect(urls("https://a.example.com https://b.example.com https://a.example.com")).toEqual([
      "https://a.example.com",
      "https://b.example.com",
    ]);
  });

  it("does not join addresses across lines", () => {
    expect(urls("example\n.com")).toEqual([]);
  });

  it("never throws and stays fast on any text", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) => {
        expect(Array.isArray(findTextUrls(text))).toBe(true);
      }),
    );
    const start = performance.now();
    findTextUrls("a.".repeat(500_000) + "ｈｔｔｐ：／／".repeat(10_000));
    expect(performance.now() - start).toBeLessThan(3000);
  });
});
