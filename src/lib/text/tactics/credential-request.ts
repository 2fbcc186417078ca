/**
 * 「暗証番号を入力してください」: the message asks for a secret (PIN, password, card number, SMS
 * code…). Brands say they never ask for these by mail or SMS; a sentence that says so (「お尋ねする
 * ことはありません」) is not a request.
 */
import type { NeverAskedItem } from "../../brand/contact.ts";
import type { Tactic } from "./types.ts";

const ITEM_WORDS: readonly [NeverAskedItem, RegExp][] = [
  ["pin", /暗証番号|PIN/i],
  ["password", /パスワード|パスコード|password/i],
  ["card-number", /カード番号|カード情報|クレジットカード情報/],
  ["security-code", /セキュリティコード|セキュリティーコード|CVV|CVC/i],
  ["sms-code", /認証コード|確認コード|ワンタイムパスワード|認証番号|SMSコード/i],
  ["bank-account", /口座番号|口座情報/],
  ["my-number", /マイナンバー|個人番号/],
  ["personal-info", /個人情報/],
];

const SECRET =
  "(?:暗証番号|PIN|パスワード|パスコード|カード番号|カード情報|クレジットカード情報|セキュリティコード|セキュリティーコード|CVV|認証コード|確認コード|ワンタイムパスワード|認証番号|口座番号|口座情報|マイナンバー|個人番号|個人情報)";

export const credentialRequest: Tactic = {
  id: "credential-request",
  tag: "暗証番号・パスワード",
  slug: "pin-request",
  label: "暗証番号やパスワード、カード番号などを入力・返信させようとする",
  explanation: "本物の会社は、暗証番号やパスワード、カード番号の全桁を、メールや SMS から入力させることはありません。",
  topic: null,
  phrases: [
    // A request, not a description: 「入力してください」「ご入力の上」, not 「入力させる不審なSMS」;
    // one or several secrets (「カード番号とセキュリティコードを」).
    new RegExp(
      `${SECRET}(?:(?:と|や|、|・|及び|および|または)${SECRET})*(?:等|など)?(?:を|の|も)?(?:ご)?(?:入力|記入|登録|送信|返信|お知らせ|教え|提供|ご提供|伝え|お伝え|再入力|再登録|更新)(?:して|の上|のうえ|いただ|頂|下さ|くださ|をお願|願い|ください|てください|後)`,
      "i",
    ),
  ],
  negatedBy:
    /^[^。！!？?\n]{0,30}?(?:ことは|ことも|事は)(?:一切|絶対に|決して)?(?:ございません|ありません|ない|いたしません|しません)|^[^。]{0,12}?(?:しないで|ないでください|不要|禁止|求めません|伺いません|お尋ねしません|お聞きしません)/,
  items: (words) => ITEM_WORDS.filter(([, re]) => re.test(words)).map(([item]) => item),
};
