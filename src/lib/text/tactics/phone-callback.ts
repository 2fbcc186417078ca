/** 「本日中に050xxxxxxxxまでご連絡下さい」: a number to call, where a talker takes over. */
import type { Tactic } from "./types.ts";

export const phoneCallback: Tactic = {
  id: "phone-callback",
  tag: "電話をかけさせる",
  slug: "callback",
  label: "書かれた番号に電話をかけさせる",
  explanation:
    "リンクの代わりに電話番号を書き、かけてきた人に話術で支払いや個人情報を求める手口です。番号はメッセージに書かれたものではなく、カードの裏や公式サイトで自分で調べたものを使います。",
  topic: null,
  phrases: [
    // Urgency, then a request to call (a genuine notice may give a number, but not 「本日中に…迄ご連絡」).
    /(?:至急|本日中に?|今日中に?|すぐに|直ちに|早急に)[^。！!]{0,30}?(?:まで|迄|に|へ)(?:ご連絡|お電話|折り返し)(?:(?:くだ|下)さい)?/,
  ],
};
