/**
 * A TextMate grammar for raw e-mail header blocks (RFC 5322), which Shiki does not ship. It marks
 * header names, addresses, IP addresses, encoded words, dates, Received keywords and
 * Authentication-Results verdicts, so a reader's eye finds the parts an article talks about.
 */
import type { LanguageRegistration } from "shiki/core";

const ipv4 = String.raw`(?<![\w.])(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?:\.(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}(?![\w.])`;
const ipv6 = String.raw`(?<![\w:])(?:IPv6:)?(?:[0-9A-Fa-f]{1,4}:){2,7}(?::|[0-9A-Fa-f]{1,4})?(?:[0-9A-Fa-f:]*)(?![\w:])`;

export const emailHeaderGrammar: LanguageRegistration = {
  name: "email-header",
  scopeName: "text.email-header",
  displayName: "E-mail headers",
  aliases: ["eml", "headers"],
  patterns: [{ include: "#field" }, { include: "#continuation" }],
  repository: {
    field: {
      begin: String.raw`^([!-9;-~]+)(:)`,
      beginCaptures: {
        1: { name: "entity.name.tag.header-name.email-header" },
        2: { name: "punctuation.separator.key-value.email-header" },
      },
      end: "$",
      patterns: [{ include: "#value" }],
    },
    continuation: {
      begin: String.raw`^(?=[ \t])`,
      end: "$",
      patterns: [{ include: "#value" }],
    },
    value: {
      patterns: [
        { include: "#encoded-word" },
        { include: "#auth-verdict" },
        { include: "#address" },
        { include: "#ip" },
        { include: "#date" },
        { include: "#received-keyword" },
        { include: "#masked" },
        { include: "#comment" },
        { include: "#quoted" },
      ],
    },
    "encoded-word": {
      match: String.raw`=\?[^?\s]+\?[BbQq]\?[^?\s]*\?=`,
      name: "string.other.encoded-word.email-header",
    },
    "auth-verdict": {
      match: String.raw`\b(spf|dkim|dmarc|arc|compauth|auth|iprev|smtp\.auth)(=)(pass|bestguesspass)\b|\b(spf|dkim|dmarc|arc|compauth)(=)(fail|softfail|permerror|hardfail)\b|\b(spf|dkim|dmarc|arc|compauth)(=)(none|neutral|temperror|policy|timeout|ignore)\b`,
      captures: {
        1: { name: "keyword.other.auth-method.email-header" },
        2: { name: "punctuation.separator.email-header" },
        3: { name: "markup.inserted.auth-pass.email-header" },
        4: { name: "keyword.other.auth-method.email-header" },
        5: { name: "punctuation.separator.email-header" },
        6: { name: "markup.deleted.auth-fail.email-header" },
        7: { name: "keyword.other.auth-method.email-header" },
        8: { name: "punctuation.separator.email-header" },
        9: { name: "markup.changed.auth-other.email-header" },
      },
    },
    address: {
      match: String.raw`[A-Za-z0-9.!#$%&'*+/=?^_\`{|}~-]+@[A-Za-z0-9.-]+`,
      name: "string.other.address.email-header",
    },
    ip: {
      match: `${ipv4}|${ipv6}`,
      name: "constant.numeric.ip-address.email-header",
    },
    date: {
      match: String.raw`\b(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun),\s+)?\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\s+\d{2,4}\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s+[+-]\d{4})?`,
      name: "constant.other.date.email-header",
    },
    "received-keyword": {
      match: String.raw`(?<=^|\s)(from|by|with|id|for|via)(?=\s)`,
      name: "keyword.other.received.email-header",
    },
    masked: {
      match: String.raw`\*{3,}|＊{3,}|\[(?:伏せ字|redacted|masked)\]`,
      name: "comment.other.masked.email-header",
    },
    comment: {
      begin: String.raw`\(`,
      end: String.raw`\)|$`,
      name: "comment.block.email-header",
      patterns: [{ include: "#ip" }, { include: "#address" }, { include: "#masked" }],
    },
    quoted: {
      begin: '"',
      end: '"|$',
      name: "string.quoted.double.email-header",
      patterns: [{ include: "#encoded-word" }],
    },
  },
};
