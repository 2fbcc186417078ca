/**
 * The product's definition of a mail's originating IP (see the fixtures README and issue 3): walk
 * the Received headers from the earliest (bottom-most) up; in each, the candidates are the texts
 * inside `[...]` (trimmed, a leading `IPv6:` removed) and inside innermost `(...)` that are a whole
 * IP address, in the order of their opening bracket; the first public candidate wins.
 */
import { isPublicIp, parseIp, unmapIpv4, type IpAddress } from "./ip.ts";

/** A bracketed IP address found in one Received header. */
export interface IpCandidate {
  ip: IpAddress;
  /** Offset of the opening bracket in the header value. */
  offset: number;
  bracket: "[" | "(";
}

/** Every IP address in `[...]` or innermost `(...)` of one header value, in order of appearance. */
export function ipCandidates(value: string): IpCandidate[] {
  const found: IpCandidate[] = [];
  let parenStart = -1;
  let nextClose = -2; // -2: not searched yet; -1: no "]" left
  for (let i = 0; i < value.length; i++) {
    const ch = value[i];
    if (ch === "(") {
      parenStart = i;
    } else if (ch === ")") {
      if (parenStart >= 0 && i - parenStart <= 80) {
        const ip = parseIp(value.slice(parenStart + 1, i));
        if (ip) found.push({ ip, offset: parenStart, bracket: "(" });
      }
      parenStart = -1;
    } else if (ch === "[") {
      if (nextClose === -2 || (nextClose >= 0 && nextClose <= i)) nextClose = value.indexOf("]", i + 1);
      const close = nextClose;
      if (close < 0 || close - i > 80) continue;
      let inner = value.slice(i + 1, close).trim();
      if (/^ipv6:/i.test(inner)) inner = inner.slice(5);
      const ip = parseIp(inner);
      if (ip) found.push({ ip, offset: i, bracket: "[" });
    }
  }
  return found.sort((a, b) => a.offset - b.offset);
}

/** The first public candidate of one header value, IPv4-mapped IPv6 reported as IPv4. */
export function firstPublicIp(value: string): string | null {
  for (const candidate of ipCandidates(value)) {
    if (isPublicIp(candidate.ip)) return unmapIpv4(candidate.ip).text;
  }
  return null;
}

/**
 * Applies the originating IP rule to Received header values given top (newest) first, as they
 * appear in the mail. Returns the address text or null.
 */
export function findOriginIp(receivedValuesTopFirst: readonly string[]): string | null {
  for (let i = receivedValuesTopFirst.length - 1; i >= 0; i--) {
    const ip = firstPublicIp(receivedValuesTopFirst[i] ?? "");
    if (ip) return ip;
  }
  return null;
}
