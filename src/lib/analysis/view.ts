/**
 * What the page receives of an analysis: everything the checker shows (the verdict, the previews,
 * the breakdown view model, the safe body view), without the raw material behind it (the parsed mail,
 * the URLs and the text as written). Every address in it is defanged, so nothing the page holds can be opened.
 */
import type { BreakdownModel } from "../breakdown/model.ts";
import type { Analysis } from "./analyze-reading.ts";

/** An {@link Analysis} as shown. */
export interface AnalysisView extends Omit<Analysis, "urls" | "mail" | "forwarded" | "messageText"> {
  mail: { breakdown: BreakdownModel; rawLinesOmitted: number } | null;
  forwarded: { how: NonNullable<Analysis["forwarded"]>["how"]; filename: string | null; inner: AnalysisView } | null;
}

/** The shown part of an analysis. */
export function toView(analysis: Analysis): AnalysisView {
  const { urls: _urls, messageText: _text, mail, forwarded, ...rest } = analysis;
  return {
    ...rest,
    mail: mail ? { breakdown: mail.breakdown, rawLinesOmitted: mail.rawLinesOmitted } : null,
    forwarded: forwarded ? { how: forwarded.how, filename: forwarded.filename, inner: toView(forwarded.inner) } : null,
  };
}
