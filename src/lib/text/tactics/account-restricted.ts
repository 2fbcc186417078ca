/** 「アカウントを停止しました」「ご利用を一部制限」: a locked, limited or closed account to unlock through a link. */
import type { Tactic } from "./types.ts";

export const accountRestricted: Tactic = {
  id: "account-restricted",
  tag: "利用停止",
  slug: "account-locked",
  label: "アカウントや口座、サービスが止められた・止めると知らせる",
  explanation:
    "使えなくなると不安にさせ、解除の手続きと称して偽のログイン画面でパスワードやカード番号を入力させる手口です。",
  topic: "account",
  phrases: [
    /(?:利用|ご利用|アカウント|口座|カード|取引|お取引|サービス|ID|アカウント情報|会員資格|契約|回線|[Cc]ard|[Aa]ccount)(?:を|の|が|は)?(?:一時的に|一部|全て|すべて)?(?:停止|凍結|制限|ロック|無効|閉鎖|解約|失効|利用停止|保留)/,
    /(?:停止|凍結|制限|ロック|無効化|閉鎖)(?:され(?:まし|てい|てお|る)|しまし|いたしまし|させていただ|いたしま|します|の予定|予定|となり|になり|を解除|解除)/,
    /(?:ご)?利用(?:が|を)?(?:でき(?:なく|ない|ません)|いただけ(?:なく|ない|ません)|再開)/,
    // Cutting off a supply or a line: electricity, gas, the phone.
    /(?:電気|電力|電力供給|送電|ガス|ガスの供給|供給|通話|通信)(?:を|の|が|は)?(?:停止|止め|ストップ)/,
    /(?:自動)?(?:退会|解約)(?:処理|手続き|となり|させて|いたし|されま)/,
    /\b(?:suspended|locked|disabled|restricted)\b/i,
  ],
};
