/** Formats a date as the site shows it, in Japan time: `2026年11月20日`. */
export function formatJaDate(date: Date): string {
  return new Intl.DateTimeFormat("ja-JP", {
    timeZone: "Asia/Tokyo",
    year: "numeric",
    month: "long",
    day: "numeric",
  }).format(date);
}

/** The same date as `YYYY-MM-DD` in Japan time, for `<time datetime>`. */
export function isoDateJst(date: Date): string {
  return new Intl.DateTimeFormat("sv-SE", { timeZone: "Asia/Tokyo" }).format(date);
}
