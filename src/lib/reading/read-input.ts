/**
 * One reading of whatever a reader received (issue 18): the kind is detected once, an Outlook item
 * is read once, a mail is split, masked and parsed once into one MIME tree (its embedded and inline
 * forwarded originals read the same way, to a fixed depth), its HTML is parsed once into the safe
 * view, and the recipients are known before anything is shown. A text keeps its sender and subject
 * lines as a sender to judge. Every later step (src/lib/analysis/) works on this structure. Pure;
 * never throws.
 */
import { findInlineForward, inlineForwardAsMail } from "../forward/inline.ts";
import { textToView } from "../html/text-to-view.ts";
import type { BodyView, RawLink, ViewOptions } from "../html/view-model.ts";
import { decodeHtmlEntities, stripTags } from "../mail/body.ts";
import { detectInputKind, type InputKind } from "../input/detect-kind.ts";
import type { MailContent } from "../mail/analyze.ts";
import { decodeBytes, isValidUtf8 } from "../mail/charset.ts";
import type { ReadMail } from "../mail/read-mail.ts";
import type { MsgItem, ReadMsgResult } from "../msg/read-msg.ts";
import { findSenderLine, findSubjectLine, isOnlySender, type SenderLine } from "./sender-line.ts";

/** How the message reached the reader, as far as the input tells. */
export type Channel = "sms" | "mail" | "unknown";

/** How a forwarded original was found. */
export type ForwardHow = "attachment" | "inline" | "msg-attachment";

/** A message read once: the parsed mail, its HTML read once, its body's safe view. */
export interface MessageReading {
  read: ReadMail;
  content: MailContent;
  /** The body in the safe view (recipient masked, every address defanged), or null when empty. */
  body: BodyView | null;
  /** True when the headers were written from what the message claims (a .msg without delivery record, an inline forward, a pasted sender line). */
  headersFromItem: boolean;
  /** Attachments, described (an Outlook item's own list when it came from one). */
  attachments: { filename: string | null; contentType: string }[];
}

/** Whatever the reader gave, read once. */
export interface Reading {
  kind: InputKind;
  /** Why nothing could be read (a zip, a broken .msg, nothing pasted), or null. */
  problem: string | null;
  channel: Channel;
  /** For a text (an SMS, a pasted body, addresses, a sender line): the text as given. */
  text: string | null;
  /** The message with headers: a mail, its headers, an Outlook item, or the sender line of a text. */
  message: MessageReading | null;
  /** The safe view of a text (a message's view is in `message`). */
  body: BodyView | null;
  /** The sender written in a text (「差出人: …」, a phone number, an address alone). */
  sender: SenderLine | null;
  /** The subject written in a text (「件名: …」). */
  subject: string | null;
  /** A forwarded original found inside, read the same way. */
  forwarded: { how: ForwardHow; filename: string | null; reading: Reading } | null;
  /** Set when only the start of a very long text was read: what to tell the reader. */
  truncated: string | null;
}

/** Reads HTML into the safe view and its links (src/lib/html/html-to-view.ts, parse5). */
export type HtmlReader = (html: string, options?: ViewOptions) => { view: BodyView; links: RawLink[] };

/**
 * What a reading without the HTML parser makes of HTML: its text with the tags taken out, as a text
 * view, and no links. Only for a caller that chose not to load the parser; the checker loads it
 * whenever the input may hold HTML.
 */
export const htmlAsText: HtmlReader = (html, options) => ({
  view: textToView(
    decodeHtmlEntities(stripTags(html.replace(/<(?:script|style)\b[\s\S]*?<\/(?:script|style)>/gi, " "))),
    options,
  ),
  links: [],
});

/** True when `input` may hold HTML (a text/html part, or HTML source pasted as text). */
export function mayHoldHtml(input: string | Uint8Array): boolean {
  const head =
    typeof input === "string"
      ? input.slice(0, 2_000_000)
      : new TextDecoder("latin1").decode(input.subarray(0, 2_000_000));
  return /text\/html|<(?:html|body|div|p|a|table|td|br|span|img|font)\b/i.test(head);
}

/** Options for {@link readInput}. */
export interface ReadInputOptions {
  /**
   * The HTML reader (`htmlToView` from src/lib/html/html-to-view.ts). Passed in so that the Web Worker
   * loads the parser only for inputs that may hold HTML ({@link mayHoldHtml}); Node callers go through
   * src/lib/analysis/index.ts, which always passes it.
   */
  readHtml?: HtmlReader | undefined;
  /** The mail reader (./read-message.ts); without it a mail or a sender address is not read. */
  messageReader?: MessageReader | undefined;
  /**
   * The Outlook reader (`readMsg` from src/lib/msg/read-msg.ts). Passed in rather than imported so
   * that the Web Worker loads it only when a .msg file arrives; without it a .msg is not read.
   */
  readMsg?: ((bytes: Uint8Array) => ReadMsgResult) | undefined;
  /** How the message arrived, when the caller knows (`npm run analyze -- --sms`, a file named sms.txt). */
  channel?: Channel | undefined;
  /** Mask the recipient's details (default true). */
  redact?: boolean | undefined;
  /** Host names to mask as well (site config). */
  redactHosts?: readonly string[] | undefined;
  /** More addresses to mask (an Outlook item's recipients, when the caller converted it itself). */
  redactAddresses?: readonly string[] | undefined;
}

/** What reading needs while it walks forwards: the options, the depth, and itself for embedded mails. */
export interface ReadContext {
  options: ReadInputOptions;
  depth: number;
  readAt: (input: string | Uint8Array, ctx: ReadContext) => Reading;
}

/**
 * Reads mails (./read-message.ts): passed in through {@link ReadInputOptions.messageReader} so that a
 * text needs none of the mail parser. Node callers get it from src/lib/analysis/index.ts; the
 * checker's worker loads it when the input may be or hold a mail.
 */
export interface MessageReader {
  readMessage(
    bytes: string | Uint8Array,
    kind: InputKind,
    extra: { recipients?: readonly string[]; headersFromItem: boolean },
    ctx: ReadContext,
  ): Reading;
  readMsgItem(item: MsgItem, ctx: ReadContext): Reading;
  /** A pasted text's sender line with an address (and its subject), as a message whose headers are the text's claims. */
  readSenderLine(sender: SenderLine, subject: string | null, text: string, ctx: ReadContext): MessageReading | null;
}

/** Forwards opened inside forwards at most this deep. */
export const MAX_FORWARD_DEPTH = 4;
/** Largest file read at all (the page refuses larger files before this). */
export const MAX_INPUT_BYTES = 25 * 1024 * 1024;
/** Longest pasted text read: a longer one is read up to here, and the result says so. */
export const MAX_TEXT_CHARS = 2 * 1024 * 1024;
/** Longest SMS (a long SMS of 70-character segments); a longer text is not an SMS. */
const MAX_SMS_LENGTH = 670;

const BINARY_NAMES: Readonly<Record<string, string>> = {
  zip: "ZIP 圧縮ファイル",
  pdf: "PDF",
  png: "PNG 画像",
  jpeg: "JPEG 画像",
  gif: "GIF 画像",
  gzip: "gzip 圧縮ファイル",
  rar: "RAR 圧縮ファイル",
  "7z": "7z 圧縮ファイル",
  exe: "Windows の実行ファイル",
  elf: "実行ファイル",
};

function binaryProblem(type: string | undefined): string {
  const name = type ? BINARY_NAMES[type] : undefined;
  return name
    ? `このファイルは${name}で、メール（.eml）でも Outlook の .msg でもありません。中身は開かずに止めました。メールに添付されていたものなら、開かないでください。`
    : "このファイルはメール（.eml）でも Outlook の .msg でもないようです（文字ではないデータです）。中身は開かずに止めました。";
}

function problemReading(kind: InputKind, problem: string): Reading {
  return {
    kind,
    problem,
    channel: "unknown",
    text: null,
    message: null,
    body: null,
    sender: null,
    subject: null,
    forwarded: null,
    truncated: null,
  };
}

function guessChannel(text: string, sender: SenderLine | null, subject: string | null): Channel {
  if (sender?.address || subject !== null) return "mail";
  if (sender?.phone) return "sms";
  return text.trim().length > MAX_SMS_LENGTH ? "mail" : "unknown";
}

function readText(whole: string, detected: "text" | "urls", ctx: ReadContext): Reading {
  const text = whole.length > MAX_TEXT_CHARS ? whole.slice(0, MAX_TEXT_CHARS) : whole;
  const sender = detected === "text" ? findSenderLine(text) : null;
  const subject = detected === "text" ? findSubjectLine(text) : null;
  // HTML source pasted as text (a body copied from a mail program's source view) is read as HTML.
  const looksHtml =
    (text.slice(0, 20_000).match(/<(?:html|body|div|p|a|table|td|br|span|img)\b[^>]*>/gi) ?? []).length >= 2;
  const body =
    detected === "text" ? (looksHtml ? (ctx.options.readHtml ?? htmlAsText)(text).view : textToView(text)) : null;
  const inline = ctx.depth < MAX_FORWARD_DEPTH && detected === "text" ? findInlineForward(text) : null;
  const reading: Reading = {
    kind: sender && isOnlySender(text) ? "sender" : detected,
    problem: null,
    channel: ctx.options.channel ?? guessChannel(text, sender, subject),
    text,
    message: null,
    body,
    sender,
    subject,
    forwarded: null,
    truncated:
      text.length < whole.length
        ? `とても長いため、先頭の ${Math.round(MAX_TEXT_CHARS / 1024 / 1024)} MB だけを調べました（全体は ${Math.round(whole.length / 1024 / 1024)} MB）。`
        : null,
  };
  const messages = ctx.options.messageReader;
  if (inline && messages) {
    reading.forwarded = {
      how: "inline",
      filename: null,
      reading: messages.readMessage(
        inlineForwardAsMail(inline),
        "mail",
        { headersFromItem: true },
        { ...ctx, depth: ctx.depth + 1 },
      ),
    };
  } else if (sender?.address && messages) {
    reading.message = messages.readSenderLine(sender, subject, text, ctx);
  }
  return reading;
}

const NO_MAIL_READER = "メールを読む部品を読み込めませんでした。ページを読み込み直してください。";

function readAt(input: string | Uint8Array, ctx: ReadContext): Reading {
  const size = typeof input === "string" ? input.length : input.byteLength;
  // Pasted text of any length is read up to MAX_TEXT_CHARS (readText says so); a file is refused.
  if (typeof input !== "string" && size > MAX_INPUT_BYTES)
    return problemReading(
      "binary",
      `大きすぎます（${Math.round(size / 1024 / 1024)} MB）。${MAX_INPUT_BYTES / 1024 / 1024} MB までにしてください。`,
    );
  const detected = detectInputKind(input);
  switch (detected.kind) {
    case "empty":
      return problemReading("empty", "何も入力されていません。");
    case "binary":
      return problemReading("binary", binaryProblem(detected.binaryType));
    case "msg": {
      const reader = ctx.options.readMsg;
      if (!reader)
        return problemReading(
          "msg",
          "Outlook の .msg ファイルを読む部品を読み込めませんでした。ページを読み込み直してください。",
        );
      if (!ctx.options.messageReader) return problemReading("msg", NO_MAIL_READER);
      const read = reader(input instanceof Uint8Array ? input : new Uint8Array());
      return read.ok ? ctx.options.messageReader.readMsgItem(read.item, ctx) : problemReading("msg", read.message);
    }
    case "mail":
    case "headers":
      if (!ctx.options.messageReader) return problemReading(detected.kind, NO_MAIL_READER);
      return ctx.options.messageReader.readMessage(
        input,
        detected.kind,
        { recipients: ctx.depth === 0 ? (ctx.options.redactAddresses ?? []) : [], headersFromItem: false },
        ctx,
      );
    case "text":
    case "urls":
    case "sender": {
      // A saved text file is UTF-8, or Shift_JIS when written by older Japanese Windows tools.
      const text = typeof input === "string" ? input : decodeBytes(input, isValidUtf8(input) ? "utf-8" : "shift_jis");
      return readText(text, detected.kind === "urls" ? "urls" : "text", ctx);
    }
  }
}

/** Reads whatever the reader gave. Never throws: what cannot be read says so in `problem`. */
export function readInput(input: string | Uint8Array, options: ReadInputOptions = {}): Reading {
  try {
    return readAt(input, { options, depth: 0, readAt });
  } catch {
    return problemReading(
      "binary",
      "この内容は読み取れませんでした。メールの原文か、届いた文面をそのまま貼り付けてください。",
    );
  }
}
