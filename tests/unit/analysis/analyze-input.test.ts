import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { analyzeInput } from "../../../src/lib/analysis/index.ts";
import { toView } from "../../../src/lib/analysis/view.ts";
import { type Analysis } from "../../../src/lib/analysis/analyze-reading.ts";
import type { BodyView } from "../../../src/lib/html/view-model.ts";
import { readMsg } from "../../../src/lib/msg/read-msg.ts";
import { sagawa, testBrands } from "../text/brands.ts";

const check = (input: string | Uint8Array) => analyzeInput(input, testBrands, { readMsg });
const msg = (name: string) => new Uint8Array(readFileSync(new URL(`../../fixtures/msg/${name}`, import.meta.url)));
const amexHeaders = readFileSync(
  new URL("../../../content/posts/2026-11-amex-suspension-lifted/headers.eml", import.meta.url),
  "utf8",
);
const SAGAWA_SMS =
  "【佐川急便】お荷物のお届けにあがりましたが不在の為持ち帰りました。下記よりご確認ください。 http://sagawa-exz.com/ja";

function viewText(view: BodyView | null): string {
  return (view?.blocks ?? [])
    .map((b) =>
      b.inlines
        .map((i) =>
          i.kind === "text" ? i.text : i.kind === "link" ? `${i.text}→${i.target}` : i.kind === "image" ? i.alt : "\n",
        )
        .join(""),
    )
    .join("\n");
}

describe("analyzeInput", () => {
  it("analyses the Sagawa SMS as text: brand, defanged link, warnings, and says headers were not checked", () => {
    const result = check(SAGAWA_SMS);
    expect(result.kind).toBe("text");
    expect(result.claimedBrandIds).toEqual([sagawa.id]);
    expect(result.links.map((l) => l.defanged)).toEqual(["hxxp://sagawa-exz[.]com/ja"]);
    expect(result.links[0]?.verdictTone).toBe("danger");
    expect(result.textFlags.map((f) => f.id)).toEqual(expect.arrayContaining(["text-brand-link", "text-lure-link"]));
    expect(result.notChecked.join("")).toContain("送信元のサーバー");
    expect(result.mail).toBeNull();
    expect(viewText(result.body)).toContain("hxxp://sagawa-exz[.]com/ja");
    // What the page receives holds no address in a form that could be opened.
    expect(JSON.stringify(toView(result))).not.toContain("http://sagawa-exz.com");
  });

  it("analyses a bare URL as urls", () => {
    const result = check("https://amazon-co-jp.icu/login");
    expect(result.kind).toBe("urls");
    expect(result.links).toHaveLength(1);
    expect(result.notChecked.join("")).toContain("URL だけ");
  });

  it("analyses headers only, and says the body was not checked", () => {
    const result = check(amexHeaders);
    expect(result.kind).toBe("headers");
    expect(result.mail?.breakdown.originIp).toBe("163.43.131.56");
    expect(result.notChecked.join("")).toContain("本文がないため");
    expect(result.body).toBeNull();
  });

  it("shows an HTML body safely and adds text rules to a mail", () => {
    const mail = [
      'From: "佐川急便" <info@sagawa-exz.com>',
      "To: taro@example.jp",
      "Subject: お荷物のお届けについて",
      "Content-Type: text/html; charset=utf-8",
      "",
      '<p>taro@example.jp 様</p><p>不在のため持ち帰りました。<a href="http://sagawa-exz.com/ja">https://www.sagawa-exp.co.jp/</a></p><img src="https://track.example/p.gif"><script>alert(1)</script>',
    ].join("\r\n");
    const result = check(mail);
    expect(result.kind).toBe("mail");
    const text = viewText(result.body);
    expect(text).not.toContain("taro@example.jp");
    expect(text).toContain("recipient@masked[.]invalid");
    expect(text).toContain("hxxps://www[.]sagawa-exp[.]co[.]jp/→hxxp://sagawa-exz[.]com/ja");
    expect(text).not.toContain("alert");
    expect(result.body?.remoteImages).toBe(1);
    expect(result.mail?.breakdown.flags.map((f) => f.id)).toContain("link-text-mismatch");
    expect(result.textFlags.map((f) => f.id)).toContain("text-lure-link");
  });

  it("opens a mail forwarded as an attachment and analyses the original", () => {
    const inner = `From: "Amazon" <info@amazon-co-jp.icu>\r\nSubject: アカウント停止\r\nReceived: from evil.example ([203.0.113.9]) by mx.example; Mon, 1 Jan 2024 00:00:00 +0000\r\n\r\nアカウントを一時停止しました https://amazon-co-jp.icu/\r\n`;
    const outer = [
      "From: me@example.jp",
      "To: me@example.jp",
      "Subject: Fwd: アカウント停止",
      'Content-Type: multipart/mixed; boundary="b"',
      "",
      "--b",
      "Content-Type: text/plain; charset=utf-8",
      "",
      "転送します",
      "--b",
      'Content-Type: message/rfc822; name="original.eml"',
      "",
      inner,
      "--b--",
      "",
    ].join("\r\n");
    const result = check(outer);
    expect(result.forwarded?.how).toBe("attachment");
    const original = result.forwarded?.inner;
    expect(original?.kind).toBe("mail");
    // The sender shown is the original's, not the one who forwarded it.
    expect(original?.mail?.breakdown.summary.find((r) => r.header === "From")?.value).toBe(
      "Amazon <info@amazon-co-jp.icu>",
    );
    expect(original?.links.map((l) => l.defanged)).toContain("hxxps://amazon-co-jp[.]icu/");
    expect(original?.textFlags.map((f) => f.id)).toContain("text-lure-link");
    expect(original?.tactics.map((t) => t.id)).toContain("account-restricted");
    // The verdict is about the original the reader forwarded.
    expect(result.verdict.level).toBe("danger");
    expect(result.verdict.brand?.id).toBe("amazon");
  });

  it("finds a mail forwarded inline and analyses its quoted sender", () => {
    const forward = [
      "From: me@example.jp",
      "Subject: Fwd: 不在通知",
      "",
      "見てください",
      "",
      "---------- Forwarded message ---------",
      "From: 佐川急便 <info@sagawa-exz.com>",
      "Date: 2026年11月30日(月) 10:00",
      "Subject: 不在通知",
      "To: <me@example.jp>",
      "",
      "お荷物のお届けにあがりましたが不在の為持ち帰りました。http://sagawa-exz.com/ja",
    ].join("\n");
    const result = check(forward);
    expect(result.forwarded?.how).toBe("inline");
    const original = result.forwarded?.inner as Analysis;
    expect(original.headersFromItem).toBe(true);
    expect(original.claimedBrandIds).toContain("sagawa");
    expect(original.links.map((l) => l.defanged)).toContain("hxxp://sagawa-exz[.]com/ja");
    expect(original.notChecked.join("")).toContain("送信元のサーバー");
  });

  it("reads each .msg fixture", () => {
    const received = check(msg("received-new-outlook.msg"));
    expect(received.kind).toBe("msg");
    expect(received.headersFromItem).toBe(false);
    expect(received.mail?.breakdown.hops.length).toBeGreaterThan(0);
    expect(viewText(received.body)).toContain("Microsoft Outlook から自動送信");

    const ansi = check(msg("ansi-cp932.msg"));
    expect(ansi.mail?.breakdown.subject).toBe("日本語 Non Unicode タイトル");
    expect(ansi.headersFromItem).toBe(true);
    expect(ansi.notChecked.join("")).toContain(".msg ファイルには配送の記録");

    const nested = check(msg("msg-in-msg.msg"));
    expect(nested.attachments.map((a) => a.filename)).toContain("green.png");
    expect(nested.forwarded?.how).toBe("msg-attachment");
    expect(nested.forwarded?.inner.mail?.breakdown.subject).toBe("Microsoft Outlook テスト メッセージ");

    const link = check(msg("html-link.msg"));
    expect(link.links.map((l) => l.defanged)).toContain("hxxps://google[.]com/");
  });

  it("refuses binary files, a broken .msg and nothing, with a message", () => {
    expect(check(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3])).problem).toContain("ZIP");
    const broken = msg("html-link.msg").subarray(0, 1024);
    expect(check(broken).problem).toContain(".msg");
    expect(check("   ").problem).toContain("何も入力されていません");
    // Without the reader (the worker loads it on demand), a .msg is not read, and the page says so.
    expect(analyzeInput(msg("html-link.msg"), testBrands).problem).toContain(".msg");
  });

  it("handles a 20 MB text and 50 levels of nested attachments without hanging", () => {
    let start = performance.now();
    const huge = `${SAGAWA_SMS}\n${"あいうえお https://example.com/ ".repeat((20 * 1024 * 1024) / 40)}`;
    const big = check(huge);
    expect(big.kind).toBe("text");
    expect(performance.now() - start).toBeLessThan(30_000);

    let mail = "From: a@example.com\r\nSubject: 0\r\n\r\n最下層 https://deep.example.com/";
    for (let i = 1; i <= 50; i++)
      mail = `From: a@example.com\r\nSubject: ${i}\r\nContent-Type: multipart/mixed; boundary="b${i}"\r\n\r\n--b${i}\r\nContent-Type: message/rfc822\r\n\r\n${mail}\r\n--b${i}--\r\n`;
    start = performance.now();
    let result: Analysis | null = check(mail);
    let depth = 0;
    while (result?.forwarded) {
      result = result.forwarded.inner;
      depth++;
    }
    expect(depth).toBeGreaterThan(0);
    expect(depth).toBeLessThanOrEqual(4);
    expect(performance.now() - start).toBeLessThan(10_000);
  });
});

describe("analyzeInput on pasted HTML source", () => {
  it("shows HTML pasted without headers through the safe view, not as tags", () => {
    const result = check(
      '<div><p>ご利用停止のお知らせ</p><a href="https://evil.example/">https://www.amazon.co.jp/</a></div>',
    );
    expect(result.kind).toBe("text");
    expect(result.body?.source).toBe("html");
    expect(viewText(result.body)).toBe("ご利用停止のお知らせ\nhxxps://www[.]amazon[.]co[.]jp/→hxxps://evil[.]example/");
  });
});
