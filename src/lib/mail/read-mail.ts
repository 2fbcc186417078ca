/**
 * Reads a raw message once: the header section split off, the recipient's details masked (the line
 * structure kept, so line numbers still match), and the result parsed into one {@link ParsedMail}
 * whose body walk also yields the mails embedded in it. Pure; never throws.
 */
import { parseHeaderFields, splitMessage, type SplitMessage } from "./headers.ts";
import { parseSplitMail, type ParsedMail } from "./parse.ts";
import { parseReceived } from "./received.ts";
import { recipientAddressesOf, redactHeaders, type Redaction } from "./redact.ts";

/** Options for {@link readMail}. */
export interface ReadMailOptions {
  /** Mask the recipient's addresses (default true). */
  redact?: boolean;
  /** Host names to mask as well (site config). */
  redactHosts?: readonly string[];
  /** More addresses to mask (the recipients an Outlook item lists). */
  redactAddresses?: readonly string[];
}

/** A message read once. */
export interface ReadMail {
  /** The parsed message, its header section masked when `redact` is on. */
  mail: ParsedMail;
  /** What was masked (empty when nothing or when `redact` is off). */
  redactions: Redaction[];
  /** The recipient's addresses: those the original headers reveal and those given (lower case). */
  recipients: string[];
}

/** Reads `input`, the raw bytes or text of a whole message or its headers only. */
export function readMail(input: string | Uint8Array, options: ReadMailOptions = {}): ReadMail {
  const split = splitMessage(input);
  const given = (options.redactAddresses ?? []).map((a) => a.toLowerCase());
  // Received headers are read once for the recipients they reveal and again by the parse; masking
  // changes only some of them, so the others are read once.
  const readReceived = keepingReadings(parseReceived);
  const revealed = recipientAddressesOf(parseHeaderFields(split.headerText), readReceived);
  const recipients = [...new Set([...revealed, ...given])];
  if (options.redact === false) return { mail: parseSplitMail(split, readReceived), redactions: [], recipients };
  const redacted = redactHeaders(split.headerText, { hosts: options.redactHosts ?? [], addresses: given, revealed });
  return {
    mail: parseSplitMail(withHeaderText(split, redacted.text), readReceived),
    redactions: redacted.redactions,
    recipients,
  };
}

/** `read`, keeping each value's reading for the next time the same value comes. */
function keepingReadings<T>(read: (value: string) => T): (value: string) => T {
  const readings = new Map<string, T>();
  return (value) => {
    let reading = readings.get(value);
    if (reading === undefined) {
      reading = read(value);
      readings.set(value, reading);
    }
    return reading;
  };
}

/**
 * The split of the masked header text re-joined with the original body, without re-joining and
 * splitting again (that copied and decoded the whole mail twice more). Masking keeps every line and
 * adds no empty one, so the cut stays where it was and the body is the same. What splitting would
 * still have changed: a byte order mark left at the start of the header text is dropped, twice for
 * bytes (the UTF-8 decoder drops one, splitting another), once for text.
 */
function withHeaderText(split: SplitMessage, maskedHeaderText: string): SplitMessage {
  let headerText = maskedHeaderText;
  for (let marks = split.bodyIsBinary ? 2 : 1; marks > 0 && headerText.charCodeAt(0) === 0xfeff; marks--)
    headerText = headerText.slice(1);
  return { ...split, headerText };
}
