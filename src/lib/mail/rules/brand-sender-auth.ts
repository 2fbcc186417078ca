/**
 * From on a claimed brand's own domain: only the receiving server's authentication tells whether
 * the brand really sent it. DMARC or SPF failing in the top-most Authentication-Results means the
 * address is forged (high); no record means it cannot be confirmed (medium); DMARC pass is fine.
 */
import { brandSenderStatus } from "../../brand/brand.ts";
import { defang } from "../../url/defang.ts";
import { finding, senderOf } from "./helpers.ts";
import type { MailRule } from "./types.ts";

const FAILED = new Set(["fail", "softfail", "permerror"]);

export const brandSenderAuth: MailRule = {
  id: "brand-sender-auth",
  description: "ブランドのドメインから届いたように見えるが、送信ドメイン認証（DMARC・SPF）で本物と確認できない",
  check(mail, { claimedBrands, mailingList }) {
    const sender = senderOf(mail, mailingList);
    const domain = sender?.domain;
    if (!sender || !domain) return [];
    const brand = claimedBrands.find((b) => brandSenderStatus(b, sender.address) === "brand");
    if (!brand) return [];
    const { dmarc, spf, header } = mail.auth;
    const shown = defang(domain);
    if (dmarc && FAILED.has(dmarc.result))
      return [
        finding(
          mail,
          this.id,
          "high",
          `差出人は${brand.nameJa}のドメイン ${shown} ですが、受信サーバーの DMARC 検査に失敗しています（${dmarc.result}）。差出人のアドレスが偽装されています。`,
          "Authentication-Results",
        ),
      ];
    if (dmarc?.result === "pass") return [];
    if (spf && FAILED.has(spf.result))
      return [
        finding(
          mail,
          this.id,
          "high",
          `差出人は${brand.nameJa}のドメイン ${shown} ですが、受信サーバーの SPF 検査に失敗しています（${spf.result}）。${brand.nameJa}が許可していないサーバーから送られた、偽装の疑いが強いメールです。`,
          "Authentication-Results",
        ),
      ];
    if (!header)
      return [
        finding(
          mail,
          this.id,
          "medium",
          `差出人は${brand.nameJa}のドメイン ${shown} ですが、受信サーバーの認証結果（Authentication-Results）が記録されていないため、本当に${brand.nameJa}が送ったかは確認できません。差出人のアドレスは簡単に偽装できます。`,
          "From",
        ),
      ];
    return [
      finding(
        mail,
        this.id,
        "medium",
        `差出人は${brand.nameJa}のドメイン ${shown} ですが、DMARC で本物と確認された記録がありません（${dmarc ? dmarc.result : "結果なし"}）。本当に${brand.nameJa}が送ったかは確認できません。`,
        "Authentication-Results",
      ),
    ];
  },
};
