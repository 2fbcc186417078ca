/**
 * The header section of a message: split from the body at the first empty line, cut into fields,
 * unfolded the way Python's `email` package does (CR/LF deleted, the space or TAB that follows kept).
 * Raw 8-bit bytes are read as UTF-8 where valid and as U+FFFD where not.
 */
import { decodeBytes, latin1FromBytes } from "./charset.ts";

/** One header field as written in the mail. */
export interface HeaderField {
  /** Field name as written (case kept, surrounding whitespace removed). */
  name: string;
  /** Unfolded value: leading whitespace after the colon removed, CR/LF deleted, TABs kept. */
  value: string;
  /** The field's source lines, without their line endings. */
  lines: string[];
  /** Index of the field's first line in the header section (0-based). */
  lineIndex: number;
}

/** A message cut at the first empty line. */
export interface SplitMessage {
  /** Header section as text (line endings kept as written). */
  headerText: string;
  /** Body as a binary string (one char per byte) when the input was bytes; else as given. */
  body: string;
  /** True when `body` holds bytes (one char per byte) rather than already-decoded text. */
  bodyIsBinary: boolean;
  /** True when an empty line separated headers and body (false for headers-only input). */
  separated: boolean;
}

/** Where the header section ends: index of the empty line's start and of the body's start. */
function findHeaderEnd(text: string): { end: number; bodyStart: number } | null {
  const match = /\r?\n\r?\n/.exec(text);
  if (!match) return null;
  const lineBreak = text[match.index] === "\r" ? 2 : 1;
  return { end: match.index + lineBreak, bodyStart: match.index + match[0].length };
}

/**
 * Splits a whole message (or headers only) into header text and body. Bytes in the header section
 * are decoded as UTF-8 (U+FFFD where invalid); body bytes are kept as a binary string.
 */
export function splitMessage(input: string | Uint8Array): SplitMessage {
  if (typeof input === "string") {
    const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
    const cut = findHeaderEnd(text);
    if (!cut) return { headerText: text, body: "", bodyIsBinary: false, separated: false };
    return {
      headerText: text.slice(0, cut.end),
      body: text.slice(cut.bodyStart),
      bodyIsBinary: false,
      separated: true,
    };
  }
  const binary = latin1FromBytes(input);
  const cut = findHeaderEnd(binary);
  const headerBytes = cut ? input.subarray(0, cut.end) : input;
  let headerText = decodeBytes(headerBytes, "utf-8");
  if (headerText.charCodeAt(0) === 0xfeff) headerText = headerText.slice(1);
  return { headerText, body: cut ? binary.slice(cut.bodyStart) : "", bodyIsBinary: true, separated: cut !== null };
}

/** The header section's lines without line endings (`\r\n`, `\n` or a lone `\r`). */
export function headerLines(headerText: string): string[] {
  const lines = headerText.split(/\r\n|\n|\r/);
  if (lines.length > 0 && lines[lines.length - 1] === "") lines.pop();
  return lines;
}

/**
 * Cuts the header section into fields. A line starting with a space or TAB continues the field
 * above; a line with no colon (such as an mbox `From ` line) becomes a field with an empty name.
 */
export function parseHeaderFields(headerText: string): HeaderField[] {
  const fields: HeaderField[] = [];
  const lines = headerLines(headerText);
  let current: { name: string; first: string; rest: string[]; lines: string[]; lineIndex: number } | null = null;
  const flush = (): void => {
    if (!current) return;
    fields.push({
      name: current.name,
      value: current.first + current.rest.join(""),
      lines: current.lines,
      lineIndex: current.lineIndex,
    });
    current = null;
  };
  lines.forEach((line, index) => {
    const first = line.charCodeAt(0);
    if ((first === 0x20 || first === 0x09) && current) {
      current.rest.push(line);
      current.lines.push(line);
      return;
    }
    flush();
    const colon = line.indexOf(":");
    const nameCandidate = colon > 0 ? line.slice(0, colon).trim() : "";
    if (nameCandidate !== "" && !/[\s]/.test(nameCandidate)) {
      current = {
        name: nameCandidate,
        first: line.slice(colon + 1).replace(/^[ \t]+/, ""),
        rest: [],
        lines: [line],
        lineIndex: index,
      };
    } else {
      current = { name: "", first: line, rest: [], lines: [line], lineIndex: index };
    }
  });
  flush();
  return fields;
}

/** All fields named `name` (case-insensitive), top first. */
export function getHeaders(fields: readonly HeaderField[], name: string): HeaderField[] {
  const wanted = name.toLowerCase();
  return fields.filter((field) => field.name.toLowerCase() === wanted);
}

/** The first (top-most) field named `name`, if any. */
export function getHeader(fields: readonly HeaderField[], name: string): HeaderField | undefined {
  const wanted = name.toLowerCase();
  return fields.find((field) => field.name.toLowerCase() === wanted);
}
