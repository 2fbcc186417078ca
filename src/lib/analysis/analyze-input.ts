/**
 * Reads and analyses an input in one call, with the readers it is given (the HTML parser, the Outlook
 * reader): the checker's worker passes them only when the input needs them. Node callers use
 * `analyzeInput` from ./index.ts, which always passes the HTML parser.
 */
import type { Brand } from "../brand/brand.ts";
import { readInput, type ReadInputOptions } from "../reading/read-input.ts";
import { analyzeReading, type Analysis, type AnalyzeOptions } from "./analyze-reading.ts";

/** Reads and analyses whatever the reader gave. Never throws. */
export function analyzeInputWith(
  input: string | Uint8Array,
  brands: readonly Brand[],
  options: ReadInputOptions & AnalyzeOptions = {},
): Analysis {
  return analyzeReading(readInput(input, options), brands, options);
}
