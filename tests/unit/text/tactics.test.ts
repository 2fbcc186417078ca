/** The lure tactics: each found by its phrases in any width, spacing or politeness, with the words that show it. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findTactics, TACTICS } from "../../../src/lib/text/tactics/index.ts";
import { isFraudWarning } from "../../../src/lib/text/fraud-warning.ts";

const ids = (text: string) => findTactics(text).map((t) => t.id);

describe("findTactics", () => {
  it.each([
    ["お荷物のお届けにあがりましたが不在の為持ち帰りました", "delivery-failure"],
    ["宛先不明のため保管しております", "delivery-failure"],
    ["お客様のアカウントを一時停止いたしました", "account-restricted"],
    ["カードのご利用を一部制限させていただき", "account-restricted"],
    ["お取引目的等の確認のお願い", "identity-verification"],
    ["ご本人様確認のため", "identity-verification"],
    ["お支払い方法に問題があります", "payment-failed"],
    ["【催促状】滞納した税金がございます", "unpaid-fees"],
    ["直ちに全額を納税の上", "unpaid-fees"],
    ["財産の差押えを執行します", "legal-threat"],
    ["ポイントが本日失効します", "prize-refund"],
    ["還付金のお受け取り手続き", "prize-refund"],
    ["不正ログインを検知しました", "security-alert"],
    ["24時間以内にご対応ください", "deadline"],
    ["本日中に", "deadline"],
    ["下記URLから暗証番号を入力してください", "credential-request"],
    // Lures quoted on public pages that the first phrases missed (did2memo.net 2024-09-06, sbapp.net
    // 2024-12, did2memo.net 2022-01-05, 2022-03-10, 2021-12-17, 2024-07-30).
    ["ヤマト運輸:お客さまの住所情報が不明瞭のため配送できません。正しいアドレスを更新してください", "delivery-failure"],
    ["JCBカードの登録電話番号[○○○]が無効です。再登録してください。", "identity-verification"],
    ["お客様のrakuten cardが一時停止されております、ご確認ください。", "account-restricted"],
    ["KDDI利用料金はご指定の口座から振り替えできかねますので、ご確認ください", "payment-failed"],
    ["本日中に050xxxxxxxxソフトバンクサポートセンター迄ご連絡下さい。", "phone-callback"],
    ["請求書が処理されない場合は、電力供給を停止させていただきます。", "account-restricted"],
  ])("finds 「%s」 as %s", (text, id) => {
    expect(ids(text)).toContain(id);
  });

  it("does not read a payment check as an identity check, nor a contact number as a callback lure", () => {
    expect(ids("ご利用料金の支払い確認が取れておりません。")).toEqual(["unpaid-fees", "payment-failed"]);
    expect(ids("ご不明な点は0120-000-000までお問い合わせください。")).not.toContain("phone-callback");
  });

  it("shows the words to the end of the word, not into the next one", () => {
    const words = (text: string) => findTactics(text).flatMap((t) => t.words);
    expect(words("アカウントが一時停止されています。必ずご確認ください")).toContain("停止されています");
    expect(words("【国税庁】未払い税金お支払いのお願い")).toEqual(expect.arrayContaining(["未払い", "税金お支払い"]));
    expect(words("料金滞納のお知らせ")).toContain("滞納");
  });

  it("reads full-width letters, spaces and line breaks like the plain text", () => {
    expect(ids("２４時間以内")).toContain("deadline");
    expect(ids("不 在 の 為　持ち帰り\nました")).toContain("delivery-failure");
  });

  it("gives the words of the message that show each tactic, at most three", () => {
    const [found] = findTactics("お届けにあがりましたが不在の為持ち帰りました。再配達はこちら。宛先不明です。");
    expect(found?.words).toEqual(["不在の為", "持ち帰りました", "お届けにあがりました"]);
  });

  it("does not take a brand's reassurance for a request", () => {
    expect(ids("当行から暗証番号をお尋ねすることはありません。")).toEqual([]);
    expect(ids("暗証番号を入力しないでください")).not.toContain("credential-request");
    expect(ids("当行を装い暗証番号を入力させる不審なSMS")).not.toContain("credential-request");
  });

  it("says what each credential request asks for, for the brands' never-asks facts", () => {
    const found = findTactics("カード番号とセキュリティコードを入力してください").find(
      (t) => t.id === "credential-request",
    );
    expect(found?.items).toEqual(expect.arrayContaining(["card-number"]));
  });

  it("finds nothing in ordinary text, and never throws", () => {
    expect(ids("明日の会議は10時からです。資料を添付します。")).toEqual([]);
    fc.assert(fc.property(fc.string({ maxLength: 400 }), (t) => void findTactics(t)));
  });

  it("every tactic has an id, a Japanese label and explanation, and phrases", () => {
    expect(new Set(TACTICS.map((t) => t.id)).size).toBe(TACTICS.length);
    for (const t of TACTICS) {
      expect(t.label).toMatch(/[\p{Script=Han}\p{Script=Hiragana}]/u);
      expect(t.explanation).toMatch(/。$/);
      expect(t.phrases.length).toBeGreaterThan(0);
    }
  });
});

describe("isFraudWarning", () => {
  it("recognises a brand's warning by its opening, not by a lure's footer", () => {
    expect(isFraudWarning("当行を装った不審なSMSにご注意ください", "")).toBe(true);
    expect(
      isFraudWarning(
        "【重要】アカウント停止のお知らせ",
        `不在の為持ち帰りました。${"あ".repeat(300)}※フィッシング詐欺にご注意ください`,
      ),
    ).toBe(false);
  });
});
