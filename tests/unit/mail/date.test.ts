import { describe, expect, it } from "vitest";
import { parseMailDate, toIsoSeconds } from "../../../src/lib/mail/date.ts";

const iso = (text: string): string | null => {
  const parsed = parseMailDate(text);
  return parsed ? toIsoSeconds(parsed.date) : null;
};

describe("parseMailDate", () => {
  it.each([
    ["Sun, 4 Aug 2024 22:57:49 +0000", "2024-08-04T22:57:49Z"],
    ["Sat, 19 Jun 2021 10:59:23 +0800", "2021-06-19T02:59:23Z"],
    ["Tue, 15 Jul 2025 14:41:30 -0700 (PDT)", "2025-07-15T21:41:30Z"],
    ["4 Aug 2024 22:57 GMT", "2024-08-04T22:57:00Z"],
    ["Mon, 01 Jan 24 09:00:00 EST", "2024-01-01T14:00:00Z"],
    ["Mon, 01 Jan 99 09:00:00 +0900", "1999-01-01T00:00:00Z"],
    ["Thu, 16 Feb 2023 17:40:35.123 +0000", "2023-02-16T17:40:35Z"],
    ["Wed Jan 31 2024 10:00:00 +0900", "2024-01-31T01:00:00Z"],
    ["2024-03-01T12:00:00+09:00", "2024-03-01T03:00:00Z"],
  ])("%s", (text, expected) => {
    expect(iso(text)).toBe(expected);
  });

  it("takes a missing zone, -0000 or an unknown name as UTC and says so", () => {
    expect(parseMailDate("Sat, 1 Apr 2023 00:32:18")).toMatchObject({ naive: true });
    expect(iso("Sat, 1 Apr 2023 00:32:18")).toBe("2023-04-01T00:32:18Z");
    expect(parseMailDate("Sat, 1 Apr 2023 00:32:18 -0000")?.naive).toBe(true);
    expect(parseMailDate("Sat, 1 Apr 2023 00:32:18 +0000")?.naive).toBe(false);
  });

  it("gives null for text without a date or an impossible one", () => {
    expect(parseMailDate("")).toBeNull();
    expect(parseMailDate("tomorrow")).toBeNull();
    expect(parseMailDate("31 Feb 2024 10:00:00 +0000")).toBeNull();
    expect(parseMailDate("1 Jan 2024 25:00:00 +0000")).toBeNull();
  });
});
