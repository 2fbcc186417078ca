/** 「不在のため持ち帰りました」: the fake missed-delivery notice, the most common smishing lure in Japan. */
import { lureFinding } from "./helpers.ts";
import type { TextRule } from "./types.ts";

const PATTERNS = [
  /不在/,
  /持ち?帰り/,
  /お届け(?:に上|にあ|でき|予定|先)/,
  /配達(?:でき|予定|状況|が完了|員)/,
  /再配達/,
  /宛先(?:不明|不備)|住所(?:不明|不備|が不完全)/,
  /お?荷物(?:の|を|が|について)/,
  /\b(?:delivery|parcel|package)\b/i,
];

export const deliveryFailure: TextRule = {
  id: "text-delivery-failure",
  description: "荷物の不在・配達失敗を知らせる文面に、公式ではないリンクが付いている（偽の不在通知）",
  check(input) {
    return lureFinding(
      input,
      this.id,
      PATTERNS,
      "荷物の不在や配達の失敗を知らせてリンクを開かせる、偽の不在通知（スミッシング）でいちばん多い手口の文面です。",
    );
  },
};
