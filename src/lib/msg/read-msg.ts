/**
 * Reads an Outlook `.msg` file (an OLE compound file of MAPI properties) with `@kenjiuno/msgreader`
 * into what the checker needs: the transport headers when the item kept them (received mails), else
 * the sender, subject and date it holds; the text and HTML bodies; the attachments (named, never
 * opened); and the mails attached inside it (`.msg` items and `.eml` files), read the same way.
 *
 * ANSI (non-Unicode) items store their strings in a code page: msgreader is given none, so it hands
 * those strings over byte for byte, and they are decoded here with `TextDecoder` in the item's code
 * page (CP932 → `shift_jis` for Japanese Outlook). Pure (no `node:*`): it runs in the Web Worker and
 * in the CLI. Never throws.
 */
import MsgReaderModule, { type FieldsData } from "@kenjiuno/msgreader";
import { guardChainWalks } from "./chain-guard.ts";
import { ansiCodePage, codePageLabel, decodeIn } from "./code-pages.ts";

/** An attachment, described but never opened. */
export interface MsgAttachment {
  filename: string | null;
  contentType: string;
  size: number;
}

/** A mail attached inside the item. */
export type EmbeddedMessage =
  { kind: "msg"; filename: string | null; item: MsgItem } | { kind: "eml"; filename: string | null; bytes: Uint8Array };

/** What an Outlook item holds. */
export interface MsgItem {
  /** The Internet headers the item was received with (PidTagTransportMessageHeaders), or null. */
  transportHeaders: string | null;
  subject: string | null;
  senderName: string | null;
  /** The sender's SMTP address (an Exchange DN is not an address and is left out). */
  senderEmail: string | null;
  /** When it was sent (or delivered), or null. */
  date: Date | null;
  messageId: string | null;
  /** The recipients' addresses, to be masked. */
  recipientAddresses: string[];
  body: string;
  html: string;
  attachments: MsgAttachment[];
  embedded: EmbeddedMessage[];
  /** The code page the ANSI strings were decoded with (`shift_jis`), or null for a Unicode item. */
  ansiEncoding: string | null;
}

export type ReadMsgResult = { ok: true; item: MsgItem } | { ok: false; message: string };

/** Embedded items opened at most this deep (deeper ones are listed as attachments). */
export const MAX_MSG_DEPTH = 8;
/** Most attachments listed per item. */
const MAX_ATTACHMENTS = 200;

type Reader = { getFileData(): FieldsData; getAttachment(a: FieldsData): { fileName: string; content: Uint8Array } };
type ReaderClass = new (buffer: ArrayBuffer) => Reader & { parserConfig?: { includeRawProps?: boolean } };

/** The class, whichever way the CommonJS module was interoperated (Node, Vite). */
const MsgReader: ReaderClass = ((MsgReaderModule as unknown as { default?: ReaderClass }).default ??
  MsgReaderModule) as unknown as ReaderClass;

/** PT_STRING8 property ids (high word of the tag) for the fields we read. */
const ANSI_FIELDS: Readonly<Record<string, keyof FieldsData>> = {
  "0037": "subject",
  "1000": "body",
  "007d": "headers",
  "0c1a": "senderName",
  "0c1f": "senderEmail",
  "5d01": "senderSmtpAddress",
  "1035": "messageId",
  "3707": "fileName",
  "3704": "fileNameShort",
  "3001": "name",
  "370e": "attachMimeTag",
};

/** Latin-1 string (one char per byte, as msgreader returns ANSI strings) back to bytes. */
function latin1Bytes(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i) & 0xff;
  return out;
}

/** Re-decodes the ANSI strings of `fields` in place; returns the label used, or null when none was ANSI. */
function decodeAnsi(fields: FieldsData, label: string): string | null {
  let used = false;
  for (const prop of fields.rawProps ?? []) {
    const tag = prop.propertyTag ?? "";
    if (!tag.endsWith("001e") || typeof prop.value !== "string") continue;
    const key = ANSI_FIELDS[tag.slice(0, 4)];
    if (!key) continue;
    if (/[\u0080-\u00ff]/.test(prop.value)) used = true;
    (fields as unknown as Record<string, unknown>)[key] = decodeIn(latin1Bytes(prop.value), label).replace(/\0+$/, "");
  }
  return used ? label : null;
}

function text(value: unknown): string | null {
  return typeof value === "string" && value.trim() !== "" ? value : null;
}

function date(value: string | undefined): Date | null {
  if (!value) return null;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? null : d;
}

function smtpAddress(fields: FieldsData): string | null {
  for (const candidate of [fields.senderSmtpAddress, fields.sentRepresentingSmtpAddress, fields.senderEmail])
    if (typeof candidate === "string" && /^[^\s@/]+@[^\s@]+$/.test(candidate.trim())) return candidate.trim();
  return null;
}

function contentTypeFor(filename: string | null, mimeTag: string | undefined): string {
  if (mimeTag && /^[\w.+-]+\/[\w.+-]+$/.test(mimeTag)) return mimeTag.toLowerCase();
  const ext = (filename ?? "").toLowerCase().split(".").pop() ?? "";
  const known: Record<string, string> = {
    pdf: "application/pdf",
    zip: "application/zip",
    png: "image/png",
    jpg: "image/jpeg",
    jpeg: "image/jpeg",
    gif: "image/gif",
    htm: "text/html",
    html: "text/html",
    txt: "text/plain",
    eml: "message/rfc822",
    msg: "application/vnd.ms-outlook",
    exe: "application/x-msdownload",
    doc: "application/msword",
    docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    xls: "application/vnd.ms-excel",
    xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  };
  return known[ext] ?? "application/octet-stream";
}

function readItem(fields: FieldsData, reader: Reader, depth: number): MsgItem {
  const codePage = ansiCodePage(fields.messageCodepage, fields.messageLocaleId);
  const ansiLabel = codePageLabel(codePage) ?? "windows-1252";
  const ansiEncoding = decodeAnsi(fields, ansiLabel);
  const htmlLabel = codePageLabel(fields.internetCodepage) ?? "utf-8";
  const html = fields.html instanceof Uint8Array ? decodeIn(fields.html, htmlLabel) : (text(fields.bodyHtml) ?? "");
  const item: MsgItem = {
    transportHeaders: text(fields.headers),
    subject: text(fields.subject),
    senderName: text(fields.senderName),
    senderEmail: smtpAddress(fields),
    date: date(fields.clientSubmitTime) ?? date(fields.messageDeliveryTime),
    messageId: text(fields.messageId),
    recipientAddresses: (fields.recipients ?? []).flatMap((r) => {
      decodeAnsi(r, ansiLabel);
      const address = text(r.smtpAddress) ?? text(r.email);
      return address && address.includes("@") ? [address] : [];
    }),
    body: text(fields.body) ?? "",
    html,
    attachments: [],
    embedded: [],
    ansiEncoding,
  };
  for (const attachment of (fields.attachments ?? []).slice(0, MAX_ATTACHMENTS)) {
    decodeAnsi(attachment, ansiLabel);
    const filename = text(attachment.fileName) ?? text(attachment.fileNameShort) ?? text(attachment.name);
    const inner = attachment.innerMsgContentFields;
    const contentType = inner ? "application/vnd.ms-outlook" : contentTypeFor(filename, attachment.attachMimeTag);
    item.attachments.push({ filename, contentType, size: attachment.contentLength ?? 0 });
    if (depth >= MAX_MSG_DEPTH) continue;
    try {
      if (inner) {
        item.embedded.push({ kind: "msg", filename, item: readItem(inner, reader, depth + 1) });
      } else if (contentType === "message/rfc822") {
        const content = reader.getAttachment(attachment).content;
        item.embedded.push({ kind: "eml", filename, bytes: new Uint8Array(content) });
      }
    } catch {
      // An attachment msgreader cannot open stays listed, unopened.
    }
  }
  return item;
}

/** Reads an Outlook `.msg` file. Never throws: a file it cannot read gives `{ ok: false }` and a Japanese message. */
export function readMsg(bytes: Uint8Array): ReadMsgResult {
  guardChainWalks();
  try {
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    const reader = new MsgReader(buffer);
    reader.parserConfig = { includeRawProps: true };
    const fields = reader.getFileData();
    if (fields.error || fields.dataType !== "msg") {
      return {
        ok: false,
        message: "Outlook の .msg ファイルとして読み取れませんでした。ファイルが壊れているか、別の種類のファイルです。",
      };
    }
    return { ok: true, item: readItem(fields, reader, 0) };
  } catch {
    return {
      ok: false,
      message: "Outlook の .msg ファイルとして読み取れませんでした。ファイルが壊れているか、別の種類のファイルです。",
    };
  }
}
