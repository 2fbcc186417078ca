/** 「未納料金があります」「滞納した税金」: fees, charges or taxes said to be unpaid, to pay through a link. */
import type { Tactic } from "./types.ts";

export const unpaidFees: Tactic = {
  id: "unpaid-fees",
  tag: "未払い",
  slug: "unpaid",
  label: "料金や税金が未払いだと知らせる",
  explanation: "未払いの料金や税金があると言って、偽のページやプリペイドカードで支払わせる手口です。",
  topic: "payment",
  phrases: [
    /未払|未納|滞納|督促|延滞|催促/,
    /(?:料金|ご利用料金|利用料|受信料|電気料金|ガス料金|水道料金|税金|税|保険料|年金|通話料|携帯料金)(?:の|を|が|について)?(?:お?支払|支払|請求|未払|未納|納付|納税|ご確認|確認)/,
    /納税|納付(?:期限|書|して|をお願い|してください|のお願い)/,
  ],
};
