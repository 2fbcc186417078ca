/** The verdict a worried reader reads first (issue 18), and the evidence it is made of. */
import type { SignalId } from "./signals.ts";

/** The four answers. Never "safe", never "real". */
export type VerdictLevel = "danger" | "caution" | "unknown" | "consistent";

/** The section of the result that shows the detail of a reason (an anchor on the page). */
export type DetailSection = "sender" | "links" | "tactics" | "brand" | "headers" | "case";

/** A page a reason rests on (a brand's own statement). */
export interface ReasonSource {
  url: string;
  title: string;
  checked: string;
}

/** One piece of evidence, in words a non-expert understands. */
export interface Evidence {
  signal: SignalId;
  text: string;
  detail: DetailSection;
  source?: ReasonSource | undefined;
}

/** Positive, sourced evidence that the message has the marks of the brand's real messages. */
export interface PositiveEvidence {
  text: string;
  detail: DetailSection;
  source?: ReasonSource | undefined;
}

/** A reason shown under the headline. */
export interface VerdictReason {
  text: string;
  detail: DetailSection;
  source?: ReasonSource | undefined;
  /** True for a reason that speaks for the message (consistent verdicts). */
  positive?: boolean | undefined;
}

/** The one answer. */
export interface Verdict {
  level: VerdictLevel;
  /** One plain sentence: what the reader came to learn. */
  headline: string;
  /** At most three reasons, strongest first, each pointing to its detail below. */
  reasons: VerdictReason[];
  /** What to do now. */
  actions: string[];
  /** The brand the message claims (the first), for the actions and links. */
  brand: { id: string; nameJa: string } | null;
  /** The summed, capped score (for tests and tuning; not shown). */
  score: number;
  /** For `unknown`: what would let the checker say more. */
  missing: string | null;
}
