/**
 * A lure tactic: what a message does to its reader to make them act (a failed delivery, a locked
 * account, a tax to pay today…), recognised by its phrases with or without a link. One file per
 * tactic holds its phrase data; `index.ts` lists them. Like the mail rules, a tactic is data with an
 * id, a plain Japanese label and explanation, and a weight that the verdict (src/lib/verdict/) reads.
 */
import type { ContactTopic, NeverAskedItem } from "../../brand/contact.ts";

export type TacticId =
  | "delivery-failure"
  | "account-restricted"
  | "identity-verification"
  | "payment-failed"
  | "unpaid-fees"
  | "legal-threat"
  | "prize-refund"
  | "security-alert"
  | "deadline"
  | "credential-request"
  | "phone-callback";

export interface Tactic {
  id: TacticId;
  /** What the message does, as a reader would say it: 「荷物が届けられなかったと知らせる」. */
  label: string;
  /** The article tag for cases that use it: 「不在通知・住所不備」. */
  tag: string;
  /** The word for slugs of cases that use it (ASCII): `redelivery`. */
  slug: string;
  /** Why it is a lure's tactic, one plain sentence. */
  explanation: string;
  /** The topic of the brands' contact facts this tactic is about (for 「SMS で〜を知らせることはありません」). */
  topic: ContactTopic | null;
  /**
   * Phrases over the normalised text (NFKC, white space removed, see {@link normaliseForTactics}).
   * Each alternative is one way of writing the same thing: kanji, kana and polite forms.
   */
  phrases: readonly (RegExp | TopicPhrase)[];
  /** Phrases that, right after a match, turn it into its negation (「暗証番号をお尋ねすることはありません」). */
  negatedBy?: RegExp;
  /** For credential requests: which item each phrase asks for (the brands' "never asks" facts name them). */
  items?: (words: string) => NeverAskedItem[];
}

/**
 * A phrase whose topic differs from its tactic's: 「登録内容の更新」 is an identity-check lure's words,
 * but not the 本人確認 that a brand's "we never send…" statement is about (topic null).
 */
export interface TopicPhrase {
  re: RegExp;
  topic: ContactTopic | null;
}

/** A tactic found in a message, with the words that show it. */
export interface TacticFinding {
  id: TacticId;
  label: string;
  tag: string;
  slug: string;
  explanation: string;
  topic: ContactTopic | null;
  /** The topics of the phrases that matched (what the brands' contact facts are compared with). */
  topics: ContactTopic[];
  /** The words of the message that show the tactic (normalised), at most three. */
  words: string[];
  /** For credential requests: what the message asks for. */
  items: NeverAskedItem[];
}

/** The text as tactics read it: NFKC (full-width letters narrowed), all white space removed. */
export function normaliseForTactics(text: string): string {
  return text.normalize("NFKC").replace(/[\s\u3000\u200b]+/g, "");
}
