/**
 * `npm run new -- mail.eml --lookup`: asks DNS (A, AAAA, MX) about the mail's domains, the one
 * network look-up the project makes, and only when the author asks for it. Node-only (`node:dns`).
 * Never throws: a domain that does not exist is an answer (`nxdomain`), anything else that goes
 * wrong (time-out, no network, a server failure) is a `failed` answer with a reason.
 */
import { Resolver } from "node:dns/promises";
import type { DomainAnswer } from "./facts.ts";

export interface DnsOptions {
  /** DNS servers (`127.0.0.1:5300`); the system's when absent. */
  servers?: readonly string[] | undefined;
  /** Per-query time-out in milliseconds (default 3000). */
  timeoutMs?: number | undefined;
}

/** A name that always has an address (RFC 2606); if it does not resolve, DNS itself is not working. */
export const CANARY_DOMAIN = "example.com";

function resolverFor(options: DnsOptions): Resolver {
  const resolver = new Resolver({ timeout: options.timeoutMs ?? 3000, tries: 1 });
  if (options.servers && options.servers.length > 0) resolver.setServers([...options.servers]);
  return resolver;
}

/**
 * True when DNS answers at all: {@link CANARY_DOMAIN} resolves. Offline machines and some sandboxes
 * answer every name with NXDOMAIN; without this check each domain would be recorded as unused.
 */
export async function dnsWorks(options: DnsOptions = {}, canary = CANARY_DOMAIN): Promise<boolean> {
  try {
    return (await resolverFor(options).resolve4(canary)).length > 0;
  } catch {
    return false;
  }
}

const NO_NETWORK = new Set(["ECONNREFUSED", "ETIMEOUT", "ENETUNREACH", "EAI_AGAIN", "ECONNRESET", "EHOSTUNREACH"]);

function codeOf(error: unknown): string {
  return error && typeof error === "object" && "code" in error ? String(error.code) : "";
}

/** True when a failed answer looks like no network at all (rather than one domain's trouble). */
export function looksOffline(answer: DomainAnswer): boolean {
  return answer.kind === "failed" && NO_NETWORK.has(answer.reason);
}

/** Asks DNS about each domain (A, AAAA and MX at once), a few domains at a time. */
export async function resolveDomains(domains: readonly string[], options: DnsOptions = {}): Promise<DomainAnswer[]> {
  const resolver = resolverFor(options);

  const one = async (domain: string): Promise<DomainAnswer> => {
    const settle = <T>(p: Promise<T>) =>
      p.then(
        (value) => ({ ok: true as const, value }),
        (error: unknown) => ({ ok: false as const, code: codeOf(error) }),
      );
    const [a, aaaa, mx] = await Promise.all([
      settle(resolver.resolve4(domain)),
      settle(resolver.resolve6(domain)),
      settle(resolver.resolveMx(domain)),
    ]);
    const results = [a, aaaa, mx];
    // ENOTFOUND is c-ares' NXDOMAIN; ENODATA means the name exists without that kind of record.
    if (results.some((r) => !r.ok && r.code === "ENOTFOUND") && results.every((r) => !r.ok)) {
      return { domain, kind: "nxdomain" };
    }
    const hard = results.find((r) => !r.ok && r.code !== "ENODATA" && r.code !== "ENOTFOUND");
    if (hard && !hard.ok && results.every((r) => !r.ok)) return { domain, kind: "failed", reason: hard.code };
    return {
      domain,
      kind: "found",
      addresses: [...(a.ok ? a.value : []), ...(aaaa.ok ? aaaa.value : [])],
      mx: mx.ok ? mx.value.sort((x, y) => x.priority - y.priority).map((m) => m.exchange) : [],
    };
  };

  const answers: DomainAnswer[] = [];
  for (let i = 0; i < domains.length; i += 4) answers.push(...(await Promise.all(domains.slice(i, i + 4).map(one))));
  return answers;
}
