/**
 * Brand claims against the real registry: every Japanese fixture that claims a brand gets the brand
 * a reader would name and a high flag; genuine-looking mails (DMARC pass on the brand's real mail
 * domain) get their brand named and no high flag. The expected brands were written by reading each
 * fixture's From, Subject and body, not taken from the code.
 */
import { describe, expect, it } from "vitest";
import { loadBrands } from "../../../src/lib/brand/registry.node.ts";
import { analyzeMail } from "../../../src/lib/reading/index.ts";
import { brandsClaimedBy, findBrandClaims } from "../../../src/lib/mail/brand-claims.ts";
import { buildBrandClaimViews } from "../../../src/lib/breakdown/brand-claims-view.ts";
import { fixture } from "./helpers.ts";

const brands = loadBrands();
const NOW = new Date("2026-01-01T00:00:00Z");
const ids = (text: string, strictCase = false) => brandsClaimedBy(text, brands, { strictCase }).map((b) => b.id);

describe("brandsClaimedBy on the registry", () => {
  it("reads spaced, full-width, kana and list-rewritten names", () => {
    expect(ids("り そ な 銀 行")).toEqual(["resona-bank"]);
    expect(ids("Ｅ Ｔ Ｃサービスのお知らせ")).toEqual(["etc-meisai"]);
    expect(ids("ＪＣＢ")).toEqual(["jcb"]);
    expect(ids("らくてん")).toEqual(["rakuten"]);
    expect(ids("MyJCB ログイン")).toEqual(["jcb"]);
  });
  it("takes the longest name: 楽天カード is 楽天カード, not also 楽天", () => {
    expect(ids("楽天カード株式会社")).toEqual(["rakuten-card"]);
    expect(ids("楽天e-NAVI")).toEqual(["rakuten-card"]);
    expect(ids("楽天市場")).toEqual(["rakuten"]);
  });
  it("does not take English words for short brand names in running text", () => {
    expect(ids("cards, coupons, etc. online", true)).toEqual([]);
    expect(ids("a single line of text", true)).toEqual([]);
    expect(ids("LINEで友だち追加", true)).toEqual(["line"]);
  });
  it("says where each brand is claimed, dropping a mailing list's ` via List`", () => {
    const claims = findBrandClaims(
      {
        displayName: "楽天カード株式会社 via Osst-users",
        subject: "[Osst-users] ご利用確認",
        body: "楽天カードをご利用いただき",
      },
      brands,
    );
    expect(claims.map((c) => [c.brand.id, c.where])).toEqual([["rakuten-card", ["display-name", "body"]]]);
  });
});

/** Every Japanese fixture, with the brand a reader would name (null: it claims no brand). */
const JAPANESE_FIXTURES: [file: string, brand: string | null][] = [
  ["00ad416340de.eml", "amazon"], // Amazon.お客様 via …: 「お支払い方法の情報を更新」
  ["128b988d8297.eml", "mercari"], // 【メルカリ】3000円分ポイント
  ["177ff295e234.eml", "amazon"], // 【Amazon】アカウント情報を時間内に更新
  ["2d8970d1c83c.eml", null], // メールシステム通知: a generic "mail system" notice
  ["336f2fc65bfd.eml", "amazon"], // 【Amazon】アカウント情報をご確認ください
  ["3deac214ba29.eml", "nomura"], // 【野村證券】本人確認情報の更新
  ["45f6257658e4.eml", "smbc-card"], // 三井住友カード ご利用確認のお願い
  ["5dc54163ef4d.eml", "amazon"], // Amazon: あなたのアカウントは停止されました
  ["62e63064265e.eml", "aeon-card"], // イオンフィナンシャルサービス株式会社: 4月ご請求額
  ["809f65503e04.eml", null], // 北山整骨院: a clinic's auto-reply, not a registry brand
  ["8eac73e1ca3f.eml", "eki-net"], // えきねっと: 会員情報変更および退会
  ["9488290e1b5d.eml", "resona-bank"], // り そ な 銀 行: 一時的なご利用制限
  ["96f7bb0e9905.eml", "jcb"], // JCB: アカウントがロックされている
  ["9e7861eb4ba1.eml", "amazon"], // Amazon.co.jp重要なお知らせ
  ["c99bc3b841b3.eml", "dc-card"], // [DCカード]ご利用確認のお願い
  ["d8279edb6014.eml", "etc-meisai"], // etc-meisai: E T Cサービスのお知らせ
  ["da21cdad1a04.eml", "eki-net"], // 「えきねっと」アカウントの自動退会処理
  ["dd736ac3e1d0.eml", "eki-net"], // Ekinet: えきねっとアカウントの自動退会処理
  ["e18e1a17e725.eml", "amazon"], // Amazon.co.jp: お支払い方法の情報を更新
  ["ff98fc3d78af.eml", "rakuten"], // 楽天グループからのお知らせ: 楽天会員規約改定
];

describe("the Japanese fixtures", () => {
  it.each(JAPANESE_FIXTURES)("%s claims %s and, when it does, gets a high flag", (file, brand) => {
    const analysis = analyzeMail(fixture(file), { brands, now: NOW });
    expect(analysis.summary.claimedBrands.map((b) => b.id)).toEqual(brand ? [brand] : []);
    if (brand) {
      // A high flag, or — for a sender forged on the brand's own domain, which only the receiving
      // server's authentication could confirm — the brand-sender-auth warning.
      const warned = analysis.flags.filter((f) => f.severity === "high" || f.id === "brand-sender-auth");
      expect(warned.length).toBeGreaterThan(0);
      expect(analysis.brandVerdicts[0]?.sender).not.toBe("authenticated");
    }
  });
});

function genuine(from: string, subject: string, body: string): string {
  return [
    "Received: from mta.example.net (mta.example.net [192.0.2.10]) by mx.home.example with ESMTPS id 1; Mon, 1 Dec 2025 00:00:05 +0000",
    `Authentication-Results: mx.home.example; spf=pass smtp.mailfrom=${from.replace(/^.*@|>$/g, "")}; dkim=pass; dmarc=pass header.from=${from.replace(/^.*@|>$/g, "")}`,
    `From: ${from}`,
    `Return-Path: <${from.replace(/^.*</, "").replace(/>$/, "")}>`,
    "To: taro@home.example",
    `Subject: ${subject}`,
    "Date: Mon, 1 Dec 2025 09:00:00 +0900",
    `Message-ID: <1@${from.replace(/^.*@|>$/g, "")}>`,
    "Content-Type: text/plain; charset=utf-8",
    "",
    body,
  ].join("\r\n");
}

/** Mails written for this test: each brand's real mail domain (from its registry file), DMARC pass. */
const GENUINE: [brand: string, mail: string][] = [
  [
    "smbc-card",
    genuine(
      "三井住友カード <mail@contact.vpass.ne.jp>",
      "ご利用明細のお知らせ",
      "https://www.smbc-card.com/mem/index.jsp",
    ),
  ],
  ["jcb", genuine("JCB <info@qa.jcb.co.jp>", "【JCB】カードご利用のお知らせ", "https://www.jcb.co.jp/")],
  [
    "rakuten-card",
    genuine(
      "楽天カード株式会社 <info@mail.rakuten-card.co.jp>",
      "【楽天カード】カード利用のお知らせ",
      "https://www.rakuten-card.co.jp/e-navi/",
    ),
  ],
  [
    "amazon",
    genuine("Amazon.co.jp <shipment-tracking@amazon.co.jp>", "Amazon.co.jp ご注文の発送", "https://www.amazon.co.jp/"),
  ],
  [
    "mizuho-bank",
    genuine("みずほ銀行 <info@mizuhobank.co.jp>", "【みずほ銀行】お知らせ", "https://www.mizuhobank.co.jp/"),
  ],
  ["eki-net", genuine("えきねっと <info@eki-net.com>", "【えきねっと】予約のお知らせ", "https://www.eki-net.com/")],
  ["mercari", genuine("メルカリ <no-reply@mercari.jp>", "【メルカリ】商品が購入されました", "")],
];

describe("genuine-looking mails", () => {
  it.each(GENUINE)("%s: named, judged authenticated, no high flag", (brand, mail) => {
    const analysis = analyzeMail(mail, { brands, now: NOW });
    expect(analysis.summary.claimedBrands.map((b) => b.id)).toEqual([brand]);
    expect(analysis.brandVerdicts[0]?.sender).toBe("authenticated");
    expect(analysis.flags.filter((f) => f.severity === "high")).toEqual([]);
  });
});

describe("the issue's examples", () => {
  it("JCBカード株式会社 <myjcb@jabqfmq.cn> is high", () => {
    const a = analyzeMail(genuine("JCBカード株式会社 <myjcb@jabqfmq.cn>", "ご利用確認", ""), { brands, now: NOW });
    expect(a.flags.find((f) => f.id === "claimed-brand-sender")).toMatchObject({ severity: "high" });
    expect(a.brandVerdicts[0]).toMatchObject({ sender: "not-brand", senderDomain: "jabqfmq.cn" });
  });
  it("ヤマト運輸 from a .cn address linking to a fake co.jp host is high, twice over", () => {
    const a = analyzeMail(
      genuine(
        "ヤマト運輸株式会社 <hmdp@yqurnhy.cn>",
        "お荷物のお届けについて",
        "https://www.go-koyatamato.co.jp-adva.dkauqie.cn",
      ),
      { brands, now: NOW },
    );
    const high = a.flags.filter((f) => f.severity === "high").map((f) => f.id);
    expect(high).toEqual(
      expect.arrayContaining(["claimed-brand-sender", "fake-jp-domain", "links-unrelated-to-brand"]),
    );
  });
});

describe("the claimed-brand block on a forged brand address", () => {
  it("the JCB fixture (fqg@jcb.co.jp sent from an IP with no host name) is shown as forged, in red", () => {
    const analysis = analyzeMail(fixture("96f7bb0e9905.eml"), { brands, now: NOW });
    expect(analysis.brandVerdicts[0]).toMatchObject({ sender: "forged-server", senderDomain: "jcb.co.jp" });
    const [view] = buildBrandClaimViews(analysis.brandVerdicts);
    expect(view?.headline).toBe("このメールは『JCB』を名乗っています");
    expect(view?.sender.tone).toBe("danger");
    expect(view?.sender.text).toContain("差出人が偽装されています");
  });
});
