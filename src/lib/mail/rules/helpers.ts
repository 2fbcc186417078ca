/** Small helpers shared by the rules. */
import { getHeader } from "../headers.ts";
import type { Mailbox } from "../address.ts";
import type { MailingList } from "../mailing-list.ts";
import type { ParsedMail } from "../parse.ts";
import type { Finding, Severity } from "./types.ts";

/** Builds a finding pointing at the first field named `header` (when the mail has one). */
export function finding(mail: ParsedMail, id: string, severity: Severity, message: string, header?: string): Finding {
  const result: Finding = { id, severity, message };
  if (header) {
    result.header = header;
    const field = getHeader(mail.fields, header);
    if (field) result.lineIndex = field.lineIndex;
  }
  return result;
}

/**
 * The sender to judge: From, or — when a mailing list rewrote From to its own address
 * (`Name via List`) — the original sender the list kept in Reply-To.
 */
export function senderOf(mail: ParsedMail, mailingList: MailingList | null): Mailbox | null {
  return (mailingList?.fromRewritten ? mailingList.originalFrom : null) ?? mail.from;
}
