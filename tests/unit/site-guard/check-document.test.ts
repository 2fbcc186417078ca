import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { checkBuiltSite, listHtmlFiles } from "../../../src/lib/site-guard/check-built-site.node.ts";
import { checkHtmlDocument, formatFindings, metaRefreshUrl } from "../../../src/lib/site-guard/check-document.ts";
import { site } from "../../../src/site.config.ts";

const fixtures = fileURLToPath(new URL("../../fixtures/guard/", import.meta.url));
const policy = { allowList: site.outboundAllowList, siteOrigin: site.url };
const read = (name: string): string => readFileSync(`${fixtures}${name}`, "utf8");

describe("checkHtmlDocument", () => {
  it("flags a clickable lure in every form", () => {
    const findings = checkHtmlDocument(read("lure.html"), { ...policy, file: "lure.html" });
    const seen = findings.map((f) => `${f.tag} ${f.attribute} ${f.value}`);
    const expected = [
      "meta content https://lure.example.top/refresh",
      "link href https://cdn.lure.example.top/x.css",
      "script src //lure.example.top/tracker.js",
      "a href https://americanexpress-login.top/verify",
      "a href //amex.com.example.top/",
      "a href /\\lure.example.top/",
      "a href javascript:alert(1)",
      "a href vbscript:msgbox(1)",
      "a href mailto:info@auccwallt.top",
      "a href https://www.npa.go.jp@lure.example.top/",
      "area href https://lure.example.top/area",
      "img src https://lure.example.top/pixel.gif",
      "img src data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=",
      "img srcset https://lure.example.top/2x.png",
      "source srcset https://lure.example.top/p.webp",
      "iframe src https://lure.example.top/frame",
      "video poster https://lure.example.top/poster.jpg",
      "form action https://lure.example.top/collect",
      "button formaction https://lure.example.top/steal",
      "a xlink:href https://lure.example.top/svg",
      "object data https://lure.example.top/obj",
      "a href https://lure.example.top/unquoted",
    ];
    for (const item of expected) expect(seen).toContain(item);
    expect(seen.some((s) => s.startsWith("a href") && s.includes("script:alert(2)"))).toBe(true);
    expect(seen.some((s) => s.startsWith("a href data:text/html"))).toBe(true);
    // 22 listed above + tab-in-scheme + data:text/html
    expect(findings).toHaveLength(expected.length + 2);
    expect(findings.find((f) => f.value === "javascript:alert(1)")?.kind).toBe("dangerous-scheme");
    expect(findings.every((f) => f.file === "lure.html")).toBe(true);
  });

  it("passes a clean page: same-site, allow-listed, inline raster images, URLs in code/script/comments", () => {
    expect(checkHtmlDocument(read("clean.html"), policy)).toEqual([]);
  });

  it("does not throw on broken or hostile HTML", () => {
    for (const html of [
      "",
      "<a href=",
      "<<<>>>",
      "<a href='\u202Ehttps://x.top'>",
      "\u0000".repeat(100),
      "<a ".repeat(2000),
    ]) {
      expect(() => checkHtmlDocument(html, policy)).not.toThrow();
    }
  });

  it("reads meta refresh targets", () => {
    expect(metaRefreshUrl("0; url=https://x.top/")).toBe("https://x.top/");
    expect(metaRefreshUrl("5;URL='https://x.top/a'")).toBe("https://x.top/a");
    expect(metaRefreshUrl("30")).toBeNull();
  });

  it("formats findings one per line", () => {
    expect(
      formatFindings([{ file: "a.html", tag: "a", attribute: "href", value: "https://x.top/", kind: "off-site" }]),
    ).toBe('a.html: <a href="https://x.top/"> (off-site)');
  });
});

describe("checkBuiltSite", () => {
  it("walks every .html file and names the one a lure was added to", () => {
    const dir = `${fixtures}site`;
    expect(listHtmlFiles(dir)).toHaveLength(3);
    const findings = checkBuiltSite(dir, policy);
    expect(findings).toEqual([
      {
        file: "posts/lure-added-later.html",
        tag: "a",
        attribute: "href",
        value: "https://americanexpress-login.top/added-later",
        kind: "off-site",
      },
    ]);
  });
});
