import { markdownToHtml, mdxToJs } from "satteri";
import { describe, expect, it } from "vitest";
import { classifyLinkTarget } from "../../../src/lib/links/link-policy.ts";
import { neutraliseLinks, type LinkWarning } from "../../../src/lib/links/neutralise-links.ts";
import { site } from "../../../src/site.config.ts";

/** The plugin is synchronous, so the engine returns its result directly. */
function settled<T>(result: T | Promise<T>): T {
  if (result instanceof Promise) throw new Error("expected a synchronous compile");
  return result;
}

const fileURL = new URL("file:///work/main/content/posts/lure-post.mdx");

function compileMdx(source: string): { code: string; warnings: LinkWarning[] } {
  const warnings: LinkWarning[] = [];
  const plugin = neutraliseLinks({
    allowList: site.outboundAllowList,
    siteOrigin: site.url,
    onWarning: (w) => warnings.push(w),
  });
  const { code } = settled(
    mdxToJs(source, {
      hastPlugins: [plugin],
      jsx: true,
      jsxImportSource: "astro",
      elementAttributeNameCase: "html",
      fileURL,
    }),
  );
  return { code, warnings };
}

/** Every `href`/`src`/… value left in the compiled JSX. */
function urlAttributes(code: string): string[] {
  return [...code.matchAll(/\b(?:href|src|srcset|srcSet|action|formaction|poster)=(?:"([^"]*)"|\{([^}]*)\})/g)].map(
    (m) => m[1] ?? m[2] ?? "",
  );
}

const LURE_POST = `---
title: lure
---
# すべての形のリンク

[Markdownリンク](https://americanexpress-login.top/verify) と [参照リンク][lure] と [**太字**][amex-fake]

裸のURL https://amex.com.example.top/login と www.americanexpress-secure.top と info@auccwallt.top

[メール](mailto:info@auccwallt.top) [スクリプト](javascript:alert(1)) [データ](data:text/html,hi) [プロトコル相対](//evil.example.top/)

<a href="https://jsx-lure.example.top/" target="_blank" onclick="steal()">JSXリンク</a>

<a href={"https://expr-lure.example.top/"}>式のリンク</a> <a href={lureUrl}>動的リンク</a> <a {...props}>展開</a>

<img src="https://tracker.example.top/pixel.gif" alt="追跡画像" />

![外部画像](https://tracker.example.top/image.png)

<iframe src="https://evil.example.top/frame"></iframe>

<form action="https://evil.example.top/collect"><button>送信</button></form>

[警察庁](https://www.npa.go.jp/bureau/cyber/) と <a href="https://www.antiphishing.jp/report/">協議会</a> と [自サイト](/posts/other/) と [節](#top) と [絶対](https://sagimail.example.org/about/)

![自サイトの画像](/images/mail.png)

[lure]: https://ref-lure.example.top/ "title"
[amex-fake]: https://americanexpress.com.example.top/
`;

describe("neutraliseLinks in MDX", () => {
  const { code, warnings } = compileMdx(LURE_POST);

  it("leaves no forbidden URL in any href or src", () => {
    const urls = urlAttributes(code);
    expect(urls.sort()).toEqual(
      [
        "https://www.npa.go.jp/bureau/cyber/",
        "https://www.antiphishing.jp/report/",
        "/posts/other/",
        "#top",
        "https://sagimail.example.org/about/",
        "/images/mail.png",
      ].sort(),
    );
    for (const url of urls)
      expect(["same-site", "allowed-outbound"]).toContain(
        classifyLinkTarget(url, { allowList: site.outboundAllowList, siteOrigin: site.url }).kind,
      );
    expect(code).not.toMatch(/onclick|target=|=\{?"(?:javascript|data):/);
  });

  it("shows neutralised links as defanged text, keeping link text that differs", () => {
    expect(code).toContain('<_components.span class="defanged-url">{"hxxps://americanexpress-login[.]top/verify"}');
    expect(code).toContain('{"Markdownリンク"}{"（"}');
    expect(code).toContain('{"hxxps://amex[.]com[.]example[.]top/login"}');
    expect(code).toContain('{"www[.]americanexpress-secure[.]top"}');
    expect(code).toContain('{"info@auccwallt[.]top"}');
    expect(code).toContain('{"hxxps://ref-lure[.]example[.]top/"}');
    expect(code).toContain('{"JSXリンク"}');
    expect(code).toContain("［画像「追跡画像」: hxxps://tracker[.]example[.]top/pixel.gif］");
    expect(code).toContain("［画像「外部画像」: hxxps://tracker[.]example[.]top/image.png］");
    expect(code).toContain("［外部へ送信するフォーム: hxxps://evil[.]example[.]top/collect］");
    expect(code).not.toMatch(/https?:\/\/(?!www\.npa\.go\.jp|www\.antiphishing\.jp|sagimail\.example\.org)/);
  });

  it("marks allowed outbound links", () => {
    expect(code).toContain('href="https://www.npa.go.jp/bureau/cyber/" rel="noopener noreferrer" class="outbound"');
    expect(code).toContain('href="https://www.antiphishing.jp/report/" rel="noopener noreferrer" class="outbound"');
    expect(code.match(/（外部サイト）/g)).toHaveLength(2);
  });

  it("warns once per neutralised URL, naming the file", () => {
    expect(warnings.every((w) => w.file === "content/posts/lure-post.mdx")).toBe(true);
    expect(warnings.map((w) => w.url)).toEqual(
      expect.arrayContaining([
        "https://americanexpress-login.top/verify",
        "https://ref-lure.example.top/",
        "https://americanexpress.com.example.top/",
        "https://amex.com.example.top/login",
        "http://www.americanexpress-secure.top",
        "mailto:info@auccwallt.top",
        "javascript:alert(1)",
        "data:text/html,hi",
        "//evil.example.top/",
        "https://jsx-lure.example.top/",
        "https://expr-lure.example.top/",
        "https://tracker.example.top/pixel.gif",
        "https://tracker.example.top/image.png",
        "https://evil.example.top/frame",
        "https://evil.example.top/collect",
      ]),
    );
    expect(warnings.filter((w) => w.kind === "dynamic")).toHaveLength(2);
    expect(warnings.find((w) => w.url === "javascript:alert(1)")?.kind).toBe("dangerous-scheme");
    expect(warnings.every((w) => !/https?:\/\//.test(w.defanged))).toBe(true);
  });

  it("prints a default warning to the console", () => {
    const messages: string[] = [];
    const original = console.warn;
    console.warn = (message: string) => void messages.push(message);
    try {
      mdxToJs("[x](https://lure.example.top/)", {
        hastPlugins: [neutraliseLinks({ allowList: [], siteOrigin: site.url })],
        fileURL,
      });
    } finally {
      console.warn = original;
    }
    expect(messages).toEqual([
      "[sagimail] content/posts/lure-post.mdx: neutralised link to hxxps://lure[.]example[.]top/ (off-site, <a>)",
    ]);
  });
});

describe("neutraliseLinks in plain Markdown", () => {
  const render = (source: string): string =>
    settled(
      markdownToHtml(source, {
        hastPlugins: [
          neutraliseLinks({ allowList: site.outboundAllowList, siteOrigin: site.url, onWarning: () => {} }),
        ],
      }),
    ).html;

  it("neutralises angle-bracket autolinks and escapes raw HTML", () => {
    const html = render("<https://angle.example.top/> <a href='https://raw.example.top/'>raw</a>");
    expect(html).not.toMatch(/<a\b/);
    expect(html).toContain("hxxps://angle[.]example[.]top/");
    expect(html).toContain("&lt;a href=");
  });

  it("does not link e-mail addresses quoted from a mail", () => {
    const html = render("差出人: info@auccwallt.top");
    expect(html).not.toContain("mailto:");
    expect(html).toContain("info@auccwallt[.]top");
  });
});
