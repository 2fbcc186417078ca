/**
 * Return-Path (the envelope sender, where bounces go) on another domain than From. For a mail that
 * came through a mailing list, Return-Path is the list's: the envelope sender the list received is
 * compared instead.
 */
import { registrableDomain, sameOrganisation } from "../domains.ts";
import { domainOfAddress } from "../mailing-list.ts";
import { finding } from "./helpers.ts";
import type { MailRule } from "./types.ts";

export const returnPathDomain: MailRule = {
  id: "return-path-domain",
  description: "Return-Path（実際の送信者）のドメインが From と違う",
  check(mail, { mailingList: list }) {
    // Through a list, Return-Path is the list's: compare the envelope sender the list received instead.
    const viaList = list?.returnPathIsList === true;
    const from = viaList ? list?.originalFrom?.domain : mail.from?.domain;
    const envelope = viaList
      ? list?.originalEnvelopeFrom
        ? domainOfAddress(list.originalEnvelopeFrom)
        : null
      : mail.returnPath?.domain;
    if (!from || !envelope || sameOrganisation(from, envelope)) return [];
    const [shownEnvelope, shownFrom] = [registrableDomain(envelope) ?? envelope, registrableDomain(from) ?? from];
    const message = viaList
      ? `Return-Path はメーリングリストのものですが、リストが受け取ったときの実際の送信者（envelope-from）は ${shownEnvelope} で、元の差出人の ${shownFrom} と別のドメインです。`
      : `実際の送信者（Return-Path）は ${shownEnvelope} で、差出人（From）の ${shownFrom} と別のドメインです。`;
    return [finding(mail, this.id, "medium", message, "Return-Path")];
  },
};
