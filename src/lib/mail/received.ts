/**
 * Received headers (RFC 5321 §4.4 trace fields) in the forms real servers write: Postfix, Exim,
 * Sendmail, qmail, Microsoft Exchange / Outlook.com and Gmail. Reads the `from`, `by`, `via`,
 * `with`, `id` and `for` clauses, the sending IP (IPv4 or IPv6) and the date after the last `;`
 * (or, when the `;` is missing, a date at the end of the field, also SendGrid's Go-style
 * `2023-10-25 17:40:23.278 +0000 UTC m=+687519.34`).
 */
import { parseMailDate, type MailDate } from "./date.ts";
import { ipCandidates } from "./origin-ip.ts";
import { unmapIpv4 } from "./ip.ts";

/** One parsed Received header. */
export interface ReceivedHeader {
  /** The host name (or address literal) after `from`, as claimed by the sender. */
  from: string | null;
  /** The comment after the `from` host, e.g. `mail.example.com [192.0.2.1]`. */
  fromComment: string | null;
  /** The receiving host after `by`. */
  by: string | null;
  /** The protocol after `with`, e.g. `ESMTPS`, `Microsoft SMTP Server`, `HTTPS`. */
  with: string | null;
  /** The queue id after `id`. */
  id: string | null;
  /** The recipient after `for`, without angle brackets. */
  for: string | null;
  /** The value after `via`, e.g. `Frontend Transport`. */
  via: string | null;
  /** The IP address the receiving server saw the mail come from, when written. */
  ip: string | null;
  /** The time the server stamped, or null. */
  date: MailDate | null;
}

const KEYWORDS = new Set(["from", "by", "via", "with", "id", "for"]);

interface Clause {
  keyword: string;
  words: string[];
  comments: string[];
  /** Clause text as written (for IP candidates). */
  text: string;
}

/** Splits the part before the date into keyword clauses, keeping comments with their clause. */
function readClauses(text: string): Clause[] {
  const clauses: Clause[] = [];
  let current = null as Clause | null;
  let i = 0;
  while (i < text.length) {
    const ch = text[i] ?? "";
    if (ch === " " || ch === "\t" || ch === "\r" || ch === "\n") {
      if (current) current.text += ch;
      i++;
      continue;
    }
    if (ch === "(") {
      let depth = 1;
      let j = i + 1;
      while (j < text.length && depth > 0) {
        const c = text[j];
        if (c === "(") depth++;
        else if (c === ")") depth--;
        j++;
      }
      const comment = text.slice(i, j);
      if (current) {
        current.comments.push(comment.slice(1, depth === 0 ? -1 : undefined).trim());
        current.text += comment;
      }
      i = j;
      continue;
    }
    let j = i;
    while (j < text.length && !/[\s(]/.test(text[j] ?? "")) j++;
    const word = text.slice(i, j);
    const keyword = word.toLowerCase();
    const repeated = clauses.some((clause) => clause.keyword === keyword) || current?.keyword === keyword;
    if (KEYWORDS.has(keyword) && !repeated) {
      if (current) clauses.push(current);
      current = { keyword, words: [], comments: [], text: "" };
    } else if (current) {
      current.words.push(word);
      current.text += word;
    }
    i = j;
  }
  if (current) clauses.push(current);
  return clauses;
}

/** Where the date part starts: after the last `;`, or at a trailing date when the `;` is missing. */
function splitDate(value: string): { head: string; date: MailDate | null } {
  const semicolon = value.lastIndexOf(";");
  if (semicolon >= 0) {
    const date = parseMailDate(value.slice(semicolon + 1));
    if (date) return { head: value.slice(0, semicolon), date };
  }
  const trailing =
    /(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+)?\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\s+\d{2,4}\s+\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:\s*[+-]\d{4})?(?:\s*\([^()]*\))?\s*$|\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}(?:\.\d+)?\s*(?:z|[+-]\d{2}:?\d{2})(?:\s+[a-z]{2,5})?(?:\s+m=[+-][\d.]+)?\s*$/i.exec(
      value.slice(-160),
    );
  if (trailing) {
    const start = value.length - Math.min(160, value.length) + trailing.index;
    const date = parseMailDate(trailing[0]);
    if (date) return { head: value.slice(0, start), date };
  }
  return { head: semicolon >= 0 ? value.slice(0, semicolon) : value, date: null };
}

/** The address the receiving server saw: the last IP written in the `from` clause, skipping `helo=` values. */
function sendingIp(clause: Clause | undefined): string | null {
  if (!clause) return null;
  const candidates = ipCandidates(clause.text).filter(
    (candidate) => !/helo=\s*$/i.test(clause.text.slice(Math.max(0, candidate.offset - 8), candidate.offset)),
  );
  const last = candidates[candidates.length - 1];
  return last ? unmapIpv4(last.ip).text : null;
}

function firstWord(clause: Clause | undefined): string | null {
  return clause?.words[0] ?? null;
}

/** Parses one (unfolded) Received header value. Never throws. */
export function parseReceived(value: string): ReceivedHeader {
  const text = value.length > 20_000 ? value.slice(0, 20_000) : value;
  const { head, date } = splitDate(text);
  const clauses = readClauses(head);
  const clause = (keyword: string): Clause | undefined => clauses.find((c) => c.keyword === keyword);
  const from = clause("from");
  const withClause = clause("with");
  let protocol = firstWord(withClause);
  if (protocol && /^microsoft$/i.test(protocol) && withClause) protocol = withClause.words.slice(0, 3).join(" ");
  const forWord = firstWord(clause("for"));
  const via = clause("via");
  return {
    from: firstWord(from),
    fromComment: from?.comments[0] ?? null,
    by: firstWord(clause("by")),
    with: protocol,
    id: firstWord(clause("id"))?.replace(/;$/, "") ?? null,
    for: forWord ? forWord.replace(/^<|>;?$/g, "") : null,
    via: via ? via.words.join(" ") : null,
    ip: sendingIp(from),
    date,
  };
}
