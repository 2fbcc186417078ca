/**
 * `npm run new`'s template check: which existing cases carry the same text as the new mail, and the
 * campaign to suggest for it. Pure: the CLI reads the posts (see `existing-posts.node.ts`).
 */
import type { Brand } from "../brand/brand.ts";
import { fingerprintText, TEMPLATE_THRESHOLD } from "../template/fingerprint.ts";
import { matchesFor } from "../template/match.ts";

/** An existing case post with its mail's fingerprint. */
export interface TemplateCase {
  id: string;
  title: string;
  campaign: string | null;
  draft: boolean;
  signature: Uint32Array;
}

/** An existing case whose mail shares the new mail's template. */
export interface SameTemplateCase {
  id: string;
  title: string;
  campaign: string | null;
  draft: boolean;
  /** Estimated similarity of the two texts, 0…1. */
  score: number;
}

/** The cases whose mails share the template of `bodyText`, best first (none when the body says too little). */
export function sameTemplateCases(
  bodyText: string,
  cases: readonly TemplateCase[],
  options: { brands: readonly Brand[]; recipients?: readonly string[] },
): SameTemplateCase[] {
  const fingerprint = fingerprintText(bodyText, options);
  if (!fingerprint || cases.length === 0) return [];
  const byId = new Map(cases.map((c) => [c.id, c]));
  return matchesFor(fingerprint.signature, cases, TEMPLATE_THRESHOLD).flatMap((m) => {
    const c = byId.get(m.id);
    return c ? [{ id: c.id, title: c.title, campaign: c.campaign, draft: c.draft, score: m.score }] : [];
  });
}

/** The campaign of the best-matching case that has one, or null. */
export function suggestedCampaign(matches: readonly SameTemplateCase[]): string | null {
  return matches.find((m) => m.campaign !== null && m.campaign !== "")?.campaign ?? null;
}
