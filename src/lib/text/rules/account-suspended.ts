/** 「アカウントを停止しました」「本人確認が必要です」: a frozen or restricted account to unlock through a link. */
import { lureFinding } from "./helpers.ts";
import type { TextRule } from "./types.ts";

const PATTERNS = [
  /(?:利用|アカウント|口座|カード|取引|サービス)(?:を|の|が)?(?:一時)?(?:停止|凍結|制限|ロック|無効)/,
  /(?:停止|凍結|制限|ロック)(?:されました|しました|いたしました|されています|します|予定)/,
  /本人確認|ご本人様?(?:の)?確認|認証(?:が必要|してください)/,
  /不正(?:な)?(?:利用|ログイン|アクセス)|異常な(?:ログイン|アクセス|取引)|第三者による/,
  /(?:情報|登録内容|お客様情報)(?:の|を)?(?:更新|確認|再登録)/,
  /\b(?:suspended|locked|verify your account)\b/i,
];

export const accountSuspended: TextRule = {
  id: "text-account-suspended",
  description: "アカウントや口座・カードの停止や本人確認を知らせる文面に、公式ではないリンクが付いている",
  check(input) {
    return lureFinding(
      input,
      this.id,
      PATTERNS,
      "アカウントやカードが止められた・本人確認が必要だと不安にさせ、リンク先でパスワードやカード番号を入力させる手口の文面です。",
    );
  },
};
