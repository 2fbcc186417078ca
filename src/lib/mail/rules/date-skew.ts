/** A Date header far from the time the first server received the mail. */
import { finding } from "./helpers.ts";
import type { MailRule } from "./types.ts";

/** Differences above this many seconds are pointed out. */
export const DATE_SKEW_SECONDS = 2 * 60 * 60;
/** When the Date has no zone (taken as UTC), time-zone offsets up to ±14 h are not suspicious. */
export const NAIVE_DATE_SKEW_SECONDS = 26 * 60 * 60;

function describe(seconds: number): string {
  const abs = Math.abs(seconds);
  if (abs >= 86_400) return `${Math.round(abs / 86_400)}日`;
  return `${Math.round(abs / 3600)}時間`;
}

export const dateSkew: MailRule = {
  id: "date-skew",
  description: "Date（送信日時）が最初のサーバーの受信時刻から大きくずれている",
  check(mail, { hops }) {
    const written = mail.date?.date;
    const firstHop = hops.find((hop) => hop.date !== null)?.date;
    if (!written || !firstHop) return [];
    const seconds = Math.round((firstHop.getTime() - written.getTime()) / 1000);
    if (Math.abs(seconds) <= (mail.date?.naive ? NAIVE_DATE_SKEW_SECONDS : DATE_SKEW_SECONDS)) return [];
    const direction = seconds > 0 ? "前" : "後";
    return [
      finding(
        mail,
        this.id,
        "medium",
        `Date の日時は、最初のサーバーが受け取った時刻より${describe(seconds)}${direction}になっています。`,
        "Date",
      ),
    ];
  },
};
