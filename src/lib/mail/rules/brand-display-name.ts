/** A display name that claims a registry brand while the address is not on its official domains. */
import { isOfficialHost } from "../../brand.ts";
import { finding } from "./helpers.ts";
import type { MailRule } from "./types.ts";

export const brandDisplayName: MailRule = {
  id: "brand-display-name",
  description: "差出人の表示名がブランドを名乗っているのに、アドレスがそのブランドの公式ドメインでない",
  check(mail, { claimedBrands }) {
    const domain = mail.from?.domain;
    if (!mail.from || claimedBrands.length === 0) return [];
    return claimedBrands
      .filter((brand) => !domain || !isOfficialHost(brand, domain))
      .map((brand) =>
        finding(
          mail,
          this.id,
          "high",
          `表示名は「${brand.nameJa}」を名乗っていますが、送信元 ${domain ?? "(不明)"} は${brand.nameJa}の公式ドメインではありません。`,
          "From",
        ),
      );
  },
};
