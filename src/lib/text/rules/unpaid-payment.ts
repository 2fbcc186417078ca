/** 「未払い料金があります」「税金の還付」: a bill, a fee or a tax that must be paid (or refunded) through a link. */
import { lureFinding } from "./helpers.ts";
import type { TextRule } from "./types.ts";

const PATTERNS = [
  /未払|未納|滞納|督促|延滞/,
  /お?支払い?(?:が|の)?(?:確認でき|遅れ|期限|方法|情報|が完了していません)/,
  /(?:料金|請求|利用代金|税金|税|年金|保険料)(?:の|を|が)?(?:お支払|支払|請求|未|確認)/,
  /還付|返金|払い戻し/,
  /(?:法的|強制)(?:措置|執行)|差し?押さえ/,
];

export const unpaidPayment: TextRule = {
  id: "text-unpaid-payment",
  description: "未払い・未納の料金や税金、還付金を知らせる文面に、公式ではないリンクが付いている",
  check(input) {
    return lureFinding(
      input,
      this.id,
      PATTERNS,
      "未払いの料金や税金、還付金を口実にリンクを開かせ、カード番号などを入力させる手口の文面です。",
    );
  },
};
