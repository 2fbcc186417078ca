/** A subject that names a registry brand while the sender is not on its official domains. */
import { isOfficialHost } from "../../brand.ts";
import { brandsClaimedBy } from "../brand-claims.ts";
import { finding } from "./helpers.ts";
import type { MailRule } from "./types.ts";

export const subjectBrand: MailRule = {
  id: "subject-brand",
  description:
    "件名がブランドを名乗っているのに、送信元がそのブランドの公式ドメインでない（表示名で指摘済みの場合を除く）",
  check(mail, { brands, claimedBrands }) {
    const domain = mail.from?.domain;
    if (!domain) return [];
    return brandsClaimedBy(mail.subject, brands)
      .filter((brand) => !claimedBrands.includes(brand) && !isOfficialHost(brand, domain))
      .map((brand) =>
        finding(
          mail,
          this.id,
          "medium",
          `件名は「${brand.nameJa}」からの連絡を装っていますが、送信元 ${domain} は公式ドメインではありません。`,
          "Subject",
        ),
      );
  },
};
