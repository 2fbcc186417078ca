/**
 * An Outlook item as a raw mail the mail library can read. With transport headers: those headers
 * (their own MIME fields dropped) over a new UTF-8 body holding the item's text and HTML. Without:
 * headers written from what the item says (From, Subject, Date, Message-ID) — which are the item's
 * claims, not a delivery record. Returned as UTF-8 bytes.
 */
import type { MsgItem } from "./read-msg.ts";

const MIME_FIELDS = /^(?:content-type|content-transfer-encoding|mime-version|content-disposition)$/i;

/** The header section without its MIME fields (folded lines included). */
function withoutMimeFields(headers: string): string[] {
  const out: string[] = [];
  let skipping = false;
  for (const line of headers.replace(/(?:\r?\n)+$/, "").split(/\r\n|\n|\r/)) {
    if (/^[ \t]/.test(line)) {
      if (!skipping) out.push(line);
      continue;
    }
    const name = /^([^:\s]+):/.exec(line)?.[1] ?? "";
    skipping = MIME_FIELDS.test(name);
    if (!skipping && line.trim() !== "") out.push(line);
  }
  return out;
}

function quoteName(name: string): string {
  return `"${name.replace(/[\r\n]+/g, " ").replace(/["\\]/g, "\\$&")}"`;
}

/** The item's own headers (no delivery record): what Outlook stored about the sender and subject. */
function itemHeaders(item: MsgItem): string[] {
  const lines: string[] = [];
  const name = item.senderName?.trim() ?? "";
  if (item.senderEmail) lines.push(`From: ${name ? `${quoteName(name)} ` : ""}<${item.senderEmail}>`);
  else if (name) lines.push(`From: ${quoteName(name)} <unknown@invalid>`);
  if (item.subject !== null) lines.push(`Subject: ${item.subject.replace(/[\r\n]+/g, " ")}`);
  if (item.date) lines.push(`Date: ${item.date.toUTCString().replace("GMT", "+0000")}`);
  if (item.messageId) lines.push(`Message-ID: ${item.messageId.replace(/[\r\n]+/g, "")}`);
  return lines;
}

/** The item as a raw mail (UTF-8 bytes). */
export function msgToMail(item: MsgItem): Uint8Array {
  const head = item.transportHeaders ? withoutMimeFields(item.transportHeaders) : itemHeaders(item);
  const boundary = "sagimail-msg-boundary-7f3a";
  const parts: string[] = [];
  if (item.body.trim() !== "")
    parts.push(`--${boundary}`, "Content-Type: text/plain; charset=utf-8", "", item.body.replace(/\r?\n/g, "\r\n"));
  if (item.html.trim() !== "")
    parts.push(`--${boundary}`, "Content-Type: text/html; charset=utf-8", "", item.html.replace(/\r?\n/g, "\r\n"));
  const text = [
    ...head,
    "MIME-Version: 1.0",
    `Content-Type: multipart/alternative; boundary="${boundary}"`,
    "",
    ...parts,
    `--${boundary}--`,
    "",
  ].join("\r\n");
  return new TextEncoder().encode(text);
}
