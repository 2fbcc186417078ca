import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadBrands } from "../../../src/lib/brand/registry.node.ts";
import { analyzeUrl } from "../../../src/lib/url/analyze.ts";

const brands = loadBrands();
const amex = brands.filter((b) => b.id === "american-express");
const smbc = brands.filter((b) => b.id === "smbc-card");

describe("analyzeUrl: taking a URL apart", () => {
  it("splits scheme, host, registrable domain, subdomain, suffix, path and query", () => {
    const a = analyzeUrl("  https://www.americanexpress.com/ja-jp/account?lang=ja&next=%2Fhome#top  ", {
      brands: amex,
    });
    expect(a).toMatchObject({
      url: "https://www.americanexpress.com/ja-jp/account?lang=ja&next=%2Fhome#top",
      ok: true,
      scheme: "https",
      host: "www.americanexpress.com",
      registrableDomain: "americanexpress.com",
      subdomain: "www",
      publicSuffix: "com",
      path: "/ja-jp/account",
      query: [
        { key: "lang", value: "ja" },
        { key: "next", value: "/home" },
      ],
      fragment: "top",
      defanged: "hxxps://www[.]americanexpress[.]com/ja-jp/account?lang=ja&next=%2Fhome#top",
      isIp: false,
      punycode: false,
    });
  });

  it("uses the Public Suffix List for multi-part suffixes", () => {
    const a = analyzeUrl("https://www.smbc-card.co.jp.example.co.jp/");
    expect(a.registrableDomain).toBe("example.co.jp");
    expect(a.publicSuffix).toBe("co.jp");
    expect(a.subdomain).toBe("www.smbc-card.co.jp");
  });

  it("accepts bare hosts and e-mail addresses", () => {
    expect(analyzeUrl("www.example.com/a").host).toBe("www.example.com");
    expect(analyzeUrl("www.example.com/a").scheme).toBeNull();
    const mail = analyzeUrl("info@auccwallt.top");
    expect(mail.host).toBe("auccwallt.top");
    expect(mail.defanged).toBe("info@auccwallt[.]top");
  });
});

describe("analyzeUrl: verdicts", () => {
  const kindOf = (url: string, b = amex): string => analyzeUrl(url, { brands: b }).verdict.kind;

  it("recognises the official domain, but still says not to click", () => {
    const a = analyzeUrl("https://www.americanexpress.com/ja-jp/", { brands: amex });
    expect(a.verdict.kind).toBe("official");
    expect(a.verdict.brandId).toBe("american-express");
    expect(a.verdict.reasons[0]).toBe(
      "このアドレスはアメリカン・エキスプレスの公式ドメイン americanexpress[.]com のものです。それでもメールのリンクは開かず、ブックマークや公式アプリから確認してください。",
    );
    expect(kindOf("https://www.smbc-card.com/mem/index.jsp", smbc)).toBe("official");
    expect(kindOf("https://www3.vpass.ne.jp/mem/", smbc)).toBe("official");
  });

  it("explains a co.jp ending in front of a foreign domain", () => {
    const a = analyzeUrl("https://www.go-koyatamato.co.jp-adva.dkauqie.cn/", { brands });
    expect(a.verdict.reasons.join("\n")).toContain("本当のドメインは末尾の dkauqie[.]cn");
  });

  it("names the claimed brand's domains when a link is unrelated, not the whole registry", () => {
    const jcb = brands.filter((b) => b.id === "jcb");
    const a = analyzeUrl("https://jcb-login.evil-example.top/x", { brands, claimedBrands: jcb });
    expect(a.verdict.kind).toBe("unrelated");
    expect(a.verdict.reasons[0]).toBe(
      "evil-example[.]top はJCBの公式ドメイン（jcb[.]co[.]jp）とは関係のないドメインです。",
    );
    expect(analyzeUrl("https://evil-example.top/x", { brands }).verdict.reasons[0]).toContain(
      "どのブランドの公式ドメインでもありません",
    );
  });

  it("spots domains that merely contain the brand", () => {
    expect(kindOf("https://americanexpress-login.top/")).toBe("contains-brand");
    expect(kindOf("amex.com.example.top")).toBe("contains-brand");
    expect(kindOf("https://americanexpress.com.example.top/")).toBe("contains-brand");
    expect(kindOf("https://vpass.ne.jp.secure-login.com/", smbc)).toBe("contains-brand");
    expect(kindOf("https://smbc-card.com.verify-id.cn/", smbc)).toBe("contains-brand");
    expect(
      kindOf(
        "https://my-jcb-co-jp.diezdesigngroup.com/",
        brands.filter((b) => b.id === "jcb"),
      ),
    ).toBe("contains-brand");
    expect(analyzeUrl("https://americanexpress.com.example.top/", { brands: amex }).verdict.reasons[0]).toContain(
      "本当のドメインは末尾の example[.]top",
    );
  });

  it("spots look-alikes by edit distance and homoglyphs; the same name under another ending is unconfirmed", () => {
    expect(kindOf("https://americanexpres.com/")).toBe("lookalike");
    expect(kindOf("https://amerricanexpresss.com/")).toBe("lookalike");
    expect(kindOf("https://arnericanexpress.com/")).toBe("lookalike");
    // The brand's own name under another ending may be the brand's (vpass.jp beside vpass.ne.jp) or not:
    // neither confirmed nor shown to be fake.
    expect(kindOf("https://americanexpress.top/")).toBe("unconfirmed-brand");
    expect(kindOf("https://smbc-card.co/", smbc)).toBe("unconfirmed-brand");
    expect(analyzeUrl("https://smbc-card.co/", { brands: smbc }).verdict.reasons[0]).toContain("確認できていません");
    expect(kindOf("https://smbc-card0.com/", smbc)).toBe("lookalike");
    const cyrillic = analyzeUrl("https://\u0430mex.com/", { brands: amex });
    expect(cyrillic.verdict.kind).toBe("lookalike");
    expect(cyrillic.punycode).toBe(true);
    expect(cyrillic.host).toBe("xn--mex-5cd.com");
    expect(cyrillic.hostUnicode).toBe("\u0430mex.com");
    expect(cyrillic.idn).toMatchObject({ mixedScript: true, confusable: true });
  });

  it("flags IP-address hosts, including integer and hex forms", () => {
    expect(kindOf("http://192.168.10.5/login")).toBe("ip-host");
    expect(kindOf("http://[2001:db8::1]/")).toBe("ip-host");
    const hex = analyzeUrl("http://0x7f.1/");
    expect(hex.verdict.kind).toBe("ip-host");
    expect(hex.host).toBe("127.0.0.1");
    expect(hex.verdict.reasons.join("\n")).toContain("0x7f.1");
    expect(analyzeUrl("http://3232235777/").host).toBe("192.168.1.1");
  });

  it("flags URL shorteners, unrelated domains, dangerous schemes and junk", () => {
    expect(kindOf("https://bit.ly/3abc")).toBe("shortener");
    expect(kindOf("https://lin.ee/xyz")).toBe("shortener");
    expect(kindOf("https://auccwallt.top/")).toBe("unrelated");
    expect(kindOf("javascript:alert(1)")).toBe("dangerous-scheme");
    expect(kindOf("JaVaScRiPt:alert(1)")).toBe("dangerous-scheme");
    expect(kindOf("data:text/html,<script>alert(1)</script>")).toBe("dangerous-scheme");
    expect(kindOf("https://")).toBe("invalid");
    expect(kindOf("")).toBe("invalid");
  });

  it("explains the user-name trick and embedded redirect URLs", () => {
    const a = analyzeUrl("https://www.americanexpress.com@evil.top/?next=https://www.americanexpress.com.evil.top/", {
      brands: amex,
    });
    expect(a.host).toBe("evil.top");
    expect(a.verdict.kind).not.toBe("official");
    const text = a.verdict.reasons.join("\n");
    expect(text).toContain("「@」より前の「www[.]americanexpress[.]com」はただの飾り");
    expect(text).toContain("別のアドレス（hxxps://www[.]americanexpress[.]com[.]evil[.]top/）");
  });

  it("does not call ordinary Japanese or Russian domains confusable", () => {
    expect(analyzeUrl("https://日本語.jp/").idn).toMatchObject({ mixedScript: false, confusable: false });
    expect(analyzeUrl("https://пример.рф/").idn).toMatchObject({ mixedScript: false, confusable: false });
  });
});

describe("analyzeUrl: hostile input", () => {
  const noWorkingLink = (text: string): void => {
    expect(text).not.toMatch(/https?:\/\//i);
    expect(text).not.toMatch(/www\./i);
    expect(text).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u202A-\u202E\u2066-\u2069\u200B-\u200F]/);
  };

  it("never throws, and its defanged output and reasons never hold a working link or raw bidi/control characters", () => {
    const pieces = fc.constantFrom(
      "https://",
      "http://",
      "hTTp://",
      "www.",
      "WWW.",
      ".",
      "@",
      "/",
      "\\",
      ":",
      "?",
      "#",
      "%",
      "[",
      "]",
      "xn--",
      "amex",
      "americanexpress",
      ".com",
      ".top",
      "javascript:",
      "data:",
      "\u202E",
      "\u200B",
      "\u0000",
      "\n",
      "\t",
      " ",
      "а",
      "0x7f",
      "..",
      "ｗｗｗ．",
      "。",
    );
    const hostile = fc.oneof(
      fc.string({ unit: "binary", maxLength: 200 }),
      fc.array(pieces, { maxLength: 40 }).map((p) => p.join("")),
    );
    fc.assert(
      fc.property(hostile, (input) => {
        const a = analyzeUrl(input, { brands });
        noWorkingLink(a.defanged);
        for (const reason of a.verdict.reasons) noWorkingLink(reason);
        for (const note of a.idn.notes) noWorkingLink(note);
      }),
      { numRuns: 2000 },
    );
  });

  it("handles 10 kB strings, RTL overrides and control characters", () => {
    const long = `https://${"a".repeat(10_000)}.com/${"b/".repeat(2_000)}`;
    expect(() => analyzeUrl(long, { brands })).not.toThrow();
    // A 10 kB word is read as a bare host that names no brand: never as an official address.
    expect(analyzeUrl("x".repeat(10_240), { brands }).verdict.kind).toBe("unrelated");
    const rtl = analyzeUrl("https://example.com/\u202Egpj.exe", { brands });
    expect(rtl.defanged).toBe("hxxps://example[.]com/\\u202Egpj.exe");
    const control = analyzeUrl("https://exa\u0000mple.com/");
    expect(control.defanged).not.toContain("\u0000");
  });
});
