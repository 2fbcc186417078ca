/** A spam tag a receiving server added to the subject (`[SPAM]`, `***SPAM***`, `【迷惑メール】`…). */
import { finding } from "./helpers.ts";
import type { MailRule } from "./types.ts";

const SPAM_TAG =
  /(\[\s*(?:suspected\s+)?spam\s*\??\]|\*{2,}\s*spam\s*\*{2,}|\{\s*spam\??\s*\}|【\s*迷惑メール[^】]*】|\[meiwaku\])/i;

/** The spam tag in a subject, or null. */
export function spamTagIn(subject: string | null): string | null {
  if (!subject) return null;
  return SPAM_TAG.exec(subject.slice(0, 2000))?.[0] ?? null;
}

export const subjectSpamTag: MailRule = {
  id: "subject-spam-tag",
  description: "受信サーバーが件名に迷惑メールの印を付けている",
  check(mail) {
    const tag = spamTagIn(mail.subject);
    if (!tag) return [];
    return [
      finding(mail, this.id, "info", `受信サーバーの迷惑メールフィルターが件名に「${tag}」と付けています。`, "Subject"),
    ];
  },
};
