/**
 * What a red-flag rule is: a small object with an id and a `check` that reads the parsed mail and
 * returns findings. Adding a rule is adding a file and listing it in `index.ts`.
 */
import type { Brand } from "../../brand/brand.ts";
import type { RawLink } from "../../html/view-model.ts";
import type { UrlAnalysis } from "../../url/types.ts";
import type { BrandClaim } from "../brand-claims.ts";
import type { Hop } from "../hops.ts";
import type { MailingList } from "../mailing-list.ts";
import type { ParsedMail } from "../parse.ts";

/** How much a finding matters. */
export type Severity = "high" | "medium" | "low" | "info";

/** One red flag. */
export interface Finding {
  /** Stable id, e.g. `claimed-brand-sender`. */
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
  /** Every brand the mail names, with where (computed once for all rules). */
  claims: readonly BrandClaim[];
  /** The brands the mail claims to be: see `principalClaims` (computed once for all rules). */
  claimedBrands: readonly Brand[];
  /** The body's links, analysed (compared with every brand). */
  urls: readonly UrlAnalysis[];
  /** The HTML body's links with their visible text, as the safe-view parser reads them. */
  htmlLinks: readonly RawLink[];
  /** The mailing list the mail came through, or null (see `mailing-list.ts`). */
  mailingList: MailingList | null;
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
