/**
 * The body of a message: MIME multipart trees, base64 and quoted-printable parts, charsets
 * (ISO-2022-JP, Shift_JIS, EUC-JP, UTF-8…), text and HTML parts, attachments (listed by name and
 * type only, never opened), and the URLs written in the text and in HTML `href`s. Truncated bodies
 * (a part cut in the middle) are read as far as they go.
 *
 * Why not `postal-mime`: it is maintained and runs in the browser, but its API is asynchronous only,
 * while `analyzeMail()` must stay synchronous for Astro components that render at build time; the
 * header rules (TABs kept by unfolding, top-most header wins) differ from its too. The MIME subset
 * needed here (boundaries, base64, quoted-printable, charsets through `TextDecoder`) is small.
 */
import { bytesFromLatin1, decodeBase64, decodeBytes } from "./charset.ts";
import { getHeader, parseHeaderFields, splitMessage, type HeaderField } from "./headers.ts";
import { decodeQuotedPrintable, parseParameterizedValue } from "./mime.ts";

/** An attachment, described but never opened. */
export interface MailAttachment {
  /** File name from Content-Disposition or Content-Type, decoded; null when none is given. */
  filename: string | null;
  /** Lower-cased media type, e.g. `application/pdf`. */
  contentType: string;
  /** Decoded size in bytes (of what the file holds; may be cut short). */
  size: number;
}

/** What the body holds. */
export interface MailBody {
  /** The text/plain parts, decoded and joined. */
  text: string;
  /** The text/html parts, decoded and joined (never to be rendered as HTML). */
  html: string;
  attachments: MailAttachment[];
  /** http(s) URLs in the text, the HTML text and `href`s, deduplicated, in order of appearance. */
  urls: string[];
  /**
   * Mails inside this one (`message/rfc822` parts, how mail programs forward "as attachment", and
   * attachments named `*.eml`), their transfer encoding undone, in order; at most five.
   */
  messages: EmbeddedMessage[];
}

/** A mail found inside another, as raw bytes to be read as the mail it is. */
export interface EmbeddedMessage {
  filename: string | null;
  bytes: Uint8Array;
}

const MAX_MESSAGES = 5;

const MAX_DEPTH = 8;
const MAX_PARTS = 200;
const MAX_URLS = 300;

interface Walk {
  text: string[];
  html: string[];
  /** Text and HTML parts in the order they appear, for URL extraction. */
  sequence: TextPart[];
  attachments: MailAttachment[];
  messages: EmbeddedMessage[];
  parts: number;
}

/** Turns a part's transfer-encoded content into text in its charset. */
function decodeContent(
  content: string,
  isBinary: boolean,
  transferEncoding: string,
  charset: string | undefined,
): { bytes: Uint8Array | null; text: string } {
  let bytes: Uint8Array | null = null;
  if (transferEncoding === "base64") bytes = decodeBase64(content);
  else if (transferEncoding === "quoted-printable") bytes = decodeQuotedPrintable(content);
  else if (isBinary || !/[^\u0000-\u00ff]/.test(content)) bytes = bytesFromLatin1(content);
  if (!bytes) return { bytes: null, text: content };
  return { bytes, text: decodeBytes(bytes, charset ?? "utf-8") };
}

/** The raw bytes of an embedded mail, its transfer encoding undone. */
function messageBytes(content: string, isBinary: boolean, encoding: string): Uint8Array {
  if (encoding === "base64") return decodeBase64(content);
  if (encoding === "quoted-printable") return decodeQuotedPrintable(content);
  return isBinary || !/[^\u0000-\u00ff]/.test(content) ? bytesFromLatin1(content) : new TextEncoder().encode(content);
}

function walkPart(fields: readonly HeaderField[], content: string, isBinary: boolean, depth: number, walk: Walk): void {
  if (walk.parts++ >= MAX_PARTS) return;
  const contentTypeField = getHeader(fields, "Content-Type");
  const contentType = parseParameterizedValue(contentTypeField?.value ?? "text/plain");
  const type = contentType.value.includes("/") ? contentType.value : "text/plain";
  const disposition = parseParameterizedValue(getHeader(fields, "Content-Disposition")?.value ?? "");
  const transferEncoding = (getHeader(fields, "Content-Transfer-Encoding")?.value ?? "").trim().toLowerCase();
  const filename = disposition.params["filename"] ?? contentType.params["name"] ?? null;

  if (type.startsWith("multipart/") && depth < MAX_DEPTH) {
    const boundary = contentType.params["boundary"];
    if (boundary) {
      for (const part of splitMultipart(content, boundary)) {
        const split = splitMessage(part);
        const partFields = parseHeaderFields(
          isBinary ? decodeBytes(bytesFromLatin1(split.headerText)) : split.headerText,
        );
        // A part with no blank line is all headers only when it starts like one; else it is content.
        const body = split.body === "" && !/^[\w-]+:/.test(part) ? part : split.body;
        walkPart(split.body === "" && body === part ? [] : partFields, body, isBinary, depth + 1, walk);
      }
      return;
    }
  }
  if (type === "message/rfc822" && depth < MAX_DEPTH) {
    if (depth > 0 && walk.messages.length < MAX_MESSAGES)
      walk.messages.push({ filename, bytes: messageBytes(content, isBinary, transferEncoding) });
    const split = splitMessage(content);
    walkPart(parseHeaderFields(split.headerText), split.body, isBinary, depth + 1, walk);
    return;
  }
  const isAttachment =
    disposition.value === "attachment" || filename !== null || !(type === "text/plain" || type === "text/html");
  const decoded = decodeContent(content, isBinary, transferEncoding, contentType.params["charset"]);
  if (isAttachment) {
    if (depth > 0 && /\.eml$/i.test(filename ?? "") && walk.messages.length < MAX_MESSAGES)
      walk.messages.push({ filename, bytes: messageBytes(content, isBinary, transferEncoding) });
    walk.attachments.push({
      filename,
      contentType: type,
      size: decoded.bytes ? decoded.bytes.length : decoded.text.length,
    });
  } else if (type === "text/html") {
    walk.html.push(decoded.text);
    walk.sequence.push({ text: decoded.text, isHtml: true });
  } else {
    walk.text.push(decoded.text);
    walk.sequence.push({ text: decoded.text, isHtml: false });
  }
}

/** The parts between `--boundary` lines (the preamble and epilogue dropped). */
export function splitMultipart(content: string, boundary: string): string[] {
  const delimiter = `--${boundary}`;
  const parts: string[] = [];
  let start = -1;
  let index = content.startsWith(delimiter) ? 0 : content.indexOf(`\n${delimiter}`);
  while (index >= 0) {
    const lineStart = content[index] === "\n" ? index + 1 : index;
    if (start >= 0) parts.push(content.slice(start, index > 0 && content[index - 1] === "\r" ? index - 1 : index));
    const afterDelimiter = lineStart + delimiter.length;
    if (content.startsWith("--", afterDelimiter)) return parts;
    const lineEnd = content.indexOf("\n", afterDelimiter);
    if (lineEnd < 0) return parts;
    start = lineEnd + 1;
    index = content.indexOf(`\n${delimiter}`, start - 1);
  }
  if (start >= 0) parts.push(content.slice(start)); // cut short: no closing delimiter
  return parts;
}

const HTML_ENTITIES: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

/** Decodes the HTML character references found in attribute values and text. */
export function decodeHtmlEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,6});?/gi, (whole, ref: string) => {
    if (ref.startsWith("#")) {
      const code = ref[1] === "x" || ref[1] === "X" ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return HTML_ENTITIES[ref.toLowerCase()] ?? whole;
  });
}

const URL_IN_TEXT = /\bhttps?:\/\/[A-Za-z0-9\-._~:/?#[\]@!$&*+,;=%()]+/gi;
const HREF = /\bhref\s*=\s*(?:"([^"]{0,4000})"|'([^']{0,4000})'|([^\s>"']{1,4000}))/gi;

/** One decoded text or HTML part. */
export interface TextPart {
  text: string;
  isHtml: boolean;
}

/** The text of an HTML document with its tags replaced by spaces (linear time, no regex backtracking). */
export function stripTags(html: string): string {
  let out = "";
  let cursor = 0;
  while (cursor < html.length) {
    const open = html.indexOf("<", cursor);
    if (open < 0) break;
    const close = html.indexOf(">", open + 1);
    if (close < 0) break;
    out += html.slice(cursor, open) + " ";
    cursor = close + 1;
  }
  return out + html.slice(cursor);
}

/** Drops punctuation that ends a sentence rather than the URL (and an unbalanced closing parenthesis). */
function trimUrl(url: string): string {
  let end = url.length;
  while (end > 0) {
    const ch = url[end - 1] ?? "";
    if (".,;:!?".includes(ch)) {
      end--;
    } else if (ch === ")" || ch === "]") {
      const open = ch === ")" ? "(" : "[";
      const slice = url.slice(0, end);
      if (slice.split(open).length < slice.split(ch).length) end--;
      else break;
    } else break;
  }
  return url.slice(0, end);
}

/**
 * Finds http(s) URLs in plain-text parts and in HTML parts (their `href` attributes and their text),
 * deduplicated in order of appearance.
 */
export function extractUrls(parts: readonly TextPart[]): string[] {
  const seen = new Set<string>();
  const add = (candidate: string): void => {
    const url = trimUrl(candidate.trim());
    if (!/^https?:\/\/[^/?#\s]+/i.test(url) || seen.size >= MAX_URLS) return;
    seen.add(url);
  };
  for (const part of parts) {
    if (!part.isHtml) {
      for (const match of part.text.matchAll(URL_IN_TEXT)) add(match[0]);
      continue;
    }
    for (const match of part.text.matchAll(HREF)) {
      const raw = decodeHtmlEntities(match[1] ?? match[2] ?? match[3] ?? "").trim();
      if (/^https?:/i.test(raw)) add(raw.replace(/\s+/g, ""));
    }
    for (const match of decodeHtmlEntities(stripTags(part.text)).matchAll(URL_IN_TEXT)) add(match[0]);
  }
  return [...seen];
}

/** Reads the body of a message given its top-level header fields. Never throws. */
export function parseBody(fields: readonly HeaderField[], body: string, bodyIsBinary: boolean): MailBody {
  const walk: Walk = { text: [], html: [], sequence: [], attachments: [], messages: [], parts: 0 };
  try {
    walkPart(fields, body, bodyIsBinary, 0, walk);
  } catch {
    // A body this module cannot read is reported as empty rather than failing the analysis.
  }
  return {
    text: walk.text.join("\n"),
    html: walk.html.join("\n"),
    attachments: walk.attachments,
    urls: extractUrls(walk.sequence),
    messages: walk.messages,
  };
}
