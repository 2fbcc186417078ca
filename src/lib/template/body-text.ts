/**
 * The text of a mail that its template lives in: the text/plain part, or the visible text of the
 * HTML part when that says more (read through the parse5 safe view, as everywhere else). Read with the
 * mail library; never throws, never renders anything.
 */
import { htmlToView } from "../html/html-to-view.ts";
import { viewText } from "../html/view-text.ts";
import { splitMessage } from "../mail/headers.ts";
import { parseMail } from "../mail/parse.ts";
import { recipientAddresses } from "../mail/redact.ts";

/** The body text and whose mail it was. */
export interface MailText {
  /** The body as plain text (not masked yet). */
  text: string;
  /** The recipient's addresses from the header section (lower case), to mask in the text. */
  recipients: string[];
}

/**
 * The visible text of an HTML part: the same parse5 safe view that articles and the checker show
 * (src/lib/html/), read as text block by block, so that templates are matched on the text a reader sees.
 */
export function htmlToText(html: string): string {
  return viewText(htmlToView(html).view);
}

const visibleLength = (text: string): number => text.replace(/\s+/g, "").length;

/** Chooses the part that carries the text: the plain text, or the HTML's text when it is longer. */
export function bodyTextOf(plain: string, html: string): string {
  const fromHtml = html.trim() === "" ? "" : htmlToText(html);
  return visibleLength(fromHtml) > visibleLength(plain) ? fromHtml : plain;
}

/** Reads a whole `.eml` (bytes or text) into its body text and recipients. A header-only file gives `""`. */
export function mailText(input: string | Uint8Array): MailText {
  const mail = parseMail(input);
  return {
    text: bodyTextOf(mail.body.text, mail.body.html),
    recipients: recipientAddresses(splitMessage(input).headerText).map((a) => a.toLowerCase()),
  };
}
