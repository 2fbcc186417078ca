/**
 * Masks the recipient's own details in a header section before it is shown: the values of To, Cc,
 * Delivered-To, X-Original-To and the envelope headers, every occurrence elsewhere of the addresses
 * found there or in `for <…>` of Received (also in VERP form, `local=domain`), and a configurable
 * list of host names. Says what it masked, without repeating the masked text.
 */
import { parseAddressList } from "./address.ts";
import { headerLines, parseHeaderFields, type HeaderField } from "./headers.ts";
import { parseReceived, type ReceivedHeader } from "./received.ts";

/** Text put where an address was. */
export const MASKED_ADDRESS = "recipient@masked.invalid";
/** Text put where a listed host name was. */
export const MASKED_HOST = "masked.invalid";

/** Headers whose whole value is the recipient's. */
export const RECIPIENT_HEADERS = [
  "To",
  "Cc",
  "Bcc",
  "Delivered-To",
  "X-Original-To",
  "Envelope-To",
  "X-Envelope-To",
  "X-Apparently-To",
  "X-Rcpt-To",
  "X-Forwarded-To",
  "Original-Recipient",
  "X-Original-Recipient",
  "X-Resolved-To",
  "X-MS-Exchange-Organization-OriginalEnvelopeRecipients",
  "X-Delivered-To",
] as const;

/** Options for {@link redactHeaders}. */
export interface RedactOptions {
  /** Host names to mask wherever they occur (and their subdomains), e.g. the author's mail server. */
  hosts?: readonly string[];
  /** More addresses to mask, e.g. the author's other addresses. */
  addresses?: readonly string[];
  /**
   * {@link recipientAddresses} of this same header text, when the caller has already worked them
   * out (they are not looked for again).
   */
  revealed?: readonly string[];
}

/** What was masked. */
export interface Redaction {
  kind: "recipient-header" | "address" | "host";
  /** Header names in which something was masked. */
  headers: string[];
  /** Number of replacements. */
  count: number;
}

/** The masked header section. */
export interface RedactedHeaders {
  /** The header section with masks applied, line endings as in the input. */
  text: string;
  /** What was masked, by kind; empty when nothing was. */
  redactions: Redaction[];
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** {@link RECIPIENT_HEADERS} in lower case. */
const RECIPIENT_HEADER_NAMES: ReadonlySet<string> = new Set(RECIPIENT_HEADERS.map((name) => name.toLowerCase()));

/** The recipient addresses a header section reveals (lower-cased, deduplicated). */
export function recipientAddresses(headerText: string): string[] {
  return recipientAddressesOf(parseHeaderFields(headerText));
}

/**
 * {@link recipientAddresses} of a header section already cut into fields. `readReceived` reads a
 * Received value (a reader that keeps what it read, so that parsing the masked headers after
 * does not read an unchanged Received header again).
 */
export function recipientAddressesOf(
  fields: readonly HeaderField[],
  readReceived: (value: string) => ReceivedHeader = parseReceived,
): string[] {
  const found = new Set<string>();
  for (const field of fields) {
    const name = field.name.toLowerCase();
    if (RECIPIENT_HEADER_NAMES.has(name)) {
      for (const mailbox of parseAddressList(field.value))
        if (mailbox.address.includes("@")) found.add(mailbox.address);
    } else if (name === "received") {
      const recipient = readReceived(field.value).for;
      if (recipient && recipient.includes("@")) found.add(recipient.toLowerCase());
    }
  }
  return [...found];
}

/**
 * Masks the recipient's addresses and the listed hosts in a header section. The line structure is
 * kept, so line numbers still match the original.
 */
export function redactHeaders(headerText: string, options: RedactOptions = {}): RedactedHeaders {
  const addresses = [
    ...new Set([
      ...(options.revealed ?? recipientAddresses(headerText)),
      ...(options.addresses ?? []).map((a) => a.toLowerCase()),
    ]),
  ]
    .filter((a) => a.includes("@"))
    .sort((a, b) => b.length - a.length)
    .slice(0, 200);
  const hosts = [
    ...new Set((options.hosts ?? []).map((h) => h.toLowerCase().replace(/\.$/, "")).filter((h) => h !== "")),
  ].sort((a, b) => b.length - a.length);
  const recipientHeaders = RECIPIENT_HEADER_NAMES;
  const tally = new Map<Redaction["kind"], { headers: Set<string>; count: number }>();
  const note = (kind: Redaction["kind"], header: string, count: number): void => {
    if (count === 0) return;
    const entry = tally.get(kind) ?? { headers: new Set<string>(), count: 0 };
    entry.headers.add(header);
    entry.count += count;
    tally.set(kind, entry);
  };
  const addressPattern =
    addresses.length > 0
      ? new RegExp(
          addresses
            .flatMap((address) => {
              const at = address.lastIndexOf("@");
              const verp = `${address.slice(0, at)}=${address.slice(at + 1)}`;
              return [escapeRegExp(address), escapeRegExp(verp)];
            })
            .join("|"),
          "gi",
        )
      : null;
  const hostPattern =
    hosts.length > 0
      ? new RegExp(
          `(?<![A-Za-z0-9-])(?:[A-Za-z0-9-]+\\.)*(?:${hosts.map(escapeRegExp).join("|")})(?![A-Za-z0-9-])`,
          "gi",
        )
      : null;

  const lineBreaks = headerText.match(/\r\n|\n|\r/g) ?? [];
  const lines = headerLines(headerText);
  let currentHeader = "";
  let inRecipientHeader = false;
  const out = lines.map((line) => {
    const continuation = /^[ \t]/.test(line);
    if (!continuation) {
      const colon = line.indexOf(":");
      currentHeader = colon > 0 ? line.slice(0, colon).trim() : "";
      inRecipientHeader = recipientHeaders.has(currentHeader.toLowerCase());
    }
    let text = line;
    if (inRecipientHeader) {
      note("recipient-header", currentHeader, 1);
      if (continuation) return " (masked)";
      return `${line.slice(0, line.indexOf(":") + 1)} <${MASKED_ADDRESS}>`;
    }
    if (addressPattern) {
      let count = 0;
      text = text.replace(addressPattern, (match) => {
        count++;
        return match.includes("@") ? MASKED_ADDRESS : MASKED_ADDRESS.replace("@", "=");
      });
      note("address", currentHeader, count);
    }
    if (hostPattern) {
      let count = 0;
      text = text.replace(hostPattern, () => {
        count++;
        return MASKED_HOST;
      });
      note("host", currentHeader, count);
    }
    return text;
  });
  const text = out.map((line, i) => line + (lineBreaks[i] ?? "")).join("");
  const redactions: Redaction[] = [...tally].map(([kind, entry]) => ({
    kind,
    headers: [...entry.headers],
    count: entry.count,
  }));
  return { text, redactions };
}

/**
 * An ASCII address in base64 (standard and URL-safe, with and without padding): mails hide it in
 * links so. Written without patterns: a mail may list hundreds of recipients, each worked out here.
 */
function base64Forms(address: string): string[] {
  if (address === "") return [];
  for (let i = 0; i < address.length; i++) {
    const unit = address.charCodeAt(i);
    if (unit < 0x20 || unit > 0x7e) return [];
  }
  const b64 = btoa(address);
  let end = b64.length;
  while (end > 0 && b64.charCodeAt(end - 1) === 0x3d) end--;
  const bare = b64.slice(0, end);
  const urlSafe = bare.includes("+") || bare.includes("/") ? bare.replaceAll("+", "-").replaceAll("/", "_") : bare;
  // `=` appears in base64 only as the padding at the end.
  const escapedPadding = end === b64.length ? b64 : `${bare}${"%3D".repeat(b64.length - end)}`;
  return [b64, bare, urlSafe, escapedPadding];
}

/**
 * One replacement of a {@link recipientMasker}: every case-insensitive match becomes `by`. The
 * pattern is built (and `literal` escaped) only when a text first may hold it: a mail that lists
 * hundreds of recipients has thousands of masks, few of which ever match.
 */
interface Mask {
  /** The address form matched as written, or the host name whose subdomains match too. */
  literal: string;
  isHost: boolean;
  by: string;
  /**
   * The text the pattern matches, lower case, when it is ASCII: a case-insensitive match of ASCII
   * text is ASCII text (no other character matches an ASCII letter without the `u` flag), so a text
   * whose lower case does not contain it has no match. Null when not ASCII (always tried).
   */
  needle: string | null;
  pattern?: RegExp;
}

/** True when every character of `text` is ASCII. */
function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return false;
  return true;
}

function mask(literal: string, isHost: boolean, by: string, ascii = isAscii(literal)): Mask {
  return { literal, isHost, by, needle: ascii ? literal.toLowerCase() : null };
}

function patternOf(m: Mask): RegExp {
  const source = m.isHost
    ? `(?<![A-Za-z0-9-])(?:[A-Za-z0-9-]+\\.)*${escapeRegExp(m.literal)}(?![A-Za-z0-9-])`
    : escapeRegExp(m.literal);
  return new RegExp(source, "gi");
}

function compileMasks(addresses: readonly string[], hosts: readonly string[]): Mask[] {
  const masks: Mask[] = [];
  for (const address of addresses) {
    const at = address.lastIndexOf("@");
    if (at < 1) continue;
    const local = address.slice(0, at);
    const domain = address.slice(at + 1);
    // The forms written with the address's own characters are ASCII when it is; the encoded ones
    // always are. Told here once per address: a mail may list hundreds of recipients.
    const ascii = isAscii(address);
    const forms = [
      address,
      `${local}%40${domain}`,
      `${local}=${domain}`,
      encodeURIComponent(address),
      ...base64Forms(address),
    ];
    forms.forEach((form, i) => {
      if (forms.indexOf(form) !== i) return; // the same form twice (an address with nothing to encode)
      const by =
        form.includes("=") && !form.includes("@") && form.includes(".") ? "recipient=masked.invalid" : MASKED_ADDRESS;
      masks.push(mask(form, false, by, ascii || i >= 3));
    });
  }
  for (const host of hosts) {
    const h = host.toLowerCase().replace(/\.$/, "");
    if (h !== "") masks.push(mask(h, true, MASKED_HOST));
  }
  return masks;
}

/**
 * From this many needles on, the needles are looked up by the three characters they start with, at
 * each position of a text, instead of searching the text once per needle (a mail listing 459
 * recipients has about 3,600 masks). Below it, the index costs more than it saves.
 */
const INDEX_FROM = 64;

/** Masks by the first three characters of their needle (as one number); short needles apart. */
interface NeedleIndex {
  byStart: Map<number, number[]>;
  /** Masks whose needle is shorter than three characters: searched for one by one. */
  short: number[];
}

function startKey(text: string, at: number): number {
  return text.charCodeAt(at) * 0x1_0000_0000 + text.charCodeAt(at + 1) * 0x1_0000 + text.charCodeAt(at + 2);
}

function indexNeedles(masks: readonly Mask[]): NeedleIndex | null {
  const byStart = new Map<number, number[]>();
  const short: number[] = [];
  let count = 0;
  masks.forEach((m, i) => {
    if (m.needle === null) return;
    count++;
    if (m.needle.length < 3) short.push(i);
    else {
      const key = startKey(m.needle, 0);
      const list = byStart.get(key);
      if (list) list.push(i);
      else byStart.set(key, [i]);
    }
  });
  return count >= INDEX_FROM ? { byStart, short } : null;
}

/** Per mask, 1 when its needle occurs in `lower`: the same answer as `lower.includes(needle)`. */
function masksFound(index: NeedleIndex, masks: readonly Mask[], lower: string): Uint8Array {
  const found = new Uint8Array(masks.length);
  for (const i of index.short) if (lower.includes(masks[i]!.needle!)) found[i] = 1;
  for (let at = 0; at + 3 <= lower.length; at++) {
    const candidates = index.byStart.get(startKey(lower, at));
    if (candidates)
      for (const i of candidates) if (found[i] === 0 && lower.startsWith(masks[i]!.needle!, at)) found[i] = 1;
  }
  return found;
}

/**
 * {@link maskRecipient} for many strings of one mail (every text of its HTML): the masks are worked
 * out on the first call and kept, and a pattern is built only when a text may hold it.
 */
export function recipientMasker(addresses: readonly string[], hosts: readonly string[] = []): (text: string) => string {
  let masks: Mask[] | undefined;
  let index: NeedleIndex | null = null;
  return (text) => {
    if (!masks) {
      masks = compileMasks(addresses, hosts);
      index = indexNeedles(masks);
    }
    let out = text;
    // What the current `out` holds, worked out when first asked and again after each replacement.
    let lower: string | undefined;
    let found: Uint8Array | undefined;
    for (let i = 0; i < masks.length; i++) {
      const m = masks[i]!;
      if (m.needle !== null) {
        if (index) {
          found ??= masksFound(index, masks, out.toLowerCase());
          if (found[i] === 0) continue;
        } else {
          lower ??= out.toLowerCase();
          if (!lower.includes(m.needle)) continue;
        }
      }
      const before = out;
      out = out.replace((m.pattern ??= patternOf(m)), m.by);
      if (out !== before) {
        lower = undefined;
        found = undefined;
      }
    }
    return out;
  };
}

/**
 * Masks the recipient's addresses (as written, URL-encoded and in VERP form) and the listed hosts
 * in a string from the body (a URL, an attachment name).
 */
export function maskRecipient(text: string, addresses: readonly string[], hosts: readonly string[] = []): string {
  return recipientMasker(addresses, hosts)(text);
}
