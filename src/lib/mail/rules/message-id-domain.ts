/** A Message-ID made on a domain unrelated to From and Return-Path. */
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
    if (!id || !from || sameOrganisation(id, from) || sameOrganisation(id, mail.returnPath?.domain) || sameOrganisation(id, mailingList?.originalEnvelopeFrom?.split("@").pop())) return [];
    return [
      finding(
        mail,
        this.id,
        "low",
        `Message-ID は ${registrableDomain(id) ?? id} で作られていて、差出人のドメイン ${registrableDomain(from) ?? from} と関係がありません。`,
        "Message-ID",
      ),
    ];
  },
};
