/**
 * What the checker's Web Worker does with one input, as a pure function so that tests run it too:
 * the analysis and its verdict first (sent at once, so the reader sees the answer), then, only for a
 * mail whose route has public IPs, the same analysis with their holders added. The Outlook reader is
 * passed in, so that the worker loads it only when a .msg file arrives.
 */
import { addOwners, analyzeInput, type Analysis } from "../analysis/index.ts";
import type { Brand } from "../brand.ts";
import type { IpOwnerLookup } from "../ip-owner/lookup.ts";
import type { ReadInputOptions } from "../reading/read-input.ts";

/** What the check needs besides the input. */
export interface CheckServices {
  readMsg?: ReadInputOptions["readMsg"];
  /** Who holds an IP (fetched from the site itself in the browser). */
  lookup?: IpOwnerLookup | undefined;
  /** How long to wait for the holders. */
  ownerTimeoutMs?: number | undefined;
}

/**
 * Checks one input. `send` is called with the analysis (`final` false when the holders of its IPs
 * follow), then once more with the holders added. Never rejects.
 */
export async function runCheck(
  input: string | Uint8Array,
  brands: readonly Brand[],
  services: CheckServices,
  send: (analysis: Analysis, final: boolean) => void,
): Promise<Analysis> {
  const first = analyzeInput(input, brands, { readMsg: services.readMsg });
  const needsOwners = services.lookup !== undefined && first.ownerIps.length > 0;
  send(first, !needsOwners);
  if (!needsOwners || !services.lookup) return first;
  const withOwners = await addOwners(first, services.lookup, services.ownerTimeoutMs);
  send(withOwners, true);
  return withOwners;
}
