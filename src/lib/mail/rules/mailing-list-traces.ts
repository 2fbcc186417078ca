/**
 * A mail that came through a mailing list: says which traces are the list's (Return-Path, the
 * newest Received hops, the subject tag, the footer, a rewritten From) and where the sender is.
 */
import { defang } from "../../url/defang.ts";
import { finding } from "./helpers.ts";
import type { MailRule } from "./types.ts";

export const mailingListTraces: MailRule = {
  id: "mailing-list",
  description: "メーリングリストを通って届いた（リストが書き換えた部分と、元の送信者の手がかり）",
  check(mail, { mailingList: list }) {
    if (!list) return [];
    const parts = [
      list.returnPathIsList ? "Return-Path" : null,
      "新しい側の Received",
      list.subjectTag ? `件名の ${list.subjectTag}` : null,
      list.hasFooter ? "本文の末尾の案内" : null,
      list.fromRewritten ? "From（「〜 via リスト名」）" : null,
    ].filter((p): p is string => p !== null);
    const sender = list.originalFrom?.address ? defang(list.originalFrom.address) : null;
    const envelope = list.originalEnvelopeFrom ? defang(list.originalEnvelopeFrom) : null;
    const origin = [
      sender ? `元の差出人は ${sender}${list.fromRewritten ? "（Reply-To）" : ""}` : null,
      envelope && envelope !== sender ? `リストが受け取ったときの送信者（envelope-from）は ${envelope}` : null,
    ].filter((p): p is string => p !== null);
    const removed = list.removedParts
      ? "リストが本文の一部（HTML など）を取り除いているため、元のリンクが残っていないことがあります。"
      : "";
    return [
      finding(
        mail,
        this.id,
        "info",
        `メーリングリスト ${defang(list.id)} を通って届いたメールです。${parts.join("・")}はリストが付けたもので、送り主のものではありません。${origin.length > 0 ? `${origin.join("、")}です。` : ""}${removed}`,
        "List-Id",
      ),
    ];
  },
};
