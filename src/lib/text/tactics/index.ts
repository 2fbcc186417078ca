/**
 * Every lure tactic, and `findTactics()`, which reads a message's text once for all of them. To add
 * a tactic, write a module that exports a {@link Tactic} and list it here.
 */
import { accountRestricted } from "./account-restricted.ts";
import { credentialRequest } from "./credential-request.ts";
import { deadline } from "./deadline.ts";
import { deliveryFailure } from "./delivery-failure.ts";
import { identityVerification } from "./identity-verification.ts";
import { legalThreat } from "./legal-threat.ts";
import { paymentFailed } from "./payment-failed.ts";
import { prizeRefund } from "./prize-refund.ts";
import { securityAlert } from "./security-alert.ts";
import type { ContactTopic } from "../../brand/contact.ts";
import { normaliseForTactics, type Tactic, type TacticFinding } from "./types.ts";
import { unpaidFees } from "./unpaid-fees.ts";

export type { Tactic, TacticFinding, TacticId } from "./types.ts";
export { normaliseForTactics } from "./types.ts";

/** All tactics, in the order their findings are listed. */
export const TACTICS: readonly Tactic[] = [
  credentialRequest,
  legalThreat,
  unpaidFees,
  deliveryFailure,
  accountRestricted,
  paymentFailed,
  securityAlert,
  identityVerification,
  prizeRefund,
  deadline,
];

/** Longest text read for tactics (a mail body is long; the lure is near the top). */
const MAX_TACTIC_TEXT = 20_000;
const MAX_WORDS = 3;

function wordsOf(tactic: Tactic, text: string): { words: string[]; topics: Set<ContactTopic> } {
  const words: string[] = [];
  const topics = new Set<ContactTopic>();
  for (const entry of tactic.phrases) {
    const phrase = entry instanceof RegExp ? entry : entry.re;
    const topic = entry instanceof RegExp ? tactic.topic : entry.topic;
    const global = new RegExp(phrase.source, phrase.flags.includes("g") ? phrase.flags : `${phrase.flags}g`);
    for (let m = global.exec(text); m !== null && words.length < MAX_WORDS * 4; m = global.exec(text)) {
      if (m[0] === "") {
        global.lastIndex++;
        continue;
      }
      if (tactic.negatedBy && tactic.negatedBy.test(text.slice(m.index + m[0].length, m.index + m[0].length + 40)))
        continue;
      if (topic) topics.add(topic);
      if (!words.includes(m[0])) words.push(m[0]);
    }
  }
  return { words, topics };
}

/**
 * The tactics a text uses, each with the words that show it. `text` is what the reader received
 * (any width, any spacing). Pure; linear in the text; never throws.
 */
export function findTactics(text: string, tactics: readonly Tactic[] = TACTICS): TacticFinding[] {
  const normalised = normaliseForTactics(String(text).slice(0, MAX_TACTIC_TEXT));
  const findings: TacticFinding[] = [];
  for (const tactic of tactics) {
    let found: ReturnType<typeof wordsOf>;
    try {
      found = wordsOf(tactic, normalised);
    } catch {
      continue;
    }
    const { words } = found;
    if (words.length === 0) continue;
    findings.push({
      id: tactic.id,
      label: tactic.label,
      explanation: tactic.explanation,
      topic: tactic.topic,
      topics: [...found.topics],
      words: words.slice(0, MAX_WORDS),
      items: tactic.items ? [...new Set(words.flatMap((w) => tactic.items?.(w) ?? []))] : [],
    });
  }
  return findings;
}
