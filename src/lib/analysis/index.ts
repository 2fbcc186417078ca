/**
 * The one analysis of any input (issue 18): `analyzeInput()` reads it once (src/lib/reading/),
 * analyses that reading once and decides the verdict (src/lib/verdict/); `addOwners()` then adds who
 * holds the route's IPs. Every entry point (CLI, checker worker, `npm run new`, article components)
 * goes through here; the worker through ./analyze-input.ts, which loads the HTML parser on demand.
 */
import type { Brand } from "../brand/brand.ts";
import { htmlToView } from "../html/html-to-view.ts";
import type { ReadInputOptions } from "../reading/read-input.ts";
import { messageReader } from "../reading/read-message.ts";
import { analyzeInputWith } from "./analyze-input.ts";
import { messageAnalyzer } from "./analyze-message.ts";
import type { Analysis, AnalyzeOptions } from "./analyze-reading.ts";

/** Reads and analyses whatever the reader gave, with the HTML parser. Never throws. */
export function analyzeInput(
  input: string | Uint8Array,
  brands: readonly Brand[],
  options: ReadInputOptions & AnalyzeOptions = {},
): Analysis {
  return analyzeInputWith(input, brands, {
    readHtml: htmlToView,
    messageReader,
    messageAnalyzer,
    ...options,
  });
}
