import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { htmlToView } from "../../../src/lib/html/html-to-view.ts";
import { textToView } from "../../../src/lib/html/text-to-view.ts";
import { visibleAddressMismatch } from "../../../src/lib/html/link-text.ts";
import type { BodyView } from "../../../src/lib/html/view-model.ts";

const view = (html: string) => htmlToView(html).view;
/** The view flattened to text the way the component prints it. */
function flat(v: BodyView): string {
  return v.blocks
    .map((b) =>
      b.inlines
        .map((i) =>
          i.kind === "text"
            ? i.text
            : i.kind === "break"
              ? "\n"
              : i.kind === "image"
                ? `[img:${i.alt}]`
                : `{${i.text}→${i.target}${i.differs ? "!" : ""}}`,
        )
        .join(""),
    )
    .join("|");
}

describe("htmlToView", () => {
  it("keeps the text and the simple structure", () => {
    const v = view(
      "<h1>ご請求</h1><p>お客様<br>各位</p><ul><li>一</li><li>二</li></ul><hr><blockquote><p>引用</p></blockquote>",
    );
    expect(v.blocks.map((b) => b.kind)).toEqual(["heading", "paragraph", "item", "item", "rule", "quote"]);
    expect(flat(v)).toBe("ご請求|お客様\n各位|一|二||引用");
  });

  it("drops scripts, styles, hidden elements and what is in the head", () => {
    const v = view(
      '<html><head><title>t</title><style>p{color:red}</style><script>alert(1)</script></head><body><p style="color:red">見える</p><div style="display: none">隠し</div><span hidden>隠し2</span><noscript>ns</noscript><iframe src="https://x.example/"></iframe><svg><text>svg</text></svg></body></html>',
    );
    expect(flat(v)).toBe("見える");
    expect(v.hiddenElements).toBe(2);
    expect(JSON.stringify(v)).not.toMatch(/alert|color|script|style/);
  });

  it("turns a link into its visible text and its real target, defanged, and marks a difference", () => {
    const v = view(
      '<p><a href="https://evil.example.top/login">https://www.amazon.co.jp/</a> と <a href="https://www.example.com/">www.example.com</a> と <a href="http://x.example.net">こちら</a></p>',
    );
    const links = v.blocks[0]?.inlines.filter((i) => i.kind === "link");
    expect(links).toEqual([
      {
        kind: "link",
        text: "hxxps://www[.]amazon[.]co[.]jp/",
        target: "hxxps://evil[.]example[.]top/login",
        differs: true,
      },
      { kind: "link", text: "www[.]example[.]com", target: "hxxps://www[.]example[.]com/", differs: false },
      { kind: "link", text: "こちら", target: "hxxp://x[.]example[.]net", differs: true },
    ]);
  });

  it("keeps the raw links for rules", () => {
    const { links } = htmlToView('<a href=" https://a.example/ ">see <b>here</b></a>');
    expect(links).toEqual([{ text: "see here", href: "https://a.example/" }]);
  });

  it("loads no image: remote ones are counted, alternative text shown", () => {
    const v = view(
      '<img src="https://track.example/p.gif" width=1><img src="cid:logo" alt="ロゴ"><a href="https://a.example/"><img src="https://x.example/b.png" alt="ボタン"></a>',
    );
    expect(v.remoteImages).toBe(2);
    expect(flat(v)).toBe("[img:ロゴ]{［画像: ボタン］→hxxps://a[.]example/!}");
  });

  it("masks before defanging", () => {
    const v = htmlToView('<p>taro@example.jp 様</p><a href="https://x.example/?u=taro@example.jp">x</a>', {
      mask: (t) => t.replaceAll("taro@example.jp", "recipient@masked.invalid"),
    }).view;
    expect(flat(v)).not.toContain("taro");
    expect(flat(v)).toContain("recipient@masked[.]invalid");
  });

  it("decodes character references as a browser does", () => {
    expect(flat(view("<p>&lt;b&gt; &amp; &#x3042;&nbsp;x</p>"))).toBe("<b> & あ\u00a0x".replace("\u00a0", " "));
  });

  it("survives HTML built to choke a parser, fast", () => {
    const start = performance.now();
    const deep = "<div>".repeat(50_000) + "底" + "</div>".repeat(50_000);
    expect(flat(view(deep))).toBe("底");
    const misnested = "<a><b><i><u><s>".repeat(5_000) + "x";
    view(misnested);
    const tables = "<table><tr><td>".repeat(5_000);
    view(tables);
    expect(performance.now() - start).toBeLessThan(10_000);
  });

  it("cuts a huge body and says so", () => {
    const v = view("<p>あ</p>".repeat(5000));
    expect(v.blocks.length).toBeLessThanOrEqual(1500);
    expect(v.truncated).toBe(true);
  });

  it("never throws", () => {
    fc.assert(fc.property(fc.string({ maxLength: 300 }), (html) => void htmlToView(html)));
  });
});

describe("textToView", () => {
  it("keeps paragraphs and lines, defangs addresses and marks quoted lines", () => {
    const v = textToView("こんにちは\nhttps://evil.example/x\n\n\n> 元のメール\n> 二行目");
    expect(v.blocks.map((b) => b.kind)).toEqual(["paragraph", "quote"]);
    expect(flat(v)).toBe("こんにちは\nhxxps://evil[.]example/x|元のメール\n二行目");
  });
});

describe("visibleAddressMismatch", () => {
  it.each([
    ["https://www.amazon.co.jp/", "https://evil.top/", { shown: "amazon.co.jp", real: "evil.top" }],
    ["www.smbc-card.com", "http://smbc.example.net/", { shown: "smbc-card.com", real: "example.net" }],
    ["support@amazon.co.jp", "mailto:x@evil.top", { shown: "amazon.co.jp", real: "evil.top" }],
    ["https://www.amazon.co.jp/", "https://amazon.co.jp/gp", null],
    ["こちら", "https://evil.top/", null],
    ["https://a.example.com", "javascript:alert(1)", null],
  ])("%s → %s", (visible, href, expected) => {
    expect(visibleAddressMismatch(visible, href)).toEqual(expected);
  });
});
