/**
 * The reader's own-mail check: the same analysis and the same view models as the article
 * components, computed from whatever the reader pasted or dropped. Pure, so it runs in a Web Worker
 * in the browser and in tests alike.
 */
import type { Brand } from "../brand.ts";
import { analyzeMail, type MailAnalysis } from "../mail/analyze.ts";
import { buildBreakdown, type BreakdownModel } from "../breakdown/model.ts";
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

/** Analyses a mail for the reader. Never throws. */
export function checkMail(input: string | Uint8Array, brands: readonly Brand[]): CheckResult {
  return checkMailAnalysis(analyzeMail(input, { brands }), brands);
}

/** The reader's view of a mail already analysed (for callers that need the analysis too). */
export function checkMailAnalysis(analysis: MailAnalysis, brands: readonly Brand[]): CheckResult {
  const breakdown = buildBreakdown(analysis);
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
