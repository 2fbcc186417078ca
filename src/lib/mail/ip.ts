/**
 * IP address literals as they appear in mail headers: strict parsing (the same inputs Python's
 * `ipaddress.ip_address` accepts), RFC 5952 formatting and the special-purpose ranges that can never
 * be the public address a mail came from. Pure code with no dependency, so it also runs in the browser.
 */

/** A parsed IP address. */
export interface IpAddress {
  version: 4 | 6;
  /** 4 or 16 bytes, network order. */
  bytes: Uint8Array;
  /** Canonical text: dotted quad, or RFC 5952 compressed lower-case IPv6. */
  text: string;
}

const IPV4_PART = /^(0|[1-9][0-9]{0,2})$/;

function parseIpv4Bytes(text: string): Uint8Array | null {
  const parts = text.split(".");
  if (parts.length !== 4) return null;
  const out = new Uint8Array(4);
  for (let i = 0; i < 4; i++) {
    const part = parts[i] ?? "";
    if (!IPV4_PART.test(part)) return null;
    const n = Number(part);
    if (n > 255) return null;
    out[i] = n;
  }
  return out;
}

const HEX_GROUP = /^[0-9a-fA-F]{1,4}$/;

function parseIpv6Bytes(input: string): Uint8Array | null {
  // A zone id (`fe80::1%eth0`) is allowed and ignored.
  const percent = input.indexOf("%");
  const text = percent >= 0 ? input.slice(0, percent) : input;
  if (percent >= 0 && percent === input.length - 1) return null;
  if (text.length < 2 || text.length > 45) return null;
  const doubleColon = text.indexOf("::");
  if (doubleColon >= 0 && text.indexOf("::", doubleColon + 1) >= 0) return null;
  const words: number[] = [];
  const parseSide = (side: string, allowIpv4Tail: boolean): number[] | null => {
    if (side === "") return [];
    const groups = side.split(":");
    const result: number[] = [];
    for (let i = 0; i < groups.length; i++) {
      const group = groups[i] ?? "";
      if (allowIpv4Tail && i === groups.length - 1 && group.includes(".")) {
        const v4 = parseIpv4Bytes(group);
        if (!v4) return null;
        result.push(((v4[0] ?? 0) << 8) | (v4[1] ?? 0), ((v4[2] ?? 0) << 8) | (v4[3] ?? 0));
      } else {
        if (!HEX_GROUP.test(group)) return null;
        result.push(parseInt(group, 16));
      }
    }
    return result;
  };
  if (doubleColon >= 0) {
    const head = parseSide(text.slice(0, doubleColon), false);
    const tail = parseSide(text.slice(doubleColon + 2), true);
    if (!head || !tail) return null;
    const missing = 8 - head.length - tail.length;
    if (missing < 1) return null;
    words.push(...head, ...new Array<number>(missing).fill(0), ...tail);
  } else {
    const all = parseSide(text, true);
    if (!all || all.length !== 8) return null;
    words.push(...all);
  }
  const out = new Uint8Array(16);
  words.forEach((w, i) => {
    out[i * 2] = w >> 8;
    out[i * 2 + 1] = w & 0xff;
  });
  return out;
}

/** RFC 5952 text of 16 IPv6 bytes: lower case, longest run (≥ 2) of zero groups compressed. */
export function formatIpv6(bytes: Uint8Array): string {
  const words: number[] = [];
  for (let i = 0; i < 8; i++) words.push(((bytes[i * 2] ?? 0) << 8) | (bytes[i * 2 + 1] ?? 0));
  let bestStart = -1;
  let bestLength = 0;
  for (let i = 0; i < 8;) {
    if (words[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && words[j] === 0) j++;
    if (j - i > bestLength && j - i >= 2) {
      bestStart = i;
      bestLength = j - i;
    }
    i = j;
  }
  const hex = words.map((w) => w.toString(16));
  if (bestStart < 0) return hex.join(":");
  const head = hex.slice(0, bestStart).join(":");
  const tail = hex.slice(bestStart + bestLength).join(":");
  return `${head}::${tail}`;
}

/**
 * Parses a whole IPv4 (dotted quad, no leading zeros, no port) or IPv6 literal; anything else gives
 * null. Surrounding whitespace is not accepted.
 */
export function parseIp(text: string): IpAddress | null {
  if (text.length === 0 || text.length > 64) return null;
  if (text.includes(":")) {
    const bytes = parseIpv6Bytes(text);
    return bytes ? { version: 6, bytes, text: formatIpv6(bytes) } : null;
  }
  const bytes = parseIpv4Bytes(text);
  return bytes ? { version: 4, bytes, text: Array.from(bytes).join(".") } : null;
}

/** The IPv4 address inside an IPv4-mapped IPv6 address (`::ffff:a.b.c.d`), else the input. */
export function unmapIpv4(ip: IpAddress): IpAddress {
  if (ip.version !== 6) return ip;
  for (let i = 0; i < 10; i++) if (ip.bytes[i] !== 0) return ip;
  if (ip.bytes[10] !== 0xff || ip.bytes[11] !== 0xff) return ip;
  const bytes = ip.bytes.slice(12);
  return { version: 4, bytes, text: Array.from(bytes).join(".") };
}

/** [network bytes, prefix length] */
type Range = readonly [readonly number[], number];

const IPV4_SPECIAL: readonly Range[] = [
  [[0, 0, 0, 0], 8], // "this network"
  [[10, 0, 0, 0], 8], // private
  [[100, 64, 0, 0], 10], // CGNAT
  [[127, 0, 0, 0], 8], // loopback
  [[169, 254, 0, 0], 16], // link-local
  [[172, 16, 0, 0], 12], // private
  [[192, 0, 0, 0], 24], // IETF protocol assignments
  [[192, 0, 2, 0], 24], // documentation
  [[192, 168, 0, 0], 16], // private
  [[198, 18, 0, 0], 15], // benchmarking
  [[198, 51, 100, 0], 24], // documentation
  [[203, 0, 113, 0], 24], // documentation
  [[224, 0, 0, 0], 4], // multicast
  [[240, 0, 0, 0], 4], // reserved, broadcast
];

const IPV6_SPECIAL: readonly Range[] = [
  [[0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], 128], // unspecified
  [[0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1], 128], // loopback
  [[0x01, 0, 0, 0, 0, 0, 0, 0], 64], // discard-only
  [[0x20, 0x01, 0x0d, 0xb8], 32], // documentation
  [[0xfc], 7], // unique local
  [[0xfe, 0x80], 10], // link-local
  [[0xfe, 0xc0], 10], // site-local (deprecated)
  [[0xff], 8], // multicast
];

function inRange(bytes: Uint8Array, [network, prefix]: Range): boolean {
  for (let bit = 0; bit < prefix; bit += 8) {
    const remaining = Math.min(8, prefix - bit);
    const mask = (0xff << (8 - remaining)) & 0xff;
    const index = bit / 8;
    if (((bytes[index] ?? 0) & mask) !== ((network[index] ?? 0) & mask)) return false;
  }
  return true;
}

/**
 * True when the address is in none of the special-purpose ranges (private, loopback, link-local,
 * CGNAT, documentation, benchmarking, multicast, reserved). IPv4-mapped IPv6 is judged as IPv4.
 */
export function isPublicIp(input: IpAddress): boolean {
  const ip = unmapIpv4(input);
  const ranges = ip.version === 4 ? IPV4_SPECIAL : IPV6_SPECIAL;
  return !ranges.some((range) => inRange(ip.bytes, range));
}
