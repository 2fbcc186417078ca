/**
 * Mails attached to a mail: `message/rfc822` parts (how mail programs forward "as attachment") and
 * attachments named `*.eml`. Returns their raw bytes, transfer encoding undone, so they can be
 * analysed as the mail they are. Depth and part count are bounded; never throws.
 */
import { bytesFromLatin1, decodeBase64 } from "../mail/charset.ts";
import { getHeader, parseHeaderFields, splitMessage, type HeaderField } from "../mail/headers.ts";
import { splitMultipart } from "../mail/body.ts";
import { decodeQuotedPrintable, parseParameterizedValue } from "../mail/mime.ts";

/** A mail found attached to another. */
export interface AttachedMessage {
  filename: string | null;
  bytes: Uint8Array;
}

const MAX_DEPTH = 8;
const MAX_PARTS = 200;
const MAX_FOUND = 5;

function contentBytes(content: string, isBinary: boolean, encoding: string): Uint8Array {
  if (encoding === "base64") return decodeBase64(content);
  if (encoding === "quoted-printable") return decodeQuotedPrintable(content);
  return isBinary || !/[^\u0000-\u00ff]/.test(content) ? bytesFromLatin1(content) : new TextEncoder().encode(content);
}

function walk(
  fields: readonly HeaderField[],
  content: string,
  isBinary: boolean,
  depth: number,
  state: { parts: number; found: AttachedMessage[] },
): void {
  if (state.parts++ >= MAX_PARTS || state.found.length >= MAX_FOUND) return;
  const type = parseParameterizedValue(getHeader(fields, "Content-Type")?.value ?? "text/plain");
  const disposition = parseParameterizedValue(getHeader(fields, "Content-Disposition")?.value ?? "");
  const filename = disposition.params["filename"] ?? type.params["name"] ?? null;
  const encoding = (getHeader(fields, "Content-Transfer-Encoding")?.value ?? "").trim().toLowerCase();
  if (type.value.startsWith("multipart/") && depth < MAX_DEPTH) {
    const boundary = type.params["boundary"];
    if (!boundary) return;
    for (const part of splitMultipart(content, boundary)) {
      const split = splitMessage(part);
      walk(parseHeaderFields(split.headerText), split.body, isBinary, depth + 1, state);
    }
    return;
  }
  if (depth === 0) return; // the message itself is not an attachment
  if (type.value === "message/rfc822" || /\.eml$/i.test(filename ?? "")) {
    state.found.push({ filename, bytes: contentBytes(content, isBinary, encoding) });
  }
}

/** The mails attached to `input` (a raw mail), in order; at most five. */
export function attachedMessages(input: string | Uint8Array): AttachedMessage[] {
  const state = { parts: 0, found: [] as AttachedMessage[] };
  try {
    const split = splitMessage(input);
    walk(parseHeaderFields(split.headerText), split.body, split.bodyIsBinary, 0, state);
  } catch {
    // Whatever could not be walked is simply not reported.
  }
  return state.found;
}
