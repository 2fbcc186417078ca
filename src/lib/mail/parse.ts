/**
 * Reads a whole message (or its headers only) into the fields the analysis works on. Pure and
 * synchronous; never throws on any input.
 */
import { parseAddressList, type Mailbox } from "./address.ts";
import { readAuthResults, type AuthResults } from "./auth-results.ts";
import { parseBody, type MailBody } from "./body.ts";
import { parseMailDate, type MailDate } from "./date.ts";
import { decodeEncodedWords } from "./encoded-words.ts";
import { getHeader, getHeaders, parseHeaderFields, splitMessage, type HeaderField, type SplitMessage } from "./headers.ts";
import { findOriginIp } from "./origin-ip.ts";
import { parseReceived, type ReceivedHeader } from "./received.ts";

/** A message read into its parts. */
export interface ParsedMail {
  /** The header section as text (what the parse read, possibly masked). */
  headerText: string;
  fields: HeaderField[];
  /** Decoded Subject, or null when there is none. */
  subject: string | null;
  /** First mailbox of the first From, or null. */
  from: Mailbox | null;
  /** How many mailboxes From holds. */
  fromCount: number;
  /** First mailbox of the first Return-Path; null when absent or `<>`. */
  returnPath: Mailbox | null;
  /** True when Return-Path is the null sender `<>` (bounces, and some spam). */
  returnPathIsNull: boolean;
  replyTo: Mailbox | null;
  /** Message-ID as written, trimmed. */
  messageId: string | null;
  /** The domain after the last `@` of the Message-ID, lower-cased. */
  messageIdDomain: string | null;
  date: MailDate | null;
  /** Received headers top (newest) first, as written, with their header fields. */
  received: { field: HeaderField; parsed: ReceivedHeader }[];
  /** The originating IP under the product's rule (see `origin-ip.ts`). */
  originIp: string | null;
  /** Index into `received` of the header that gave the originating IP, or -1. */
  originReceivedIndex: number;
  auth: AuthResults;
  body: MailBody;
}

function firstMailbox(
  fields: readonly HeaderField[],
  name: string,
): { mailbox: Mailbox | null; count: number; present: boolean } {
  const field = getHeader(fields, name);
  if (!field) return { mailbox: null, count: 0, present: false };
  const list = parseAddressList(field.value.slice(0, 100_000));
  return { mailbox: list[0] ?? null, count: list.length, present: true };
}

/** The domain of a Message-ID (`<abc@mail.example.com>` → `mail.example.com`). */
export function messageIdDomain(messageId: string | null): string | null {
  if (!messageId) return null;
  const inner = messageId.replace(/^\s*<|>\s*$/g, "");
  const at = inner.lastIndexOf("@");
  if (at < 0) return null;
  const domain = inner
    .slice(at + 1)
    .trim()
    .toLowerCase()
    .replace(/[>\s].*$/, "");
  return domain === "" ? null : domain;
}

/** Reads a message. `input` may be the raw bytes of an `.eml` file or text (headers only is fine). */
export function parseMail(input: string | Uint8Array): ParsedMail {
  return parseSplitMail(splitMessage(input));
}

/**
 * Reads a message already split into header text and body ({@link splitMessage}). `readReceived`
 * reads a Received value (the caller's, when it has read some of them already).
 */
export function parseSplitMail(
  split: SplitMessage,
  readReceived: (value: string) => ReceivedHeader = parseReceived,
): ParsedMail {
  const fields = parseHeaderFields(split.headerText);
  const subjectField = getHeader(fields, "Subject");
  const from = firstMailbox(fields, "From");
  const returnPath = firstMailbox(fields, "Return-Path");
  const replyTo = firstMailbox(fields, "Reply-To");
  const messageIdField = getHeader(fields, "Message-ID");
  const messageId = messageIdField ? messageIdField.value.trim() : null;
  const dateField = getHeader(fields, "Date");
  const received = getHeaders(fields, "Received").map((field) => ({ field, parsed: readReceived(field.value) }));
  const values = received.map((r) => r.field.value);
  const originIp = findOriginIp(values);
  let originReceivedIndex = -1;
  if (originIp) {
    for (let i = values.length - 1; i >= 0; i--) {
      if (findOriginIp([values[i] ?? ""]) !== null) {
        originReceivedIndex = i;
        break;
      }
    }
  }
  const rp = returnPath.mailbox;
  return {
    headerText: split.headerText,
    fields,
    subject: subjectField ? decodeEncodedWords(subjectField.value.slice(0, 100_000)) : null,
    from: from.mailbox && from.mailbox.address !== "" ? from.mailbox : null,
    fromCount: from.count,
    returnPath: rp && rp.address !== "" ? rp : null,
    returnPathIsNull: returnPath.present && (!rp || rp.address === ""),
    replyTo: replyTo.mailbox && replyTo.mailbox.address !== "" ? replyTo.mailbox : null,
    messageId: messageId === "" ? null : messageId,
    messageIdDomain: messageIdDomain(messageId),
    date: dateField ? parseMailDate(dateField.value) : null,
    received,
    originIp,
    originReceivedIndex,
    auth: readAuthResults(fields),
    body: parseBody(fields, split.body, split.bodyIsBinary),
  };
}
