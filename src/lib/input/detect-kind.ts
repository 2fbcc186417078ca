/**
 * What did the reader give us? One pure function reads the first bytes or lines of the input and
 * names its kind, so that each kind gets the analysis it can bear: a whole mail, the headers only,
 * a text (an SMS, a LINE message, a mail body without headers), one or more bare addresses, an
 * Outlook `.msg` file, or a file that is none of these. Never throws, and looks at most at the
 * first 64 KB.
 */
import { findTextUrls } from "../url/find-text-urls.ts";

export type InputKind =
  /** Header fields, a blank line, and a body. */
  | "mail"
  /** Header fields and nothing after them. */
  | "headers"
  /** Free text: an SMS, a LINE message, a mail body pasted without its headers. */
  | "text"
  /** Nothing but one or more addresses. */
  | "urls"
  /** A sender copied on its own: 「差出人: 名前 <address>」 or an address alone (named by the reading, src/lib/reading/). */
  | "sender"
  /** An Outlook item (OLE compound file). */
  | "msg"
  /** A binary file that is not a mail (zip, PDF, image, executable…). */
  | "binary"
  /** Nothing but white space. */
  | "empty";

/** What {@link detectInputKind} found, with the file type for binary files. */
export interface DetectedKind {
  kind: InputKind;
  /** For `binary`: what the first bytes say it is (`zip`, `pdf`, …), or `unknown`. */
  binaryType?: string;
}

const PROBE = 64 * 1024;

const MAGIC: readonly { type: string; bytes: readonly number[] }[] = [
  { type: "msg", bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] },
  { type: "zip", bytes: [0x50, 0x4b, 0x03, 0x04] },
  { type: "zip", bytes: [0x50, 0x4b, 0x05, 0x06] },
  { type: "pdf", bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { type: "png", bytes: [0x89, 0x50, 0x4e, 0x47] },
  { type: "jpeg", bytes: [0xff, 0xd8, 0xff] },
  { type: "gif", bytes: [0x47, 0x49, 0x46, 0x38] },
  { type: "gzip", bytes: [0x1f, 0x8b] },
  { type: "rar", bytes: [0x52, 0x61, 0x72, 0x21] },
  { type: "7z", bytes: [0x37, 0x7a, 0xbc, 0xaf] },
  { type: "exe", bytes: [0x4d, 0x5a] },
  { type: "elf", bytes: [0x7f, 0x45, 0x4c, 0x46] },
];

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.length <= bytes.length && magic.every((b, i) => bytes[i] === b);
}

/** True when the bytes look like binary data rather than text in any charset a mail uses. */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i] ?? 0;
    if (b === 0) return true;
    if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b)) control++;
  }
  return n > 0 && control / n > 0.1;
}

/** Header names that only a mail's header section has. */
const KNOWN_HEADER =
  /^(?:received|from|to|cc|subject|date|return-path|message-id|delivered-to|reply-to|mime-version|content-type|content-transfer-encoding|dkim-signature|authentication-results|arc-[a-z-]+|x-[a-z0-9-]+|sender|list-unsubscribe|thread-topic|thread-index|importance|x-mailer|user-agent|envelope-to|x-original-to)$/i;

const FIELD_LINE = /^([\x21-\x39\x3b-\x7e]{1,76}):[ \t]?/;

/** Decides whether `text` starts with a header section, and whether anything follows it. */
function headerShape(text: string): "mail" | "headers" | null {
  const lines = text
    .replace(/^\uFEFF/, "")
    .replace(/^(?:[ \t]*\r?\n)+/, "")
    .split(/\r\n|\n|\r/);
  // Allow an mbox "From " line before the headers.
  let i = /^From \S/.test(lines[0] ?? "") ? 1 : 0;
  let fields = 0;
  let known = 0;
  for (; i < lines.length; i++) {
    const line = lines[i] ?? "";
    if (line.trim() === "") break;
    if (/^[ \t]/.test(line) && fields > 0) continue; // a folded continuation
    const field = FIELD_LINE.exec(line);
    if (!field || /^https?$/i.test(field[1] ?? "")) {
      if (fields === 0) return null;
      break; // a stray line ends the block
    }
    fields++;
    if (KNOWN_HEADER.test(field[1] ?? "")) known++;
  }
  const transportFirst = /^(?:received|return-path|delivered-to|dkim-signature):/i.test(lines[0] ?? "");
  if (!((known >= 1 && fields >= 2) || (fields >= 1 && transportFirst))) return null;
  const rest = lines.slice(i).join("\n").trim();
  return rest === "" ? "headers" : "mail";
}

/** True when the text holds nothing but addresses (and white space, bullets, commas). */
function onlyUrls(text: string): boolean {
  const tokens = text
    .normalize("NFKC")
    .split(/[\s,、]+/u)
    .map((t) => t.replace(/^[・•*>\-]+/u, ""))
    .filter((t) => t !== "");
  if (tokens.length === 0 || tokens.length > 200) return false;
  return tokens.every(
    (token) => !/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(token) && findTextUrls(token).length > 0,
  );
}

/** The kind of `input` (raw bytes of a file, or pasted text). Never throws. */
export function detectInputKind(input: string | Uint8Array): DetectedKind {
  let text: string;
  if (input instanceof Uint8Array) {
    if (input.length === 0) return { kind: "empty" };
    const probe = input.subarray(0, PROBE);
    const magic = MAGIC.find((m) => startsWith(probe, m.bytes));
    if (magic?.type === "msg") return { kind: "msg" };
    if (magic) return { kind: "binary", binaryType: magic.type };
    if (looksBinary(probe)) return { kind: "binary", binaryType: "unknown" };
    text = new TextDecoder("utf-8").decode(probe);
  } else {
    text = String(input).slice(0, PROBE);
  }
  if (text.trim() === "") return { kind: "empty" };
  const shape = headerShape(text);
  if (shape) return { kind: shape };
  if (onlyUrls(text)) return { kind: "urls" };
  return { kind: "text" };
}
