/** Return-Path (the envelope sender, where bounces go) on another domain than From. */
import { registrableDomain, sameOrganisation } from "../domains.ts";
import { finding } from "./helpers.ts";
import type { MailRule } from "./types.ts";

export const returnPathDomain: MailRule = {
  id: "return-path-domain",
  description: "Return-Path（実際の送信者）のドメインが From と違う",
  check(mail) {
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
