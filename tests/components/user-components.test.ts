import { experimental_AstroContainer as AstroContainer } from "astro/container";
import preactRenderer from "@astrojs/preact/server.js";
import { beforeAll, describe, expect, it } from "vitest";
import HeaderBreakdown from "../../src/user-components/HeaderBreakdown.astro";
import SafeLink from "../../src/user-components/SafeLink.astro";

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
  container.addServerRenderer({ name: "@astrojs/preact", renderer: preactRenderer });
});

const render = (component: Parameters<AstroContainer["renderToString"]>[0], props: Record<string, unknown>) =>
  container.renderToString(component, { props, request: new Request("https://sagimail.example.org/posts/test/") });

const hostileHeaders = [
  "Return-Path: <bounce@evil.example>",
  "Received: from x (x [203.0.113.9]) by mx.example.jp; Fri, 20 Nov 2026 10:00:00 +0900",
  "Received: from sender.evil (sender.evil [163.43.131.56]) by x; Fri, 20 Nov 2026 09:59:58 +0900",
  'From: "American Express" <info@auccwallt.top>',
  "To: victim@example.jp",
  "Subject: <script>alert('x')</script> =?UTF-8?B?44GK55+l44KJ44Gb?=",
  "Authentication-Results: mx.example.jp; spf=fail smtp.mailfrom=evil.example; dkim=none; dmarc=fail",
].join("\r\n");

describe("<HeaderBreakdown>", () => {
  it("renders summary, flags, auth verdicts, hops oldest first and the origin IP as text", async () => {
    const html = await render(HeaderBreakdown, { headers: hostileHeaders, notes: { "Return-Path": "返送先の解説" } });
    expect(html).not.toMatch(/<script>alert/);
    expect(html).toMatch(/&lt;script(&gt;|>)alert/);
    expect(html).toContain("お知らせ"); // decoded encoded word
    expect(html).toContain("返送先の解説");
    expect(html).toMatch(/class="hb-flag hb-flag--high"/);
    expect(html).toContain("不合格"); // SPF fail in words
    const origin = html.indexOf("163.43.131.56");
    expect(origin).toBeGreaterThan(-1);
    // Oldest hop first: the sender's hop comes before the receiving server's.
    const hops = html.slice(html.indexOf('class="hb-hops"'));
    expect(hops.indexOf("sender.evil")).toBeLessThan(hops.indexOf("203.0.113.9"));
    expect(html).toMatch(/hb-ip--origin[^>]*>163\.43\.131\.56</);
    // The one link is the credit DB-IP's licence asks for beside the IP owners.
    expect(html.match(/<a\s[^>]*>/g)).toEqual([
      '<a href="/check/">',
      '<a href="https://db-ip.com" class="outbound" rel="noopener noreferrer">',
    ]);
  });

  it("shows the holder of every public hop IP, the data as it is for unknown ones, and no owner for private ones", async () => {
    const headers = [
      "Received: from mx (mx [192.168.1.5]) by inbox.example.jp; Fri, 20 Nov 2026 10:00:02 +0900",
      "Received: from relay (relay [20.128.0.1]) by mx; Fri, 20 Nov 2026 10:00:01 +0900",
      "Received: from a (a [45.163.40.7]) by relay; Fri, 20 Nov 2026 10:00:00 +0900",
      "From: a@example.com",
    ].join("\r\n");
    const html = await render(HeaderBreakdown, { headers });
    const hops = html.slice(html.indexOf('class="hb-hops"'), html.indexOf("</ol>"));
    expect(hops).toContain("R A DELFINO PROVEDORES DE ACESSO EIRELI ME（AS268548）・ブラジル");
    expect(hops).toContain("どのネットワークからも経路が公開されていないアドレスです");
    expect(hops.match(/class="hb-owner"/g)).toHaveLength(2); // not for 192.168.1.5
    expect(html).toMatch(/<a href="https:\/\/db-ip\.com"[^>]*>IP Geolocation by DB-IP</);
  });

  it("masks the recipient's address and says so", async () => {
    const html = await render(HeaderBreakdown, { headers: hostileHeaders });
    expect(html).not.toContain("victim@example.jp");
    expect(html).toContain("伏せ字にしています");
  });

  it("reads a header file beside a post", async () => {
    const html = await render(HeaderBreakdown, { file: "2026-11-amex-suspension-lifted/headers.eml", excerpt: true });
    expect(html).toContain("（抜粋）");
    // Who holds the sending server, from the offline data, with no fact written by the author.
    expect(html).toContain("さくらインターネット（SAKURA Internet Inc.、AS9370）・日本");
    expect(html).toContain("誰でも借りられるサーバーです。会社自身が送ったとは限りません。");
    expect(html).toContain("2026年6月時点の公開データ");
    expect(html).toContain("info@auccwallt.top");
    expect(html).toContain("アメリカン・エキスプレス");
  });

  it("names the component, the prop, the value and the expectation on a wrong prop", async () => {
    await expect(render(HeaderBreakdown, { headers: hostileHeaders, notes: "Return-Path" })).rejects.toThrow(
      /<HeaderBreakdown> の prop "notes": 受け取った値は "Return-Path"（文字列）。notes は \{ "Return-Path": "解説…" \}/,
    );
    await expect(render(HeaderBreakdown, {})).rejects.toThrow(
      /file（ヘッダーを保存したファイル）か headers（ヘッダーの原文）のどちらか一方/,
    );
  });

  it("says which file is missing and what is in its folder", async () => {
    await expect(render(HeaderBreakdown, { file: "2026-11-amex-suspension-lifted/header.eml" })).rejects.toThrow(
      /ファイル content\/posts\/2026-11-amex-suspension-lifted\/header\.eml が見つかりません/,
    );
  });
});

describe("<SafeLink>", () => {
  it("shows a look-alike URL defanged with its verdict and no link", async () => {
    const html = await render(SafeLink, {
      url: "https://americanexpress-login.top/ja-jp/login?id=1",
      brand: "american-express",
    });
    expect(html).toContain("hxxps://americanexpress-login[.]top/ja-jp/login?id=1");
    expect(html).not.toContain("https://americanexpress-login.top");
    expect(html).not.toMatch(/<a\s|href=/);
    expect(html).toMatch(/data-verdict="(contains-brand|lookalike)"/);
  });

  it("calls the brand's real domain official, and still warns", async () => {
    const html = await render(SafeLink, {
      url: "https://www.americanexpress.com/ja-jp/account/login?inav=iNavLnkLog",
      brand: "american-express",
    });
    expect(html).toContain('data-verdict="official"');
    expect(html).toContain("メールのリンクからは開かないでください");
  });

  it("rejects an unknown brand id with the list of known ones", async () => {
    await expect(render(SafeLink, { url: "https://x.example/", brand: "amex" })).rejects.toThrow(
      /<SafeLink> の prop "brand".*近いもの: american-express/s,
    );
  });

  it("shows javascript: and bidi tricks as inert text", async () => {
    const html = await render(SafeLink, { url: "javascript:alert(document.cookie)//\u202Egnp.exe" });
    expect(html).toContain('data-verdict="dangerous-scheme"');
    expect(html).not.toContain("\u202E");
    expect(html).not.toMatch(/<a\s|href=/);
  });
});
