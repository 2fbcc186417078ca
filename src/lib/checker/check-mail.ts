/**
 * The reader's own-mail check: the same analysis and the same view models as the article
 * components, computed from whatever the reader pasted or dropped. Pure, so it runs in a Web Worker
 * in the browser and in tests alike.
 */
import type { Brand } from "../brand.ts";
import { analyzeMail } from "../mail/analyze.ts";
import { buildBreakdown, type BreakdownModel, type BreakdownOptions } from "../breakdown/model.ts";
import { ownerQueryIps } from "../breakdown/owners.ts";
import type { MailAnalysis } from "../mail/analyze.ts";
import type { IpOwnerLookup } from "../ip-owner/lookup.ts";
import { buildLinkPreview, type LinkPreviewModel } from "../breakdown/link-preview.ts";

/** How many raw header lines the checker shows (a 5 MB header block must not freeze the page). */
export const MAX_RAW_LINES = 400;
/** How many body URLs get a preview. */
export const MAX_LINK_PREVIEWS = 30;

export interface CheckResult {
  breakdown: BreakdownModel;
  /** Raw header lines left out of the view because there were too many. */
  rawLinesOmitted: number;
  links: LinkPreviewModel[];
  linksOmitted: number;
  /** Brands the mail pretends to be (display name, subject, or a URL verdict about the brand). */
  claimedBrandIds: string[];
  attachments: { filename: string | null; contentType: string }[];
  /** True when the input had no header section worth the name. */
  looksEmpty: boolean;
}

/** What the reader is told when the IP-owner data cannot be read. */
export const OWNER_DATA_UNAVAILABLE =
  "IP アドレスの持ち主のデータをこのサイトから読み込めなかったため（オフラインなど）、持ち主は表示していません。";

/** Analyses a mail for the reader. Never throws. */
export function checkMail(input: string | Uint8Array, brands: readonly Brand[]): CheckResult {
  return resultOf(analyzeMail(input, { brands }), brands, {});
}

/**
 * {@link checkMail}, plus who holds the mail's public IPs, read through `lookup` (which fetches only
 * the pieces of data it needs). If the data cannot be read within `timeoutMs`, the result says so
 * instead. Never rejects.
 */
export async function checkMailWithOwners(
  input: string | Uint8Array,
  brands: readonly Brand[],
  lookup: IpOwnerLookup,
  timeoutMs = 10_000,
): Promise<CheckResult> {
  const analysis = analyzeMail(input, { brands });
  const ips = ownerQueryIps(analysis);
  return resultOf(analysis, brands, ips.length === 0 ? {} : await lookupOwners(ips, lookup, timeoutMs));
}

/**
 * The holders of `ips` as breakdown options, or the message that the data could not be read (offline,
 * an error, or no answer within `timeoutMs`). Never rejects.
 */
export async function lookupOwners(
  ips: readonly string[],
  lookup: IpOwnerLookup,
  timeoutMs = 10_000,
): Promise<Pick<BreakdownOptions, "owners" | "ownerDataMonth" | "ownerError">> {
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

/** The reader's view of a mail already analysed (for callers that need the analysis too). */
export function checkMailAnalysis(
  analysis: MailAnalysis,
  brands: readonly Brand[],
  options: BreakdownOptions = {},
): CheckResult {
  return resultOf(analysis, brands, options);
}

function resultOf(analysis: MailAnalysis, brands: readonly Brand[], options: BreakdownOptions): CheckResult {
  const breakdown = buildBreakdown(analysis, options);
  const rawLinesOmitted = Math.max(0, breakdown.rawLines.length - MAX_RAW_LINES);
  const links = analysis.urls.slice(0, MAX_LINK_PREVIEWS).map((u) => buildLinkPreview(u, brands));
  const urlBrands = analysis.urls.flatMap((u) =>
    u.verdict.brandId && u.verdict.kind !== "official" ? [u.verdict.brandId] : [],
  );
  return {
    breakdown: { ...breakdown, rawLines: breakdown.rawLines.slice(0, MAX_RAW_LINES) },
    rawLinesOmitted,
    links,
    linksOmitted: Math.max(0, analysis.urls.length - MAX_LINK_PREVIEWS),
    claimedBrandIds: [...new Set([...analysis.summary.claimedBrandIds, ...urlBrands])],
    attachments: analysis.attachments.map((a) => ({ filename: a.filename ?? null, contentType: a.contentType })),
    looksEmpty: analysis.mail.fields.length === 0,
  };
}
