/**
 * RFC 5322 dates (`Sun, 4 Aug 2024 22:57:49 +0000`) with the obsolete forms seen in real mail:
 * two-digit years, zone names (GMT, EST…), a missing day name, comments such as `(UTC)`.
 * A date with zone `-0000`, an unknown zone name or none is "naive" and taken as UTC.
 */

/** A parsed date. */
export interface MailDate {
  date: Date;
  /** True when the text gave no usable zone (`-0000`, no zone, unknown name) and UTC was assumed. */
  naive: boolean;
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/** Zone names Python's `email.utils` knows, in minutes east of UTC. */
const ZONE_NAMES: Readonly<Record<string, number>> = {
  ut: 0,
  utc: 0,
  gmt: 0,
  z: 0,
  ast: -240,
  adt: -180,
  est: -300,
  edt: -240,
  cst: -360,
  cdt: -300,
  mst: -420,
  mdt: -360,
  pst: -480,
  pdt: -420,
};

const DATE_PATTERN =
  /(\d{1,2})[\s-]+([a-z]{3})[a-z]*\.?[\s-]+(\d{2,4}),?\s+(\d{1,2}):(\d{1,2})(?::(\d{1,2})(?:\.\d+)?)?(?:\s*([+-]\d{4}|[+-]\d{2}:\d{2}|[a-z]{1,5})\b)?/;
const MONTH_FIRST_PATTERN =
  /([a-z]{3})[a-z]*\.?\s+(\d{1,2}),?\s+(\d{2,4}),?\s+(\d{1,2}):(\d{1,2})(?::(\d{1,2}))?(?:\s*([+-]\d{4}|[a-z]{1,5})\b)?/;
const MONTH_FIRST_TIME_YEAR =
  /([a-z]{3})[a-z]*\s+(\d{1,2})\s+(\d{1,2}):(\d{1,2})(?::(\d{1,2}))?\s+(?:([+-]\d{4}|[a-z]{1,5})\s+)?(\d{4})/;
const ISO_PATTERN = /(\d{4})-(\d{2})-(\d{2})[t\s](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(z|[+-]\d{2}:?\d{2})?/;

function zoneMinutes(zone: string | undefined): number | null {
  if (!zone) return null;
  const numeric = /^([+-])(\d{2}):?(\d{2})$/.exec(zone);
  if (numeric) {
    const minutes = Number(numeric[2]) * 60 + Number(numeric[3]);
    if (numeric[1] === "-" && minutes === 0) return null; // -0000: "no information"
    return numeric[1] === "-" ? -minutes : minutes;
  }
  return ZONE_NAMES[zone] ?? null;
}

function fullYear(text: string): number {
  const year = Number(text);
  if (text.length <= 2) return year > 68 ? 1900 + year : 2000 + year;
  if (text.length === 3) return 1900 + year;
  return year;
}

function build(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
  zone: string | undefined,
): MailDate | null {
  if (month < 0 || month > 11 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 59) return null;
  const utc = Date.UTC(year, month, day, hour, minute, second);
  const check = new Date(utc);
  if (check.getUTCDate() !== day) return null; // 31 Feb and the like
  const offset = zoneMinutes(zone);
  return { date: new Date(utc - (offset ?? 0) * 60_000), naive: offset === null };
}

/** Parses a Date header (or the date part of a Received header); null when it holds no date. */
export function parseMailDate(value: string): MailDate | null {
  const text = value
    .slice(0, 300)
    .toLowerCase()
    .replace(/\([^()]*\)/g, " ");
  const dayFirst = DATE_PATTERN.exec(text);
  if (dayFirst) {
    const month = MONTHS.indexOf(dayFirst[2] ?? "");
    if (month >= 0) {
      return build(
        fullYear(dayFirst[3] ?? ""),
        month,
        Number(dayFirst[1]),
        Number(dayFirst[4]),
        Number(dayFirst[5]),
        Number(dayFirst[6] ?? 0),
        dayFirst[7],
      );
    }
  }
  const monthFirst = MONTH_FIRST_PATTERN.exec(text);
  if (monthFirst) {
    const month = MONTHS.indexOf(monthFirst[1] ?? "");
    if (month >= 0) {
      return build(
        fullYear(monthFirst[3] ?? ""),
        month,
        Number(monthFirst[2]),
        Number(monthFirst[4]),
        Number(monthFirst[5]),
        Number(monthFirst[6] ?? 0),
        monthFirst[7],
      );
    }
  }
  const ctime = MONTH_FIRST_TIME_YEAR.exec(text);
  if (ctime) {
    const month = MONTHS.indexOf(ctime[1] ?? "");
    if (month >= 0) {
      return build(
        Number(ctime[7]),
        month,
        Number(ctime[2]),
        Number(ctime[3]),
        Number(ctime[4]),
        Number(ctime[5] ?? 0),
        ctime[6],
      );
    }
  }
  const iso = ISO_PATTERN.exec(text);
  if (iso) {
    const zone = iso[7] === "z" ? "+0000" : iso[7];
    return build(
      Number(iso[1]),
      Number(iso[2]) - 1,
      Number(iso[3]),
      Number(iso[4]),
      Number(iso[5]),
      Number(iso[6] ?? 0),
      zone,
    );
  }
  return null;
}

/** ISO 8601 in UTC without milliseconds: `2024-08-04T22:57:49Z`. */
export function toIsoSeconds(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, "Z");
}
