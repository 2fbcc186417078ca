/**
 * What a text rule is: like a mail rule (src/lib/mail/rules/), a small object with an id and a
 * `check`, but it reads a text a person received (an SMS, a LINE message, a mail body) with the
 * addresses found in it, already judged. Adding a rule is adding a file and listing it in `index.ts`.
 */
import type { Brand } from "../../brand/brand.ts";
import type { Finding } from "../../mail/rules/types.ts";
import type { UrlAnalysis } from "../../url/types.ts";
import type { TacticFinding } from "../tactics/types.ts";

export type { Finding, Severity } from "../../mail/rules/types.ts";

/** What every text rule reads. */
export interface TextRuleInput {
  /** The text as received. */
  text: string;
  /** The text in NFKC form (full-width letters narrowed), for pattern matching. */
  normalised: string;
  /** Every address found in the text, analysed. */
  urls: readonly UrlAnalysis[];
  /** Brands the text names (【佐川急便】, Amazonプライム…). */
  claimedBrands: readonly Brand[];
  brands: readonly Brand[];
  /** The lure tactics the text uses (src/lib/text/tactics/). */
  tactics: readonly TacticFinding[];
}

/** A rule about a received text. */
export interface TextRule {
  id: string;
  /** What the rule looks for, in Japanese. */
  description: string;
  check(input: TextRuleInput): Finding[];
}
