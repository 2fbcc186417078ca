/** A Date header in the future: such mails sort to the top of the inbox, a known spam trick. */
import { finding } from "./helpers.ts";
import type { MailRule } from "./types.ts";

/** Dates this many seconds ahead of now are pointed out (a day covers any time-zone mistake). */
export const FUTURE_DATE_SECONDS = 24 * 60 * 60;

export const futureDate: MailRule = {
  id: "future-date",
  description: "Date（送信日時）が未来の日付になっている",
  check(mail, { now }) {
    const written = mail.date?.date;
    if (!written || written.getTime() - now.getTime() <= FUTURE_DATE_SECONDS * 1000) return [];
    return [
      finding(
        mail,
        this.id,
        "low",
        "Date が未来の日時になっています。受信箱の先頭に表示させるための細工の可能性があります。",
        "Date",
      ),
    ];
  },
};
