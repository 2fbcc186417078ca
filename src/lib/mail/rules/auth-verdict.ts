/** Shared logic of the SPF, DKIM and DMARC rules. */
import type { ParsedMail } from "../parse.ts";
import { finding } from "./helpers.ts";
import type { Finding, MailRule, Severity } from "./types.ts";

type Method = "spf" | "dkim" | "dmarc";

const WHAT: Record<Method, string> = {
  spf: "送信元サーバーがそのドメインから送ることを許されているか",
  dkim: "メールの電子署名",
  dmarc: "差出人ドメインの送信ポリシー",
};

const FAIL_SEVERITY: Record<Method, Severity> = { spf: "medium", dkim: "medium", dmarc: "high" };

function check(mail: ParsedMail, id: string, method: Method): Finding[] {
  if (!mail.auth.header) return [];
  const verdict = mail.auth[method];
  const label = method.toUpperCase();
  if (!verdict)
    return [
      finding(
        mail,
        id,
        "low",
        `${label}（${WHAT[method]}）の検査結果が受信サーバーの記録にありません。`,
        "Authentication-Results",
      ),
    ];
  const result = verdict.result;
  if (result === "fail" || result === "softfail" || result === "permerror") {
    return [
      finding(
        mail,
        id,
        FAIL_SEVERITY[method],
        `${label}（${WHAT[method]}）の検査に失敗しています（${result}）。`,
        "Authentication-Results",
      ),
    ];
  }
  if (result === "none") {
    return [
      finding(
        mail,
        id,
        "low",
        `${label}（${WHAT[method]}）が設定されていないか、検査できませんでした（none）。`,
        "Authentication-Results",
      ),
    ];
  }
  return [];
}

/** A rule for one authentication method. */
export function authRule(method: Method): MailRule {
  const id = `${method}-result`;
  return {
    id,
    description: `${method.toUpperCase()} が fail・softfail・none、または結果がない`,
    check: (mail) => check(mail, id, method),
  };
}
