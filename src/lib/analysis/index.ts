/**
 * The one analysis of any input (issue 18): `analyzeInput()` reads it once (src/lib/reading/),
 * analyses that reading once and decides the verdict (src/lib/verdict/); `addOwners()` then adds who
 * holds the route's IPs. Every entry point (CLI, checker worker, `npm run new`, article components)
 * goes through here.
 */
import type { Brand } from "../brand.ts";
import { readInput, type ReadInputOptions } from "../reading/read-input.ts";
import { analyzeReading, type Analysis, type AnalyzeOptions } from "./analyze-reading.ts";

export { analyzeReading, MAX_LINK_PREVIEWS, MAX_RAW_LINES } from "./analyze-reading.ts";
export type { Analysis, AnalyzeOptions, MailCheck } from "./analyze-reading.ts";
export { addOwners, lookupOwners, OWNER_DATA_UNAVAILABLE, withOwners } from "./owners.ts";

/** Reads and analyses whatever the reader gave. Never throws. */
export function analyzeInput(
  input: string | Uint8Array,
  brands: readonly Brand[],
  options: ReadInputOptions & AnalyzeOptions = {},
): Analysis {
  return analyzeReading(readInput(input, options), brands, options);
}
export { toView, type AnalysisView } from "./view.ts";
