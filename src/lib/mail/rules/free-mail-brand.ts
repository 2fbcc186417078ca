/** A brand that writes from a free mail account (Gmail, Outlook.com, Yahoo!…). */
import { isFreeMailDomain } from "../domains.ts";
import { finding, senderOf } from "./helpers.ts";
import type { MailRule } from "./types.ts";

export const freeMailBrand: MailRule = {
  id: "free-mail-brand",
  description: "ブランドを名乗る差出人が、誰でも作れるフリーメールのアドレスを使っている",
  check(mail, { claimedBrands, mailingList }) {
    const domain = senderOf(mail, mailingList)?.domain;
    if (!domain || claimedBrands.length === 0 || !isFreeMailDomain(domain)) return [];
    const brand = claimedBrands[0];
    return [
      finding(
        mail,
        this.id,
        "high",
        `${brand?.nameJa ?? "企業"}を名乗っているのに、誰でも作れるフリーメール（${domain}）から送られています。`,
        "From",
      ),
    ];
  },
};
