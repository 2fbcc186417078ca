/** The text names a brand, and an address in it is not on that brand's official domains. */
import { isBrandLinkHost } from "../../brand/brand.ts";
import { defang } from "../../url/defang.ts";
import type { TextRule } from "./types.ts";

export const brandLink: TextRule = {
  id: "text-brand-link",
  description: "本文がブランドを名乗っているのに、リンク先がそのブランドの公式ドメインでない",
  check({ urls, claimedBrands }) {
    if (claimedBrands.length === 0) return [];
    return urls
      .filter((u) => u.host !== null && !claimedBrands.some((b) => isBrandLinkHost(b, u.host ?? "")))
      .filter(
        (u) =>
          u.verdict.kind !== "dangerous-scheme" &&
          u.verdict.kind !== "invalid" &&
          u.verdict.kind !== "unconfirmed-brand" &&
          u.verdict.kind !== "shortener",
      )
      .map((u) => ({
        id: this.id,
        severity: "high" as const,
        message: `「${claimedBrands.map((b) => b.nameJa).join("・")}」を名乗っていますが、リンク先 ${defang(u.registrableDomain ?? u.host ?? u.url)} はその公式ドメインではありません。`,
      }));
  },
};
