import { describe, expect, it } from "vitest";
import { caseJsonLd, jsonLdScript } from "../../../src/lib/seo/json-ld.ts";

const base = {
  url: "https://sagimail.example.org/posts/x/",
  headline: "佐川急便を名乗る「不在のため持ち帰り」SMS",
  datePublished: "2026-12-03",
  dateModified: "2026-12-04",
  image: "https://sagimail.example.org/og/x.png",
  site: { name: "詐欺メール図鑑", url: "https://sagimail.example.org/" },
  category: { name: "詐欺SMS（スミッシング）", url: "https://sagimail.example.org/category/phishing-sms/" },
  about: ["佐川急便"],
};
type Node = Record<string, unknown>;
const graph = (ld: object) => (ld as { "@graph": Node[] })["@graph"];
const ofType = (ld: object, type: string) => graph(ld).find((n) => n["@type"] === type)!;

describe("caseJsonLd", () => {
  it("describes the article, its author and publisher, and its place in the site", () => {
    const ld = caseJsonLd(base);
    expect((ld as Node)["@context"]).toBe("https://schema.org");
    const site = ofType(ld, "Organization");
    expect(site).toEqual({
      "@type": "Organization",
      "@id": "https://sagimail.example.org/#site",
      name: "詐欺メール図鑑",
      url: "https://sagimail.example.org/",
    });
    expect(ofType(ld, "BlogPosting")).toMatchObject({
      headline: base.headline,
      datePublished: "2026-12-03",
      dateModified: "2026-12-04",
      image: "https://sagimail.example.org/og/x.png",
      mainEntityOfPage: base.url,
      author: { "@id": site["@id"] },
      publisher: { "@id": site["@id"] },
      about: [{ "@type": "Organization", name: "佐川急便" }],
    });
    expect(ofType(ld, "BreadcrumbList").itemListElement).toEqual([
      { "@type": "ListItem", position: 1, name: "詐欺メール図鑑", item: "https://sagimail.example.org/" },
      {
        "@type": "ListItem",
        position: 2,
        name: "詐欺SMS（スミッシング）",
        item: "https://sagimail.example.org/category/phishing-sms/",
      },
      { "@type": "ListItem", position: 3, name: base.headline },
    ]);
  });
  it("leaves out what the case does not have", () => {
    const posting = ofType(caseJsonLd({ ...base, about: [] }), "BlogPosting");
    expect(posting).not.toHaveProperty("about");
  });
});

describe("jsonLdScript", () => {
  it("cannot close its script element or start markup, and stays the same JSON", () => {
    const hostile = { headline: "</script><script>alert(1)</script> & <!-- \u2028" };
    const text = jsonLdScript(hostile);
    expect(text).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(text)).toEqual(hostile);
  });
});
