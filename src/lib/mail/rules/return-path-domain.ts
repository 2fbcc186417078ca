/**
 * Return-Path (the envelope sender, where bounces go) on another domain than From. For a mail that
 * came through a mailing list, Return-Path is the list's: the envelope sender the list received is
 * compared instead.
 */
import { registrableDomain, sameOrganisation } from "../domains.ts";
import { finding } from "./helpers.ts";
import type { MailRule } from "./types.ts";

function domainOf(address: string): string | null {
  const at = address.lastIndexOf("@");
  return at < 0 ? null : address.slice(at + 1) || null;
}

export const returnPathDomain: MailRule = {
  id: "return-path-domain",
  description: "Return-Path（実際の送信者）のドメインが From と違う",
  check(mail, { mailingList: list }) {
    if (list?.returnPathIsList) {
      const from = list.originalFrom?.domain;
      const envelope = list.originalEnvelopeFrom ? domainOf(list.originalEnvelopeFrom) : null;
      if (!from || !envelope || sameOrganisation(from, envelope)) return [];
      return [
        finding(
          mail,
          this.id,
          "medium",
          `Return-Path はメーリングリストのものですが、リストが受け取ったときの実際の送信者（envelope-from）は ${registrableDomain(envelope) ?? envelope} で、元の差出人の ${registrableDomain(from) ?? from} と別のドメインです。`,
          "Return-Path",
        ),
      ];
    }
    const from = mail.from?.domain;
    const envelope = mail.returnPath?.domain;
    if (!from || !envelope || sameOrganisation(from, envelope)) return [];
    return [
      finding(
        mail,
        this.id,
        "medium",
        `実際の送信者（Return-Path）は ${registrableDomain(envelope) ?? envelope} で、差出人（From）の ${registrableDomain(from) ?? from} と別のドメインです。`,
        "Return-Path",
      ),
    ];
  },
};
