/**
 * Which addresses of a mail the breakdown shows an owner for: the originating IP and every public
 * hop IP (private, loopback and documentation addresses are nobody's to look up).
 */
import type { MailAnalysis } from "../mail/analyze.ts";
import { isPublicIp, parseIp } from "../mail/ip.ts";

/** The public IPs of a mail's hops and its origin, as written there, each once. */
export function ownerQueryIps(analysis: MailAnalysis): string[] {
  const ips = new Set<string>();
  for (const ip of [analysis.originIp, ...analysis.hops.map((h) => h.ip)]) {
    if (!ip) continue;
    const parsed = parseIp(ip);
    if (parsed && isPublicIp(parsed)) ips.add(ip);
  }
  return [...ips];
}
