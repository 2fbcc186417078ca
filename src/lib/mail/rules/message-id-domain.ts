/**
 * A Message-ID made on a domain unrelated to From and Return-Path, or on no domain at all (`…@c`,
 * `…@hnd`: a mail program's own name, not the sending server's domain).
 */
import { registrableDomain, sameOrganisation } from "../domains.ts";
import { finding, senderOf } from "./helpers.ts";
import type { MailRule } from "./types.ts";

export const messageIdDomain: MailRule = {
  id: "message-id-domain",
  description: "Message-ID のドメインが From とも Return-Path とも関係がない",
  check(mail, { mailingList }) {
    const id = mail.messageIdDomain;
    // A list that rewrote From keeps the sender's Message-ID: compare it with the sender.
    const from = senderOf(mail, mailingList)?.domain;
    const envelope = mailingList?.originalEnvelopeFrom?.split("@").pop();
    if (!id || !from || sameOrganisation(id, from)) return [];
    if (sameOrganisation(id, mail.returnPath?.domain) || sameOrganisation(id, envelope)) return [];
    const shownFrom = registrableDomain(from) ?? from;
    if (!id.includes("."))
      return [
        finding(
          mail,
          this.id,
          "low",
          `Message-ID の @ の後ろが「${id}」で、ドメイン名になっていません。差出人のドメイン ${shownFrom} のサーバーが付けたものではないとみられます。`,
          "Message-ID",
        ),
      ];
    return [
      finding(
        mail,
        this.id,
        "low",
        `Message-ID は ${registrableDomain(id) ?? id} で作られていて、差出人のドメイン ${shownFrom} と関係がありません。`,
        "Message-ID",
      ),
    ];
  },
};
