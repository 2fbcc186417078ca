/**
 * Reads a raw message once: the header section split off, the recipient's details masked (the line
 * structure kept, so line numbers still match), and the result parsed into one {@link ParsedMail}
 * whose body walk also yields the mails embedded in it. Pure; never throws.
 */
import { splitMessage } from "./headers.ts";
import { parseMail, type ParsedMail } from "./parse.ts";
import { recipientAddresses, redactHeaders, type Redaction } from "./redact.ts";

/** Options for {@link readMail}. */
export interface ReadMailOptions {
  /** Mask the recipient's addresses (default true). */
  redact?: boolean;
  /** Host names to mask as well (site config). */
  redactHosts?: readonly string[];
  /** More addresses to mask (the recipients an Outlook item lists). */
  redactAddresses?: readonly string[];
}

/** A message read once. */
export interface ReadMail {
  /** The parsed message, its header section masked when `redact` is on. */
  mail: ParsedMail;
  /** What was masked (empty when nothing or when `redact` is off). */
  redactions: Redaction[];
  /** The recipient's addresses: those the original headers reveal and those given (lower case). */
  recipients: string[];
}

/** Reads `input`, the raw bytes or text of a whole message or its headers only. */
export function readMail(input: string | Uint8Array, options: ReadMailOptions = {}): ReadMail {
  const split = splitMessage(input);
  const given = (options.redactAddresses ?? []).map((a) => a.toLowerCase());
  const revealed = recipientAddresses(split.headerText);
  const recipients = [...new Set([...revealed, ...given])];
  if (options.redact === false) return { mail: parseMail(input), redactions: [], recipients };
  const redacted = redactHeaders(split.headerText, { hosts: options.redactHosts ?? [], addresses: given, revealed });
  // Keep the body as it was: re-join the masked header text with the original body.
  const separator = split.separated ? (/\r\n/.test(split.headerText) ? "\r\n" : "\n") : "";
  const source = split.bodyIsBinary
    ? concatHeaderAndBody(redacted.text, separator, split.body)
    : `${redacted.text}${separator}${split.body}`;
  return { mail: parseMail(source), redactions: redacted.redactions, recipients };
}

/** Re-encodes masked header text as UTF-8 and appends the original body bytes (held as a binary string). */
function concatHeaderAndBody(headerText: string, separator: string, binaryBody: string): Uint8Array {
  const head = new TextEncoder().encode(headerText + separator);
  const out = new Uint8Array(head.length + binaryBody.length);
  out.set(head, 0);
  for (let i = 0; i < binaryBody.length; i++) out[head.length + i] = binaryBody.charCodeAt(i) & 0xff;
  return out;
}
