/** 「当選しました」「ポイントが失効」「還付金」: money, points or a prize to receive through a link. */
import type { Tactic } from "./types.ts";

export const prizeRefund: Tactic = {
  id: "prize-refund",
  tag: "ポイント・還付金",
  slug: "points",
  label: "当選・ポイント・返金など、お金が受け取れると知らせる",
  explanation: "得をする話や失う不安（ポイントの失効）で受け取りの手続きを急がせ、カード番号などを入力させる手口です。",
  topic: "prize",
  phrases: [
    /当選|当たりました|おめでとうございます/,
    /(?:プレゼント|ギフト券?|ギフトカード|賞品|景品|特典|キャッシュバック|給付金|補助金|支援金|返金|還付金|払い?戻し金?)(?:を|の|が)?(?:お?受け?取|進呈|贈呈|差し上げ|支給|お支払|ご用意|の対象|対象)/,
    /ポイント(?:が|の|を)?[^。！？]{0,8}?(?:失効|付与|還元|有効期限|期限切れ|進呈|プレゼント|お?受け取|交換|消え|消滅)/,
    /還付|返金|払い?戻し|給付金/,
    /無料(?:で|プレゼント|進呈|配布)/,
    /\b(?:congratulations|you(?:'ve|have)won|prize|refund)\b/i,
  ],
};
