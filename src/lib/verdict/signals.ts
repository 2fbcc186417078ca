/**
 * The evidence the verdict weighs, as data (issue 18): every signal has an id, a group and a weight;
 * each group has a cap, so that one family of evidence (five tactic phrases, three mail rules about
 * the same sender) cannot outvote the rest. The verdict (./verdict.ts) sums the capped groups and
 * compares the sum with the thresholds below. Change a weight here, not in code.
 */

/** Families of evidence. */
export type SignalGroup = "link" | "sender" | "tactic" | "contact" | "mail" | "template";

/** What a signal says about the message. */
export type SignalId =
  /** A link dressed as the brand's: a look-alike domain, the brand's name inside another domain, a fake .co.jp. */
  | "link-impersonates-brand"
  /** The message names a brand and links off every domain the brand uses. */
  | "link-off-brand"
  /** A lure tactic with a link that no brand of the registry owns. */
  | "lure-link"
  /** A link to the brand's name under another ending (`vpass.jp` beside `vpass.ne.jp`): not confirmed as the brand's. */
  | "link-unconfirmed"
  /** A link to a bare IP address. */
  | "ip-link"
  /** A link whose destination a shortener hides. */
  | "shortener-link"
  /** A `javascript:`/`data:` address. */
  | "dangerous-scheme"
  /** The sender names a brand, but its address is on none of the brand's domains. */
  | "sender-not-brand"
  /** The sender is on the brand's domain, but authentication failed or the first server only claims it. */
  | "sender-forged"
  /** A brand's name on a free mail address (gmail.com, yahoo.co.jp…). */
  | "sender-free-mail"
  /** On a domain shared with customers' mailboxes, at an address the brand does not publish. */
  | "sender-shared-domain"
  /** An SMS claiming a brand from an ordinary mobile number. */
  | "sender-personal-phone"
  /** One lure tactic (a failed delivery, a locked account…). */
  | "tactic"
  /** The message asks for a PIN, a password, a card number or an SMS code. */
  | "credential-request"
  /** Threats of seizure or lawsuits. */
  | "legal-threat"
  /** The brand says it never sends this kind of message through this channel. */
  | "never-sends"
  /** The same, when it is not known whether the text came by SMS or by mail. */
  | "never-sends-if-sms"
  /** The message asks for what the brand says it never asks for. */
  | "never-asks"
  /** Another red flag of the mail's headers (high severity). */
  | "mail-high"
  /** Another red flag of the mail's headers (medium severity). */
  | "mail-medium"
  /** The text is one of the casebook's lures. */
  | "case-match";

export interface SignalDef {
  group: SignalGroup;
  weight: number;
  /**
   * "hard": evidence that shows the message is not the brand's (a link or sender off its domains, a
   * brand's own statement contradicted). "soft": what genuine notices can show too (the same words, a
   * shortener, a same-name domain the registry cannot confirm). A danger verdict needs one hard signal.
   */
  strength: "hard" | "soft";
}

export const SIGNALS: Readonly<Record<SignalId, SignalDef>> = {
  "link-impersonates-brand": { group: "link", weight: 7, strength: "hard" },
  "link-off-brand": { group: "link", weight: 5, strength: "hard" },
  "lure-link": { group: "link", weight: 5, strength: "hard" },
  "ip-link": { group: "link", weight: 5, strength: "hard" },
  "link-unconfirmed": { group: "link", weight: 3, strength: "soft" },
  "dangerous-scheme": { group: "link", weight: 7, strength: "hard" },
  "shortener-link": { group: "link", weight: 2.5, strength: "soft" },
  "sender-not-brand": { group: "sender", weight: 7, strength: "hard" },
  "sender-forged": { group: "sender", weight: 7, strength: "hard" },
  "sender-free-mail": { group: "sender", weight: 6, strength: "hard" },
  "sender-shared-domain": { group: "sender", weight: 6, strength: "hard" },
  "sender-personal-phone": { group: "sender", weight: 2.5, strength: "soft" },
  tactic: { group: "tactic", weight: 2, strength: "soft" },
  "credential-request": { group: "tactic", weight: 3, strength: "soft" },
  "legal-threat": { group: "tactic", weight: 2, strength: "soft" },
  "never-sends": { group: "contact", weight: 8, strength: "hard" },
  "never-sends-if-sms": { group: "contact", weight: 2, strength: "soft" },
  "never-asks": { group: "contact", weight: 8, strength: "hard" },
  "mail-high": { group: "mail", weight: 3, strength: "hard" },
  "mail-medium": { group: "mail", weight: 0.5, strength: "soft" },
  "case-match": { group: "template", weight: 8, strength: "hard" },
};

/** Most any one group adds to the score. */
export const GROUP_CAPS: Readonly<Record<SignalGroup, number>> = {
  link: 7,
  sender: 7,
  tactic: 4.5,
  contact: 8,
  mail: 4,
  template: 8,
};

/** Scores at or above which the verdict is danger, or at least caution. */
export const THRESHOLDS = { danger: 6, caution: 2 } as const;

/**
 * Groups that a genuine notice shares with a lure (the same words: 「ご利用確認」「お荷物のお届け」):
 * they do not keep a message with positive, sourced evidence from being called consistent.
 */
export const GROUPS_GENUINE_MESSAGES_SHARE: readonly SignalGroup[] = ["tactic"];
