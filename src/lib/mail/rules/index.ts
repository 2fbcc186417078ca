/**
 * Every red-flag rule, in the order their findings are listed. To add a rule, write a module that
 * exports a {@link MailRule} and add it here.
 */
import { brandOriginServer } from "./brand-origin-server.ts";
import { brandSenderAuth } from "./brand-sender-auth.ts";
import { claimedBrandSender } from "./claimed-brand-sender.ts";
import { dateSkew } from "./date-skew.ts";
import { dkimResult } from "./dkim-result.ts";
import { dmarcResult } from "./dmarc-result.ts";
import { encodedNameAddress } from "./encoded-name-address.ts";
import { fakeJpDomain } from "./fake-jp-domain.ts";
import { freeMailBrand } from "./free-mail-brand.ts";
import { futureDate } from "./future-date.ts";
import { hopDelay } from "./hop-delay.ts";
import { linkImpersonatesBrand } from "./link-impersonates-brand.ts";
import { linksUnrelatedToBrand } from "./links-unrelated-to-brand.ts";
import { linkTextMismatch } from "./link-text-mismatch.ts";
import { mailingListTraces } from "./mailing-list-traces.ts";
import { messageIdDomain } from "./message-id-domain.ts";
import { nameAddressMismatch } from "./name-address-mismatch.ts";
import { noAuthResults } from "./no-auth-results.ts";
import { replyToDomain } from "./reply-to-domain.ts";
import { returnPathDomain } from "./return-path-domain.ts";
import { spfResult } from "./spf-result.ts";
import { subjectSpamTag } from "./subject-spam-tag.ts";
import type { Finding, MailRule, RuleContext } from "./types.ts";
import type { ParsedMail } from "../parse.ts";

/** All rules. */
export const MAIL_RULES: readonly MailRule[] = [
  claimedBrandSender,
  brandSenderAuth,
  brandOriginServer,
  encodedNameAddress,
  freeMailBrand,
  nameAddressMismatch,
  fakeJpDomain,
  linkImpersonatesBrand,
  linksUnrelatedToBrand,
  returnPathDomain,
  replyToDomain,
  dmarcResult,
  spfResult,
  dkimResult,
  noAuthResults,
  messageIdDomain,
  dateSkew,
  futureDate,
  hopDelay,
  subjectSpamTag,
  linkTextMismatch,
  mailingListTraces,
];

const SEVERITY_ORDER = { high: 0, medium: 1, low: 2, info: 3 } as const;

/** Runs every rule; a rule that throws is skipped. Findings come sorted by severity, then rule order. */
export function runRules(mail: ParsedMail, context: RuleContext, rules: readonly MailRule[] = MAIL_RULES): Finding[] {
  const findings: Finding[] = [];
  for (const rule of rules) {
    try {
      findings.push(...rule.check(mail, context));
    } catch {
      // One broken rule must not hide the others' findings.
    }
  }
  return findings
    .map((f, order) => ({ f, order }))
    .sort((a, b) => SEVERITY_ORDER[a.f.severity] - SEVERITY_ORDER[b.f.severity] || a.order - b.order)
    .map(({ f }) => f);
}
