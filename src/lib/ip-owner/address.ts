/**
 * Address keys for the IP-owner data: an address as fixed-width lower-case hex of its bytes (8 digits
 * for IPv4, 32 for IPv6), so that comparing two keys of one version as strings compares the
 * addresses. IPv4-mapped IPv6 (`::ffff:a.b.c.d`) is looked up as IPv4.
 */
import { parseIp, unmapIpv4 } from "../mail/ip.ts";

export type IpVersion = 4 | 6;

export interface AddressKey {
  version: IpVersion;
  /** 8 (IPv4) or 32 (IPv6) lower-case hex digits. */
  key: string;
  /** Canonical text of the address. */
  text: string;
}

/** Number of hex digits in a key of the given version. */
export function keyWidth(version: IpVersion): number {
  return version === 4 ? 8 : 32;
}

/** The key of an IP literal, or null when `text` is not one. Never throws. */
export function addressKey(text: string): AddressKey | null {
  const parsed = parseIp(text.trim());
  if (!parsed) return null;
  const ip = unmapIpv4(parsed);
  let key = "";
  for (const byte of ip.bytes) key += byte.toString(16).padStart(2, "0");
  return { version: ip.version, key, text: ip.text };
}

/** The key of a number (IPv4) or bigint address. */
export function keyOfNumber(value: bigint, version: IpVersion): string {
  return value.toString(16).padStart(keyWidth(version), "0");
}
