/**
 * The text uses a lure tactic (a failed delivery, a locked account, an unpaid bill…) and carries an
 * address that is not the claimed brand's own: the shape of almost every smishing message.
 */
import { foreignLinks, shownHosts } from "./helpers.ts";
import type { TextRule } from "./types.ts";

export const lureLink: TextRule = {
  id: "text-lure-link",
  description: "詐欺によくある口実（不在通知・アカウント停止・未払いなど）の文面に、公式ではないリンクが付いている",
  check(input) {
    const tactic = input.tactics.find((t) => t.id !== "deadline") ?? input.tactics[0];
    if (!tactic) return [];
    const foreign = foreignLinks(input);
    if (foreign.length === 0) return [];
    return [
      {
        id: this.id,
        severity: "high",
        message: `「${tactic.words[0] ?? tactic.label}」のように${tactic.label.replace(/。$/, "")}文面に、${
          input.claimedBrands.length > 0
            ? `${input.claimedBrands.map((b) => b.nameJa).join("・")}の公式サイトではない`
            : "公式サイトとは確かめられない"
        }リンク（${shownHosts(foreign)}）が付いています。${tactic.explanation}`,
      },
    ];
  },
};
