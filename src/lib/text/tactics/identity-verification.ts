/** 「本人確認が必要です」「取引目的の確認」「登録情報の更新」: a "check" that is really a form for personal data. */
import type { Tactic } from "./types.ts";

export const identityVerification: Tactic = {
  id: "identity-verification",
  label: "本人確認や登録情報の確認・更新を求める",
  explanation: "確認や更新と称して、偽のページで氏名・住所・カード番号・パスワードなどを入力させる手口です。",
  topic: "verification",
  phrases: [
    /(?:ご)?本人(?:様)?(?:の)?(?:確認|認証)/,
    /取引(?:の)?目的(?:等|など)?(?:の)?(?:確認|ご確認)/,
    /(?:認証|確認)(?:が|を)?(?:必要|お願い|完了して|してください|手続き)/,
    /(?:確認|認証)(?:が|を)?(?:取れ|とれ|でき)(?:ません|ておりません|ていません|なかった)/,
    /\bverif(?:y|ication)\b/i,
    // Updating one's details: a lure's words, but not the 本人確認 that brands' statements are about.
    {
      re: /(?:お客様|お客さま|会員|ご登録|登録|アカウント|お支払い?|カード|口座|個人)(?:の)?(?:情報|内容)(?:の|を|が)?[^。、！？]{0,6}?(?:更新|確認|再登録|変更|再設定|入力|照合|最新)/,
      topic: null,
    },
    { re: /(?:ログイン|サインイン)(?:して|の上|のうえ|後)(?:ご)?(?:確認|更新|手続)/, topic: null },
    { re: /(?:更新|お手続き?|手続き?)(?:が|を)?(?:必要|お願い)/, topic: null },
  ],
};
