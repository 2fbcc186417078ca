/**
 * Reading a mail once (the message part of src/lib/reading/read-input.ts): split, masked and parsed
 * into one MIME tree, its HTML read once into the safe view, its embedded or inline-forwarded original
 * read the same way; an Outlook item's own recipients and attachments kept. Loaded only for inputs that
 * are or hold a mail. Pure; never throws (read-input.ts catches what a broken part could throw).
 */
import { findInlineForward, inlineForwardAsMail } from "../forward/inline.ts";
import { textToView } from "../html/text-to-view.ts";
import { viewText } from "../html/view-text.ts";
import type { InputKind } from "../input/detect-kind.ts";
import { readMail } from "../mail/read-mail.ts";
import { recipientMasker } from "../mail/redact.ts";
import { msgToMail } from "../msg/msg-to-mail.ts";
import type { MsgItem } from "../msg/read-msg.ts";
import {
  htmlAsText,
  MAX_FORWARD_DEPTH,
  readInput,
  type MessageReader,
  type MessageReading,
  type ReadContext,
  type ReadInputOptions,
  type Reading,
} from "./read-input.ts";
import type { SenderLine } from "./sender-line.ts";

/** Reads a raw mail (or headers) once, with its HTML and its embedded or inline-forwarded original. */
function readMessage(
  bytes: string | Uint8Array,
  kind: InputKind,
  extra: { recipients?: readonly string[]; headersFromItem: boolean },
  ctx: ReadContext,
): Reading {
  const read = readMail(bytes, {
    redact: ctx.options.redact ?? true,
    redactHosts: ctx.options.redactHosts ?? [],
    redactAddresses: extra.recipients ?? [],
  });
  const mask = recipientMasker(read.recipients);
  const { html, text } = read.mail.body;
  const htmlView = html.trim() === "" ? null : (ctx.options.readHtml ?? htmlAsText)(html, { mask });
  const body = htmlView ? htmlView.view : text.trim() !== "" ? textToView(text, { mask }) : null;
  const message: MessageReading = {
    read,
    content: { bodyText: `${text}\n${htmlView ? viewText(htmlView.view) : ""}`, htmlLinks: htmlView?.links ?? [] },
    body,
    headersFromItem: extra.headersFromItem,
    attachments: read.mail.body.attachments.map((a) => ({ filename: a.filename, contentType: a.contentType })),
  };
  let forwarded: Reading["forwarded"] = null;
  if (ctx.depth < MAX_FORWARD_DEPTH) {
    const embedded = read.mail.body.messages[0];
    if (embedded) {
      forwarded = {
        how: "attachment",
        filename: embedded.filename,
        reading: ctx.readAt(embedded.bytes, { ...ctx, depth: ctx.depth + 1 }),
      };
    } else {
      const inline = findInlineForward(text || viewText(body));
      if (inline)
        forwarded = {
          how: "inline",
          filename: null,
          reading: readMessage(
            inlineForwardAsMail(inline),
            "mail",
            { recipients: read.recipients, headersFromItem: true },
            { ...ctx, depth: ctx.depth + 1 },
          ),
        };
    }
  }
  return {
    kind,
    problem: null,
    channel: "mail",
    text: null,
    message,
    body: null,
    sender: null,
    subject: null,
    forwarded,
    truncated: null,
  };
}

function readMsgItem(item: MsgItem, ctx: ReadContext): Reading {
  const reading = readMessage(
    msgToMail(item),
    "msg",
    { recipients: item.recipientAddresses, headersFromItem: item.transportHeaders === null },
    { ...ctx, depth: MAX_FORWARD_DEPTH }, // the item's embedded items are read below, not from the rebuilt mail
  );
  const message = reading.message;
  if (message) {
    const mask = recipientMasker(message.read.recipients);
    message.attachments = item.attachments.map((a) => ({
      filename: a.filename === null ? null : mask(a.filename),
      contentType: a.contentType,
    }));
  }
  const embedded = item.embedded[0];
  if (embedded && ctx.depth < MAX_FORWARD_DEPTH) {
    const inner = { ...ctx, depth: ctx.depth + 1 };
    reading.forwarded = {
      how: "msg-attachment",
      filename: embedded.filename,
      reading: embedded.kind === "msg" ? readMsgItem(embedded.item, inner) : ctx.readAt(embedded.bytes, inner),
    };
  }
  return reading;
}

/** A pasted text that carries an address in its sender line, as a mail whose headers are the text's claims. */
function senderAsMail(sender: SenderLine, subject: string | null, text: string): string {
  const clean = (v: string) => v.replace(/[\r\n]+/g, " ").replace(/["\\]/g, "");
  const lines = [`From: ${sender.name ? `"${clean(sender.name)}" ` : ""}<${sender.address ?? ""}>`];
  if (subject !== null) lines.push(`Subject: ${clean(subject)}`);
  // The body is the text without its sender and subject lines (they are the headers now).
  const body = text
    .split(/\r\n|\n|\r/)
    .filter((l) => l.normalize("NFKC").trim() !== sender.line && !(subject !== null && l.includes(subject)))
    .join("\n");
  lines.push("Content-Type: text/plain; charset=utf-8", "", body);
  return lines.join("\r\n");
}

function readSenderLine(
  sender: SenderLine,
  subject: string | null,
  text: string,
  ctx: ReadContext,
): MessageReading | null {
  return readMessage(
    senderAsMail(sender, subject, text),
    "mail",
    { headersFromItem: true },
    {
      ...ctx,
      depth: MAX_FORWARD_DEPTH,
    },
  ).message;
}

/** The mail reader, for {@link ReadInputOptions.messageReader}. */
export const messageReader: MessageReader = { readMessage, readMsgItem, readSenderLine };

/**
 * Reads a raw mail (or its headers) known to be one (an article's header file, a fixture): no kind
 * detection, no forwards. The message part of {@link readInput}. Never throws.
 */
export function readMailMessage(
  input: string | Uint8Array,
  options: ReadInputOptions & { recipients?: readonly string[] } = {},
): MessageReading {
  const ctx: ReadContext = { options, depth: MAX_FORWARD_DEPTH, readAt: (i, c) => readInput(i, c.options) };
  const reading = readMessage(input, "mail", { recipients: options.recipients ?? [], headersFromItem: false }, ctx);
  // readMessage always reads a message; the fallback only satisfies the type.
  return reading.message ?? readMessage("", "mail", { headersFromItem: false }, ctx).message!;
}
