/** Reply-To on another domain than From: replies go somewhere else than the claimed sender. */
import { registrableDomain, sameOrganisation } from "../domains.ts";
import { finding } from "./helpers.ts";
import type { MailRule } from "./types.ts";

export const replyToDomain: MailRule = {
  id: "reply-to-domain",
  description: "返信先（Reply-To）が From と別のドメイン",
  check(mail, { mailingList }) {
    // A list that rewrote From to its own address moved the sender to Reply-To: that is expected.
    if (mailingList?.fromRewritten) return [];
    const from = mail.from?.domain;
    const replyTo = mail.replyTo?.domain;
    if (!from || !replyTo || sameOrganisation(from, replyTo)) return [];
    return [
      finding(
        mail,
        this.id,
        "medium",
        `返信すると差出人（${registrableDomain(from) ?? from}）ではなく別のドメイン ${registrableDomain(replyTo) ?? replyTo} に届きます。`,
        "Reply-To",
      ),
    ];
  },
};
