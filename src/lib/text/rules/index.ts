/**
 * Every rule about a received text (an SMS, a LINE message, a mail body), in the order their
 * findings are listed. To add a rule, write a module that exports a {@link TextRule} and add it here.
 */
import { brandLink } from "./brand-link.ts";
import { lureLink } from "./lure-link.ts";
import { shortenerLink } from "./shortener-link.ts";
import type { Finding, TextRule, TextRuleInput } from "./types.ts";

/** All text rules. */
export const TEXT_RULES: readonly TextRule[] = [brandLink, lureLink, shortenerLink];

const SEVERITY_ORDER = { high: 0, medium: 1, low: 2, info: 3 } as const;

/** Runs every rule; a rule that throws is skipped. Findings come sorted by severity, then rule order. */
export function runTextRules(input: TextRuleInput, rules: readonly TextRule[] = TEXT_RULES): Finding[] {
  const findings: Finding[] = [];
  for (const rule of rules) {
    try {
      findings.push(...rule.check(input));
    } catch {
      // One broken rule must not hide the others' findings.
    }
  }
  return findings
    .map((f, order) => ({ f, order }))
    .sort((a, b) => SEVERITY_ORDER[a.f.severity] - SEVERITY_ORDER[b.f.severity] || a.order - b.order)
    .map(({ f }) => f);
}
