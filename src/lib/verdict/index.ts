/** The verdict (issue 18): evidence from an analysis, weighed by the data of ./signals.ts, into one answer. */
export { collectEvidence, type EvidenceSource } from "./evidence.ts";
export { decideVerdict, HEADLINES, scoreOf, type VerdictInput } from "./verdict.ts";
export { AFTER_CLICK, REPORT, type AdviceItem, type AdviceSource } from "./advice.ts";
export { GROUP_CAPS, SIGNALS, THRESHOLDS, type SignalGroup, type SignalId } from "./signals.ts";
export type {
  DetailSection,
  Evidence,
  PositiveEvidence,
  ReasonSource,
  Verdict,
  VerdictLevel,
  VerdictReason,
} from "./types.ts";
