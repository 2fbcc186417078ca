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
import { phoneCallback } from "./phone-callback.ts";
import { prizeRefund } from "./prize-refund.ts";
import { securityAlert } from "./security-alert.ts";
import type { ContactTopic } from "../../brand/contact.ts";
import { normaliseForTactics, type Tactic, type TacticFinding } from "./types.ts";
import { unpaidFees } from "./unpaid-fees.ts";

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
  phoneCallback,
  deadline,
];

/** Longest text read for tactics (a mail body is long; the lure is near the top). */
const MAX_TACTIC_TEXT = 20_000;
const MAX_WORDS = 3;

/**
 * The matched words carried on to the end of the word they stop inside (「停止されてい」 →
 * 「停止されています」, 「未払」 → 「未払い」): a few kana at most, never past punctuation or into
 * the next word, so that a reader sees the words as the message wrote them.
 */
function wholeWord(text: string, index: number, match: string): string {
  const after = text.slice(index + match.length, index + match.length + 7);
  // After kanji: one or two kana of its ending (「未払」+「い」), never a particle (「の」) or the next word.
  if (/\p{Script=Han}$/u.test(match)) return match + (/^[いきくけしちりれるっうえ]{0,2}/u.exec(after)?.[0] ?? "");
  // After kana: to the end of the verb (「停止されてい」+「ます」), without a trailing particle.
  if (/\p{Script=Hiragana}$/u.test(match))
    return (
      match +
      (/^\p{Script=Hiragana}{0,6}/u.exec(after)?.[0] ?? "").replace(/(?:ので|から|けど|が|を|に|は|と|で|の|も)+$/u, "")
    );
  return match;
}

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
      const word = wholeWord(text, m.index, m[0]);
      if (!words.includes(word)) words.push(word);
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
      tag: tactic.tag,
      slug: tactic.slug,
      explanation: tactic.explanation,
      topic: tactic.topic,
      topics: [...found.topics],
      words: words.slice(0, MAX_WORDS),
      items: tactic.items ? [...new Set(words.flatMap((w) => tactic.items?.(w) ?? []))] : [],
    });
  }
  return findings;
}
