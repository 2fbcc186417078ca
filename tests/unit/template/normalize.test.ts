import { describe, expect, it } from "vitest";
import { htmlToText, bodyTextOf } from "../../../src/lib/template/body-text.ts";
import { normaliseTemplateText, PLACEHOLDER } from "../../../src/lib/template/normalize.ts";
import { TEST_BRANDS } from "./test-brands.ts";

const norm = (text: string, recipients: string[] = []): string =>
  normaliseTemplateText(text, { brands: TEST_BRANDS, recipients });
const P = PLACEHOLDER;

describe("normaliseTemplateText", () => {
  it("folds full and half width and case, and drops whitespace and line breaks", () => {
    expect(norm("ＡＢＣ　ｱｶｳﾝﾄ\r\n をご確認 ください")).toBe("abcアカウントをご確認ください");
    expect(norm("ＡＢＣ　ｱｶｳﾝﾄ\r\n をご確認 ください")).toBe(norm("abc アカウントを\nご確認ください"));
  });

  it("replaces every name and alias of a registry brand, also spaced out, width-folded or in look-alike letters", () => {
    expect(norm("いつもりそな銀行をご利用いただき")).toBe(`いつも${P.brand}をご利用いただき`);
    expect(norm("いつも三井住友銀行をご利用いただき")).toBe(`いつも${P.brand}をご利用いただき`);
    expect(norm("り そ な 銀 行")).toBe(P.brand);
    // Cyrillic А (U+0410) in front of "mazon", as in the fixture 00ad416340de.eml.
    expect(norm("\u0410mazon アカウント")).toBe(`${P.brand}アカウント`);
    expect(norm("ＡＭＥＸをご利用の皆さまへ")).toBe(`${P.brand}をご利用の皆さまへ`);
  });

  it("keeps a Latin brand name that is only part of a word", () => {
    expect(norm("ramexx")).toBe("ramexx");
  });

  it("masks URLs, bare domains and addresses, whatever they are", () => {
    expect(norm("こちら https://aleviradyo.com/herino.php から")).toBe(`こちら${P.url}から`);
    expect(norm("こちら hxxps://evil[.]example/a から")).toBe(`こちら${P.url}から`);
    expect(norm("詳しくは www.example.jp/x を")).toBe(`詳しくは${P.url}を`);
    expect(norm("送信元 meidijd.cn まで")).toBe(`送信元${P.url}まで`);
    expect(norm("問い合わせ info@wp-jewely.com へ")).toBe(`問い合わせ${P.email}へ`);
  });

  it("masks dates, times, weekdays, numbers and random IDs", () => {
    expect(norm("2024年5月28日 23:49 に")).toBe(`${P.date}${P.date}に`);
    expect(norm("2022/3/4(金) 00:00 ~ 2022/3/28(月) 23:59")).toBe(`${P.date}${P.date}~${P.date}${P.date}`);
    expect(norm("1月31日までに")).toBe(`${P.date}までに`);
    expect(norm("IPアドレス: 193.200.149.36")).toBe(`ipアドレス:${P.number}`);
    expect(norm("番号：「84009852」")).toBe(`番号:「${P.number}」`);
    expect(norm("コード hN5IedstNacRDMYctYaQ を")).toBe(`コード${P.id}を`);
  });

  it("masks the recipient's address in any case and the greeting line with their name", () => {
    expect(norm("会員ID user@example.jp です", ["user@example.jp"])).toBe(`会員id${P.recipient}です`);
    expect(norm("会員ID USER@Example.JP です", ["user@example.jp"])).toBe(`会員id${P.recipient}です`);
    expect(norm("山田 太郎 様\nいつもご利用")).toBe(norm("鈴木花子様\nいつもご利用"));
    expect(norm("お客様\nいつもご利用")).toBe(`${P.recipient}いつもご利用`);
    // An honorific inside a sentence is text, not a greeting.
    expect(norm("お客様にはご迷惑をおかけします。")).toBe("お客様にはご迷惑をおかけします。");
  });

  it("shortens decorative rules and drops a mailing list's footer", () => {
    expect(norm("━━━━━━━━━━\n本文\n＝＝＝＝＝＝＝＝")).toBe("━本文=");
    expect(
      norm(
        "本文です\n_______________________________________________\nV9fs-developer mailing list\nhttps://lists.example",
      ),
    ).toBe("本文です");
  });

  it("ignores private-use characters in the mail, so a sender cannot forge a placeholder", () => {
    expect(norm(`a${P.brand}b`)).toBe("ab");
  });

  it("stays fast on hostile input", () => {
    const started = performance.now();
    norm(`${"a.".repeat(10_000)} ${"x".repeat(20_000)}@ ${"1".repeat(20_000)}`);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe("body text", () => {
  it("reads the visible text of an HTML part without style, script or head", () => {
    expect(
      htmlToText(
        "<html><head><title>t</title><style>p{color:red}</style></head><body><p>本文&amp;続き</p><script>x()</script></body>",
      )
        .replace(/\s+/g, " ")
        .trim(),
    ).toBe("本文&続き");
  });

  it("takes the HTML's text when the plain part says less", () => {
    expect(bodyTextOf("HTML メールです", "<p>いつもご利用いただきありがとうございます。</p>")).toContain("いつも");
    expect(bodyTextOf("いつもご利用いただきありがとうございます。", "<p>短い</p>")).toBe(
      "いつもご利用いただきありがとうございます。",
    );
  });
});
