/**
 * Who holds the IPs of an analysed mail's route: a separate, asynchronous step that adds the holders
 * to the breakdowns of an {@link Analysis} (and of its forwarded original). It rebuilds only the view
 * models; nothing is analysed again. If the data cannot be read in time, the breakdown says so.
 */
import { buildBreakdown, type BreakdownOptions } from "../breakdown/model.ts";
import type { IpOwnerLookup } from "../ip-owner/lookup.ts";
import { MAX_RAW_LINES, type Analysis } from "./analyze-reading.ts";

/** What the reader is told when the IP-owner data cannot be read. */
export const OWNER_DATA_UNAVAILABLE =
  "IP アドレスの持ち主のデータをこのサイトから読み込めなかったため（オフラインなど）、持ち主は表示していません。";

type OwnerOptions = Pick<BreakdownOptions, "owners" | "ownerDataMonth" | "ownerError" | "highlight">;

/**
 * The holders of `ips` as breakdown options, or the message that the data could not be read (offline,
 * an error, or no answer within `timeoutMs`). Never rejects.
 */
export async function lookupOwners(
  ips: readonly string[],
  lookup: IpOwnerLookup,
  timeoutMs = 10_000,
): Promise<OwnerOptions> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    const [owners, index] = await Promise.race([
      Promise.all([lookup.lookupMany(ips), lookup.index()]),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error("timed out")), timeoutMs);
      }),
    ]);
    return { owners, ownerDataMonth: index.dataMonth };
  } catch {
    return { ownerError: OWNER_DATA_UNAVAILABLE };
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The analysis with the holders shown in its breakdowns, and its raw headers highlighted when
 * `options.highlight` is given. Nothing is analysed again: only the view models are rebuilt.
 */
export function withOwners(analysis: Analysis, options: OwnerOptions): Analysis {
  const mail = analysis.mail;
  const breakdown =
    mail && (!analysis.headersFromItem || options.highlight) ? buildBreakdown(mail.analysis, options) : null;
  return {
    ...analysis,
    mail:
      mail && breakdown
        ? { ...mail, breakdown: { ...breakdown, rawLines: breakdown.rawLines.slice(0, MAX_RAW_LINES) } }
        : mail,
    forwarded: analysis.forwarded
      ? { ...analysis.forwarded, inner: withOwners(analysis.forwarded.inner, options) }
      : null,
  };
}

/** Looks up the holders of the analysis's public IPs and adds them. Never rejects. */
export async function addOwners(analysis: Analysis, lookup: IpOwnerLookup, timeoutMs?: number): Promise<Analysis> {
  if (analysis.ownerIps.length === 0) return analysis;
  return withOwners(analysis, await lookupOwners(analysis.ownerIps, lookup, timeoutMs));
}
