import { domainToUnicode } from "node:url";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { confusableSkeleton } from "../../../src/lib/url/confusables.ts";
import { damerauLevenshtein } from "../../../src/lib/url/distance.ts";
import { defang } from "../../../src/lib/url/defang.ts";
import { findUrls } from "../../../src/lib/url/find-urls.ts";
import { hostToUnicode } from "../../../src/lib/url/punycode.ts";
import { showInvisibles } from "../../../src/lib/url/visible-text.ts";

describe("defang", () => {
  it.each([
    ["https://www.example.com/a", "hxxps://www[.]example[.]com/a"],
    ["http://example.com/index.html", "hxxp://example[.]com/index.html"],
    ["www.example.com", "www[.]example[.]com"],
    ["example.co.jp", "example[.]co[.]jp"],
    ["info@auccwallt.top", "info@auccwallt[.]top"],
    ["mailto:first.last@example.com", "mailto:first.last@example[.]com"],
    ["192.168.0.1", "192[.]168[.]0[.]1"],
    ["https://evil.top/r?u=https://www.amex.com", "hxxps://evil[.]top/r?u=hxxps://www[.]amex[.]com"],
    ["HTTPS://WWW.EXAMPLE.COM", "HxxPS://WWW[.]EXAMPLE[.]COM"],
    ["ftp://files.example.com/x", "fxp://files[.]example[.]com/x"],
    ["see file.html and v1.2", "see file.html and v1.2"],
    ["ｗｗｗ．example．com", "ｗｗｗ[.]example[.]com"],
    ["a\u202Eb", "a\\u202Eb"],
    // Masks a quoting page left in a lure's address (did2memo.net, sbapp.net): the dots of a mask are
    // not between labels; the real dots still are.
    ["https://..../", "hxxps://..../"],
    ["https://○○-jcb.info", "hxxps://○○-jcb[.]info"],
    ["https://www..example.com", "hxxps://www[.].example[.]com"],
  ])("%s → %s", (input, expected) => {
    expect(defang(input)).toBe(expected);
  });

  it("never leaves a working scheme or www. in any text", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom("http", "s", "://", "www", ".", "x", "com", " ", "@", "/", "h", "t", "p", ":", "w"), {
          maxLength: 30,
        }),
        (parts) => {
          const out = defang(parts.join(""));
          expect(out).not.toMatch(/https?:\/\//i);
          expect(out).not.toMatch(/www\./i);
        },
      ),
      { numRuns: 3000 },
    );
  });
});

describe("showInvisibles", () => {
  it("turns bidi, zero-width and control characters into visible escapes", () => {
    expect(showInvisibles("a\u202Eb\u200Bc\u0000d\u{E0041}e")).toBe("a\\u202Eb\\u200Bc\\u0000d\\u{E0041}e");
  });
});

describe("findUrls", () => {
  it("finds bare URLs and www. forms in Japanese text", () => {
    expect(
      findUrls(
        "詳しくは https://example.com/a?b=1。または www.test.jp/x) と (https://en.wikipedia.org/wiki/Foo_(bar)). 以上",
      ),
    ).toEqual(["https://example.com/a?b=1", "www.test.jp/x", "https://en.wikipedia.org/wiki/Foo_(bar)"]);
    expect(findUrls("no links here, just example.com and me@example.com")).toEqual([]);
  });
  it("never throws", () => {
    fc.assert(fc.property(fc.string({ unit: "binary", maxLength: 300 }), (s) => Array.isArray(findUrls(s))));
  });
});

describe("helpers", () => {
  it("decodes punycode like Node's URL module", () => {
    for (const host of [
      "xn--mnchen-3ya.de",
      "xn--mex-5cd.com",
      "xn--wgv71a119e.jp",
      "www.example.com",
      "xn--eckwd4c7c.xn--zckzah",
    ]) {
      expect(hostToUnicode(host)).toBe(domainToUnicode(host));
    }
    expect(hostToUnicode("xn--!!!.com")).toBe("xn--!!!.com");
  });
  it("measures Damerau–Levenshtein distance", () => {
    expect(damerauLevenshtein("amex", "amex")).toBe(0);
    expect(damerauLevenshtein("amxe", "amex")).toBe(1);
    expect(damerauLevenshtein("americanexpres", "americanexpress")).toBe(1);
    expect(damerauLevenshtein("", "abc")).toBe(3);
  });
  it("gives look-alike labels the same skeleton", () => {
    expect(confusableSkeleton("arnericanexpress")).toBe(confusableSkeleton("americanexpress"));
    expect(confusableSkeleton("sm6c")).not.toBe(confusableSkeleton("smbc"));
    expect(confusableSkeleton("\u0430mex")).toBe(confusableSkeleton("amex"));
    expect(confusableSkeleton("paypa1")).toBe(confusableSkeleton("paypal"));
  });
});
