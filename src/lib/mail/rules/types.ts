/**
 * What a red-flag rule is: a small object with an id and a `check` that reads the parsed mail and
 * returns findings. Adding a rule is adding a file and listing it in `index.ts`.
 */
import type { Brand } from "../../brand.ts";
import type { Hop } from "../hops.ts";
import type { ParsedMail } from "../parse.ts";

/** How much a finding matters. */
export type Severity = "high" | "medium" | "low" | "info";

/** One red flag. */
export interface Finding {
  /** Stable id, e.g. `brand-display-name`. */
  id: string;
  severity: Severity;
  /** One line of plain Japanese for the reader. */
  message: string;
  /** The header the finding is about, e.g. `Return-Path`. */
  header?: string;
  /** Line index (0-based, in the header section) of the exact field, when one field is meant. */
  lineIndex?: number;
}

/** What every rule gets besides the mail. */
export interface RuleContext {
  brands: readonly Brand[];
  /** The hop timeline, oldest first. */
  hops: readonly Hop[];
  /** Brands the display name claims (computed once for all rules). */
  claimedBrands: readonly Brand[];
  /** The time of the analysis (for rules about dates in the future). */
  now: Date;
}

/** A red-flag rule. */
export interface MailRule {
  id: string;
  /** What the rule looks for, in Japanese (for documentation pages). */
  description: string;
  check(mail: ParsedMail, context: RuleContext): Finding[];
}
