/**
 * A link whose host imitates a brand: a look-alike of its domain, or its name or one of its domains
 * written inside an unrelated registrable domain (`smbc-card.com.verify-id.cn`).
 */
import { defang } from "../../url/defang.ts";
import { finding } from "./helpers.ts";
import type { MailRule } from "./types.ts";

export const linkImpersonatesBrand: MailRule = {
  id: "link-impersonates-brand",
  description: "リンク先がブランドのドメインに似せた別のドメイン、またはブランド名を含むだけの別のドメイン",
  check(mail, { brands, urls }) {
    const seen = new Set<string>();
    return urls.flatMap((u) => {
      const kind = u.verdict.kind;
      if (kind !== "lookalike" && kind !== "contains-brand") return [];
      const domain = u.registrableDomain ?? u.host ?? "";
      if (seen.has(domain)) return [];
      seen.add(domain);
      const brand = brands.find((b) => b.id === u.verdict.brandId);
      const name = brand?.nameJa ?? "ブランド";
      const how = kind === "lookalike" ? `${name}の公式ドメインに似せた` : `${name}の名前やドメインを含むだけの`;
      return [
        finding(
          mail,
          this.id,
          "high",
          `リンク先 ${defang(u.host ?? domain)} は、${how}別のドメイン（本当の持ち主は ${defang(domain)}）です。`,
        ),
      ];
    });
  },
};
