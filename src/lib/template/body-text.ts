/**
 * The text of a mail that its template lives in: the text/plain part, or the visible text of the
 * HTML part when that says more (style and script blocks and the head dropped, tags removed, character
 * references decoded). Read with the mail library; never throws, never renders anything.
 */
import { decodeHtmlEntities, stripTags } from "../mail/body.ts";
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

/** Removes `<name …>…</name>` blocks (linear: one pass with indexOf). */
function dropElements(html: string, names: readonly string[]): string {
  let out = html;
  for (const name of names) {
    const lower = out.toLowerCase();
    let result = "";
    let cursor = 0;
    for (;;) {
      const open = lower.indexOf(`<${name}`, cursor);
      if (open < 0) break;
      const close = lower.indexOf(`</${name}`, open);
      result += out.slice(cursor, open) + " ";
      if (close < 0) {
        cursor = out.length;
        break;
      }
      const end = lower.indexOf(">", close);
      cursor = end < 0 ? out.length : end + 1;
    }
    out = result + out.slice(cursor);
  }
  return out;
}

/** The visible text of an HTML part, with block ends as line breaks. */
export function htmlToText(html: string): string {
  const withoutBlocks = dropElements(html, ["head", "style", "script", "title"]);
  const withBreaks = withoutBlocks.replace(/<(?:br|\/p|\/div|\/tr|\/li|\/h\d|\/table)\b[^>]{0,200}>/gi, "\n");
  return decodeHtmlEntities(stripTags(withBreaks));
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
