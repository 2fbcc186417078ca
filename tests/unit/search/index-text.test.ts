import { describe, expect, it } from "vitest";
import { filterValues, findBody, metaDescription, withIndexOnlyText } from "../../../src/lib/search/index-text.ts";
import { chooseExcerpt, excerptSegments } from "../../../src/lib/search/excerpt.ts";
import { INDEX_ONLY_SEPARATOR } from "../../../src/lib/search/index-only-separator.ts";

const page = `<html><head><meta name="description" content="説明 &amp; 要約"></head><body><header>chrome</header>
<article class="post" data-pagefind-body><h1>タイトル</h1><a href="/brands/x/" data-pagefind-filter="brand">アメリカン・エキスプレス</a>
<article>入れ子</article><p>送信元は <code>info@auccwallt[.]top</code></p></article>
<aside><article class="post-card">関連</article></aside></body></html>`;

describe("findBody", () => {
  it("finds the end of the data-pagefind-body element across nested elements of the same tag", () => {
    const b = findBody(page)!;
    expect(page.slice(b.innerEnd, b.innerEnd + 10)).toBe("</article>");
    expect(page.slice(b.innerStart, b.innerEnd)).toContain("入れ子");
    expect(page.slice(b.innerStart, b.innerEnd)).not.toContain("関連");
  });
  it("returns undefined for pages without a body", () =>
    expect(findBody("<html><main>x</main></html>")).toBeUndefined());
});

describe("withIndexOnlyText", () => {
  const out = withIndexOnlyText(page, (n) => (n === "アメリカン・エキスプレス" ? [n, "アメックス", "AMEX"] : [n]));
  it("adds brand names and plain indicators inside the article, at its end", () => {
    const b = findBody(out)!;
    const inner = out.slice(b.innerStart, b.innerEnd);
    expect(inner).toMatch(/<div data-search-index-only>.*<\/div>$/s);
    expect(inner).toContain("アメックス");
    expect(inner).toContain("auccwallt.top");
    expect(inner).toContain(INDEX_ONLY_SEPARATOR);
    expect(inner).toContain('<span data-pagefind-meta="description">説明 &amp; 要約</span>');
  });
  it("leaves pages without a body unchanged", () => expect(withIndexOnlyText("<p>x</p>", () => [])).toBe("<p>x</p>"));
  it("reads filter values and the description", () => {
    expect(filterValues(page, "brand")).toEqual(["アメリカン・エキスプレス"]);
    expect(metaDescription(page)).toBe("説明 & 要約");
  });
});

describe("excerpts", () => {
  it("splits marks and decodes entities without keeping other markup", () => {
    expect(excerptSegments("送信元 <mark>auccwallt.top</mark> &lt;b&gt; <img src=x>")).toEqual([
      { text: "送信元 ", mark: false },
      { text: "auccwallt.top", mark: true },
      { text: " <b> ", mark: false },
    ]);
  });
  it("uses the description when the excerpt comes from index-only text", () => {
    expect(chooseExcerpt(`アメックス ${INDEX_ONLY_SEPARATOR} <mark>AMEX</mark>`, "要約")).toEqual([
      { text: "要約", mark: false },
    ]);
    expect(chooseExcerpt("本文 <mark>AMEX</mark>", "要約")).toEqual([
      { text: "本文 ", mark: false },
      { text: "AMEX", mark: true },
    ]);
  });
});

describe("the article's own mail weighs more than a mail it quotes", () => {
  const html = `<article data-pagefind-body><section data-mail-origin="reference"><p>From: a@quoted-only.top</p></section>
<section class="hb" data-mail-origin="own"><section><p>From: info@own-mail.top</p></section><p>IP 192.0.2.7</p></section>
<p>本文では own-mail.top と quoted-only.top の両方に触れます。</p></article>`;
  const out = withIndexOnlyText(html, () => []);
  it("puts the own mail's indicators in the heavier index-only paragraph, once", () => {
    const heavy = /<p data-pagefind-weight="8">([^<]*)<\/p>/.exec(out)?.[1] ?? "";
    const light = /<p data-pagefind-weight="2">([^<]*)<\/p>/.exec(out)?.[1] ?? "";
    expect(heavy).toContain("own-mail.top");
    expect(heavy).toContain("192.0.2.7");
    expect(heavy).not.toContain("quoted-only.top");
    expect(light).toContain("quoted-only.top");
    expect(light).not.toContain("own-mail.top");
  });
});
