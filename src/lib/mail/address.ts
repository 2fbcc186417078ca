/**
 * Mail addresses in From, Reply-To, Return-Path, To…: a forgiving RFC 5322 reader. Display names
 * have their encoded words decoded (also inside quoted strings); comments are dropped; addresses
 * and domains come out lower-cased. Sloppy real-world forms are read the way a person would:
 * `Name, <a@b>` is one mailbox named `Name,`, an unterminated quote ends at the end of the field.
 */
import { decodeEncodedWords, hasEncodedWord } from "./encoded-words.ts";

/** One mailbox of an address header. */
export interface Mailbox {
  /** Decoded display name; `""` when there is none. */
  name: string;
  /** The display name as written (before decoding encoded words), unquoted. */
  rawName: string;
  /** True when the display name was written with RFC 2047 encoded words. */
  nameWasEncoded: boolean;
  /** `local@domain`, lower-cased; `""` for the null address `<>`. */
  address: string;
  /** Lower-cased domain, or null when the address has none. */
  domain: string | null;
}

interface Segment {
  /** Display-name pieces: atoms (whitespace collapsed) and quoted strings (kept as written). */
  phrase: string[];
  /** Whitespace seen since the last phrase piece. */
  pendingSpace: boolean;
  /** Contents of the first `<...>`, or null. */
  angle: string | null;
  /** The segment with comments removed, for an address without angle brackets. */
  bare: string;
  hasAt: boolean;
}

function newSegment(): Segment {
  return { phrase: [], pendingSpace: false, angle: null, bare: "", hasAt: false };
}

/** Index of the quote closing the one at `open`, or -1. */
function closingQuote(value: string, open: number): number {
  for (let j = open + 1; j < value.length; j++) {
    if (value[j] === "\\") j++;
    else if (value[j] === '"') return j;
  }
  return -1;
}

/** Splits an address header value into top-level segments, reading quotes, comments and angles. */
function readSegments(value: string): Segment[] {
  const segments: Segment[] = [];
  let segment = newSegment();
  let atom = "";
  const endAtom = (): void => {
    if (atom === "") return;
    segment.phrase.push((segment.phrase.length > 0 && segment.pendingSpace ? " " : "") + atom);
    segment.pendingSpace = false;
    atom = "";
  };
  let i = 0;
  let nextAngleClose = -2; // -2: not searched yet; -1: no ">" left
  while (i < value.length) {
    const ch = value[i] ?? "";
    if (ch === '"' && closingQuote(value, i) < 0) {
      i++; // an unterminated quote: read the rest as if it were not there
    } else if (ch === '"') {
      endAtom();
      let j = i + 1;
      let inner = "";
      while (j < value.length && value[j] !== '"') {
        if (value[j] === "\\" && j + 1 < value.length) j++;
        inner += value[j] ?? "";
        j++;
      }
      segment.phrase.push((segment.phrase.length > 0 && segment.pendingSpace ? " " : "") + inner);
      segment.pendingSpace = false;
      segment.bare += `"${inner}"`;
      i = j + 1;
    } else if (ch === "(") {
      endAtom();
      let depth = 1;
      let j = i + 1;
      while (j < value.length && depth > 0) {
        const c = value[j];
        if (c === "\\") j++;
        else if (c === "(") depth++;
        else if (c === ")") depth--;
        j++;
      }
      segment.pendingSpace = true;
      i = j;
    } else if (ch === "<") {
      endAtom();
      if (nextAngleClose === -2 || (nextAngleClose >= 0 && nextAngleClose <= i))
        nextAngleClose = value.indexOf(">", i + 1);
      const close = nextAngleClose;
      const end = close < 0 ? value.length : close;
      if (segment.angle === null) segment.angle = value.slice(i + 1, end);
      if (segment.angle.includes("@")) segment.hasAt = true;
      i = end + 1;
    } else if (ch === "," || ch === ";") {
      endAtom();
      segments.push(segment);
      segment = newSegment();
      i++;
    } else if (ch === " " || ch === "\t" || ch === "\r" || ch === "\n") {
      endAtom();
      segment.pendingSpace = true;
      i++;
    } else {
      if (ch === "@") segment.hasAt = true;
      atom += ch;
      segment.bare += ch;
      i++;
    }
  }
  endAtom();
  segments.push(segment);
  return segments;
}

/** Normalises an addr-spec: whitespace outside quotes removed, a needless quoted local part unquoted. */
function normaliseAddrSpec(spec: string): string {
  let text = spec.trim().replace(/^@[^:]*:/, ""); // obsolete source route
  text = text.replace(/("(?:[^"\\]|\\.)*")|\s+/g, (_all, quoted: string | undefined) => quoted ?? "");
  const quoted = /^"((?:[^"\\]|\\.)*)"(@.*)?$/.exec(text);
  if (quoted) {
    const local = (quoted[1] ?? "").replace(/\\(.)/g, "$1");
    if (/^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/.test(local)) {
      text = local + (quoted[2] ?? "");
    }
  }
  return text.toLowerCase();
}

function domainOf(address: string): string | null {
  const at = address.lastIndexOf("@");
  if (at < 0) return null;
  const domain = address.slice(at + 1).replace(/^\[|\]$/g, "");
  return domain === "" ? null : domain;
}

/**
 * Reads every mailbox of an address header value. Segments with neither `@` nor `<…>` (such as the
 * `Name` of `Name, <a@b>`) are taken as part of the next mailbox's display name.
 */
export function parseAddressList(value: string): Mailbox[] {
  const mailboxes: Mailbox[] = [];
  let carried: string[] = [];
  for (const segment of readSegments(value)) {
    const rawPhrase = segment.phrase.join("");
    if (segment.angle === null && !segment.hasAt) {
      if (rawPhrase.trim() !== "") carried.push(rawPhrase.trim());
      continue;
    }
    let address: string;
    let rawName: string;
    if (segment.angle !== null) {
      address = normaliseAddrSpec(segment.angle);
      rawName = rawPhrase.trim();
    } else {
      address = normaliseAddrSpec(segment.bare);
      rawName = "";
    }
    if (carried.length > 0) {
      rawName = rawName ? `${carried.join(", ")}, ${rawName}` : `${carried.join(", ")},`;
      carried = [];
    }
    const nameWasEncoded = hasEncodedWord(rawName);
    mailboxes.push({
      name: nameWasEncoded ? decodeEncodedWords(rawName) : rawName,
      rawName,
      nameWasEncoded,
      address,
      domain: domainOf(address),
    });
  }
  return mailboxes;
}

/** The first mailbox of an address header value, or null when it holds none. */
export function parseFirstMailbox(value: string): Mailbox | null {
  return parseAddressList(value)[0] ?? null;
}
