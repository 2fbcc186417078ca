/** 「当選しました」「ポイントが失効します」: a prize, a gift or points to claim through a link. */
import { lureFinding } from "./helpers.ts";
import type { TextRule } from "./types.ts";

const PATTERNS = [
  /当選|当たりました|おめでとうございます/,
  /(?:プレゼント|ギフト券?|賞品|景品|特典)(?:を|の|が)?(?:お?受け?取|進呈|贈呈|差し上げ)/,
  /ポイント(?:が|の)?(?:失効|付与|還元|期限)/,
  /無料(?:で|プレゼント|進呈)/,
  /\b(?:congratulations|you(?:'ve| have) won|prize)\b/i,
];

export const prize: TextRule = {
  id: "text-prize",
  description: "当選・プレゼント・ポイント失効を知らせる文面に、公式ではないリンクが付いている",
  check(input) {
    return lureFinding(
      input,
      this.id,
      PATTERNS,
      "当選やプレゼント、ポイントの失効を口実にリンクを開かせる手口の文面です。",
      "medium",
    );
  },
};
