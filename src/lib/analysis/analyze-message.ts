/**
 * The mail part of the analysis (./analyze-reading.ts): the mail rules on a message read once, its
 * breakdown view model, and the public IPs whose holders the breakdown can show. Loaded only for
 * inputs that are or hold a mail.
 */
import type { Brand } from "../brand/brand.ts";
import { buildBreakdown } from "../breakdown/model.ts";
import { ownerQueryIps } from "../breakdown/owners.ts";
import { analyzeReadMail, type MailAnalysis } from "../mail/analyze.ts";
import type { MessageReading } from "../reading/read-input.ts";
import { MAX_RAW_LINES, type MailCheck, type MessageAnalyzer } from "./analyze-reading.ts";

/** Flags that only a delivery record can raise: meaningless on headers written from the message's claims. */
const DELIVERY_ONLY_FLAGS = new Set(["no-auth-results"]);

function mailCheckOf(analysis: MailAnalysis): MailCheck {
  const breakdown = buildBreakdown(analysis);
  return {
    analysis,
    breakdown: { ...breakdown, rawLines: breakdown.rawLines.slice(0, MAX_RAW_LINES) },
    rawLinesOmitted: Math.max(0, breakdown.rawLines.length - MAX_RAW_LINES),
  };
}

function analyze(message: MessageReading, brands: readonly Brand[], now: Date) {
  const analysed = analyzeReadMail(message.read, message.content, { brands, now });
  const analysis = message.headersFromItem
    ? { ...analysed, flags: analysed.flags.filter((f) => !DELIVERY_ONLY_FLAGS.has(f.id)) }
    : analysed;
  return {
    analysis,
    check: mailCheckOf(analysis),
    ownerIps: message.headersFromItem ? [] : ownerQueryIps(analysis),
  };
}

/** The mail analysis, for {@link AnalyzeOptions.messageAnalyzer}. */
export const messageAnalyzer: MessageAnalyzer = { analyze };
