/**
 * The Received chain as a timeline: hops oldest first, each with the delay since the previous hop
 * and what is odd about it (a negative delay, a very long one, no readable time).
 */
import type { ParsedMail } from "./parse.ts";
import type { ReceivedHeader } from "./received.ts";
import type { HeaderField } from "./headers.ts";

/** Something odd about one hop. */
export type HopAnomaly = "negative-delay" | "large-delay" | "no-date";

/** Delays above this many seconds are pointed out. */
export const LARGE_DELAY_SECONDS = 60 * 60;
/** Negative delays beyond this many seconds are pointed out (small ones are clock skew). */
export const NEGATIVE_DELAY_TOLERANCE_SECONDS = 120;

/** One step of the mail's journey: the parsed Received header, placed in the timeline. */
export interface Hop extends Omit<ReceivedHeader, "date"> {
  /** 1 for the oldest hop. */
  number: number;
  /** Index of this Received header among all Received headers, top (newest) = 0. */
  receivedIndex: number;
  /** The time the server stamped, or null. */
  date: Date | null;
  /** Seconds since the previous hop (null for the first hop or when a time is missing). */
  delaySeconds: number | null;
  anomalies: HopAnomaly[];
  /** True for the hop whose header gave the originating IP. */
  isOrigin: boolean;
  field: HeaderField;
}

/** Builds the hop timeline, oldest first. */
export function buildHops(mail: ParsedMail): Hop[] {
  const hops: Hop[] = [];
  let previous: Date | null = null;
  for (let i = mail.received.length - 1; i >= 0; i--) {
    const entry = mail.received[i];
    if (!entry) continue;
    const { parsed, field } = entry;
    const date = parsed.date?.date ?? null;
    const delaySeconds: number | null =
      date && previous ? Math.round((date.getTime() - previous.getTime()) / 1000) : null;
    const anomalies: HopAnomaly[] = [];
    if (!date) anomalies.push("no-date");
    if (delaySeconds !== null && delaySeconds < -NEGATIVE_DELAY_TOLERANCE_SECONDS) anomalies.push("negative-delay");
    if (delaySeconds !== null && delaySeconds > LARGE_DELAY_SECONDS) anomalies.push("large-delay");
    hops.push({
      ...parsed,
      number: hops.length + 1,
      receivedIndex: i,
      date,
      delaySeconds,
      anomalies,
      isOrigin: i === mail.originReceivedIndex,
      field,
    });
    if (date) previous = date;
  }
  return hops;
}
