/** No Authentication-Results at all: the receiving server recorded no SPF/DKIM/DMARC verdicts. */
import { finding } from "./helpers.ts";
import type { MailRule } from "./types.ts";

export const noAuthResults: MailRule = {
  id: "no-auth-results",
  description: "受信サーバーの認証結果（Authentication-Results）がない",
  check(mail) {
    if (mail.auth.header || mail.received.length === 0) return [];
    return [finding(mail, this.id, "info", "受信サーバーによる送信元認証（SPF・DKIM・DMARC）の記録がありません。")];
  },
};
