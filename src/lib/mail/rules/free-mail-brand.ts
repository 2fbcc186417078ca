/** A brand that writes from a free mail account (Gmail, Outlook.com, Yahoo!…). */
import { brandSenderStatus } from "../../brand/brand.ts";
import { isFreeMailDomain } from "../domains.ts";
import { finding, senderOf } from "./helpers.ts";
import type { MailRule } from "./types.ts";

function isFreeMailDomainOf(brand: Parameters<typeof brandSenderStatus>[0], domain: string): boolean {
  return brand.mailDomains.some((d) => domain === d || domain.endsWith(`.${d}`));
}

export const freeMailBrand: MailRule = {
  id: "free-mail-brand",
  description: "ブランドを名乗る差出人が、誰でも作れるフリーメールのアドレスを使っている",
  check(mail, { claimedBrands, mailingList }) {
    const sender = senderOf(mail, mailingList);
    const domain = sender?.domain;
    if (!sender || !domain || claimedBrands.length === 0 || !isFreeMailDomain(domain)) return [];
    // A brand that runs the mail service itself (ドコモ's docomo.ne.jp) sends from addresses it publishes.
    if (claimedBrands.some((b) => isFreeMailDomainOf(b, domain))) return [];
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
