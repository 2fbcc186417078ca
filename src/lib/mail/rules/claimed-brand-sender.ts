/**
 * A mail that claims a brand (display name, subject, link text or body) while From is on none of
 * that brand's sourced domains.
 */
import { brandSenderStatus, officialDomains } from "../../brand/brand.ts";
import { defang } from "../../url/defang.ts";
import { CLAIM_PLACE_LABELS } from "../brand-claims.ts";
import { finding, senderOf } from "./helpers.ts";
import type { MailRule } from "./types.ts";

export const claimedBrandSender: MailRule = {
  id: "claimed-brand-sender",
  description: "ブランドを名乗っているのに、差出人（From）のドメインがそのブランドのドメインでない",
  check(mail, { claims, claimedBrands, mailingList }) {
    // A list that rewrote From to its own address keeps the sender in Reply-To: judge that one.
    const sender = senderOf(mail, mailingList);
    if (!sender) return [];
    const domain = sender.domain;
    return claimedBrands.flatMap((brand) => {
      const status = brandSenderStatus(brand, sender.address);
      if (status === "brand") return [];
      const where = (claims.find((c) => c.brand.id === brand.id)?.where ?? [])
        .map((p) => CLAIM_PLACE_LABELS[p])
        .join("・");
      const known = officialDomains(brand);
      const shown = domain ? defang(domain) : "（不明）";
      if (known.length === 0)
        return [
          finding(
            mail,
            this.id,
            "medium",
            `${where}で「${brand.nameJa}」を名乗っていますが、${brand.nameJa}の送信元ドメインは確かな情報源で確認できていないため、送信元 ${shown} が本物かどうかはこのサイトでは判断できません。公式アプリや公式サイトで確かめてください。`,
            "From",
          ),
        ];
      if (status === "shared-unpublished")
        return [
          finding(
            mail,
            this.id,
            "high",
            `${where}で「${brand.nameJa}」を名乗っていますが、送信元 ${defang(sender.address)} は、${brand.nameJa}の利用者なら誰でも持てるアドレスと同じドメインのもので、${brand.nameJa}が公表しているお知らせの送信元ではありません。名前は誰でも「${brand.nameJa}」と書けます。`,
            "From",
          ),
        ];
      return [
        finding(
          mail,
          this.id,
          "high",
          `${where}で「${brand.nameJa}」を名乗っていますが、送信元 ${shown} は${brand.nameJa}のドメイン（${known.map(defang).join("、")}）ではありません。`,
          "From",
        ),
      ];
    });
  },
};
