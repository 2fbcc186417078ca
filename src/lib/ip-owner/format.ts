/**
 * The compiled IP-owner data: an index naming, per IP version, the first address of each chunk of
 * segments, and the first AS number of each chunk of network names. A segment starts at an address
 * and runs up to the next segment's start; it carries the network (ASN) announcing it and the country
 * it is registered in, either of which may be absent. Chunks are small UTF-8 texts, stored
 * gzip-compressed (`.bin` files):
 *
 * ```text
 * a32b0000	9370	JP     ← segment chunk: start as a hex difference from the previous start
 * 10000		JP         ← (the first one from 0), ASN, country; here: no announced range, Japan
 *
 * 9370	SAKURA Internet Inc.   ← name chunk: ASN, holder's name as the data writes it
 * ```
 *
 * Pure: no I/O, no Node or browser API beyond strings and bigints.
 */
import { keyOfNumber, keyWidth, type IpVersion } from "./address.ts";

/** Format number written into the index; bump when the chunk layout changes. */
export const FORMAT = 2;

export interface IpOwnerIndex {
  format: number;
  /** Versions of the source packages, e.g. `asn@2.3.2026061719 country@2.3.2026061719`. */
  source: string;
  /** Month of the data, `YYYY-MM`. */
  dataMonth: string;
  /** Per IP version: the start key of each segment chunk, ascending (chunk `i` is `v4-i.bin`). */
  v4: string[];
  v6: string[];
  /** First AS number of each name chunk, ascending (chunk `i` is `names-i.bin`). */
  names: number[];
}

/** File name of segment chunk `i` of a version, relative to the data folder. */
export function chunkFileName(version: IpVersion, i: number): string {
  return `v${version}-${i}.bin`;
}

/** File name of name chunk `i`. */
export function namesFileName(i: number): string {
  return `names-${i}.bin`;
}

export interface Segment {
  /** Full-width key of the first address. */
  start: string;
  asn: number | null;
  country: string | null;
}

function clean(text: string): string {
  return text.replace(/[\t\r\n]/g, " ");
}

/** Writes one segment chunk. */
export function encodeChunk(segments: readonly Segment[]): string {
  let previous = 0n;
  let out = "";
  for (const s of segments) {
    const at = BigInt(`0x${s.start}`);
    out += `${(at - previous).toString(16)}\t${s.asn ?? ""}\t${s.country ?? ""}\n`;
    previous = at;
  }
  return out;
}

/** Reads one segment chunk. Lines it does not understand are skipped; never throws. */
export function decodeChunk(text: string, version: IpVersion): Segment[] {
  const width = keyWidth(version);
  const segments: Segment[] = [];
  let at = 0n;
  for (const line of text.split("\n")) {
    const [delta = "", asn = "", country = ""] = line.split("\t");
    if (!/^[0-9a-f]{1,32}$/.test(delta)) continue;
    at += BigInt(`0x${delta}`);
    const start = keyOfNumber(at, version);
    if (start.length > width) break;
    const n = asn === "" ? null : Number(asn);
    segments.push({
      start,
      asn: n !== null && Number.isSafeInteger(n) ? n : null,
      country: /^[A-Z]{2}$/.test(country) ? country : null,
    });
  }
  return segments;
}

/** Writes one name chunk from (ASN, name) pairs. */
export function encodeNames(entries: readonly (readonly [number, string])[]): string {
  return entries.map(([asn, name]) => `${asn}\t${clean(name)}\n`).join("");
}

/** Reads one name chunk; never throws. */
export function decodeNames(text: string): Map<number, string> {
  const names = new Map<number, string>();
  for (const line of text.split("\n")) {
    const tab = line.indexOf("\t");
    if (tab <= 0) continue;
    const asn = Number(line.slice(0, tab));
    if (Number.isSafeInteger(asn)) names.set(asn, line.slice(tab + 1));
  }
  return names;
}

/** Index of the last element of ascending `keys` that is ≤ `key`, or -1. */
export function floorIndex<T extends string | number>(keys: readonly T[], key: T): number {
  let lo = 0;
  let hi = keys.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const k = keys[mid];
    if (k !== undefined && k <= key) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** Month `YYYY-MM` from an ip-location-db package version (`2.3.2026061719` → `2026-06`), or null. */
export function dataMonthFromVersion(version: string): string | null {
  const m = /^\d+\.\d+\.(\d{4})(\d{2})\d*$/.exec(version);
  return m ? `${m[1]}-${m[2]}` : null;
}
