/** A mail that claims a brand and whose links all lead to domains that are not that brand's. */
import { isBrandLinkHost } from "../../brand/brand.ts";
import { defang } from "../../url/defang.ts";
import { finding } from "./helpers.ts";
import type { MailRule } from "./types.ts";

export const linksUnrelatedToBrand: MailRule = {
  id: "links-unrelated-to-brand",
  description: "ブランドを名乗るメールなのに、リンクがすべてそのブランドと関係のないドメインへ向かっている",
  check(mail, { claimedBrands, urls }) {
    const web = urls.filter((u) => u.host !== null && (u.scheme === "http" || u.scheme === "https"));
    if (claimedBrands.length === 0 || web.length === 0) return [];
    const ownsLink = (host: string): boolean => claimedBrands.some((b) => isBrandLinkHost(b, host));
    // The brand's name under another ending may be the brand's own: not "unrelated".
    if (web.some((u) => ownsLink(u.host ?? "") || u.verdict.kind === "unconfirmed-brand")) return [];
    const domains = [...new Set(web.map((u) => u.registrableDomain ?? u.host ?? ""))].slice(0, 5);
    const names = claimedBrands.map((b) => b.nameJa).join("・");
    return [
      finding(
        mail,
        this.id,
        "high",
        `${names}を名乗るメールですが、リンク先はすべて${names}と関係のないドメイン（${domains.map(defang).join("、")}）です。`,
      ),
    ];
  },
};
