/**
 * Reading an input once (issue 18): `readInput()` for whatever a reader gives, `readMailMessage()` for
 * a file known to be a mail, and `analyzeMail()`, the mail analysis of such a file in one call.
 */
import { htmlToView } from "../html/html-to-view.ts";
import { analyzeReadMail, type AnalyzeMailOptions, type MailAnalysis } from "../mail/analyze.ts";
import type { ReadInputOptions } from "./read-input.ts";
import { readMailMessage } from "./read-message.ts";

/** Options for {@link analyzeMail}. */
export interface AnalyzeMailInputOptions extends AnalyzeMailOptions, Pick<ReadInputOptions, "redact" | "redactHosts"> {
  /** More addresses to mask (the recipients an Outlook item lists). */
  redactAddresses?: readonly string[];
}

/**
 * Reads and analyses a raw mail (or its headers only) in one call: the recipient masked unless
 * `redact` is false, its HTML read once. Never throws on any input.
 */
export function analyzeMail(input: string | Uint8Array, options: AnalyzeMailInputOptions): MailAnalysis {
  const message = readMailMessage(input, {
    readHtml: htmlToView,
    redact: options.redact,
    redactHosts: options.redactHosts,
    recipients: options.redactAddresses ?? [],
  });
  return analyzeReadMail(message.read, message.content, options);
}
