import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { tokeniseHeaders, type HeaderToken } from "../../../src/lib/highlight/header-tokens.ts";

const kindsOf = (line: HeaderToken[], kind: string) => line.filter((t) => t.kind === kind).map((t) => t.text);

describe("tokeniseHeaders", () => {
  const sample = [
    'From: "American Express" <info@auccwallt.top>',
    "Received: from unknown (HELO mail) ([163.43.131.56])",
    "\tby mx.example with ESMTP id abc; Fri, 20 Nov 2026 10:00:00 +0900",
    "Authentication-Results: mx.example; spf=fail smtp.mailfrom=xdsndkpbg.com; dkim=none; dmarc=pass",
    "Subject: =?UTF-8?B?44OG44K544OI?=",
    "To: ********@********",
    "Received: from a (2001:db8::1) by b",
  ].join("\r\n");
  const lines = tokeniseHeaders(sample);

  it("keeps every line's text unchanged", () => {
    expect(lines.map((l) => l.map((t) => t.text).join(""))).toEqual(sample.split("\r\n"));
  });
  it("marks header names, addresses, IPs and dates", () => {
    expect(kindsOf(lines[0]!, "name")).toEqual(["From"]);
    expect(kindsOf(lines[0]!, "address")).toEqual(["info@auccwallt.top"]);
    expect(kindsOf(lines[1]!, "ip")).toEqual(["163.43.131.56"]);
    expect(kindsOf(lines[2]!, "date")).toEqual(["Fri, 20 Nov 2026 10:00:00 +0900"]);
    expect(kindsOf(lines[2]!, "keyword")).toEqual(expect.arrayContaining(["by", "with", "id"]));
    expect(kindsOf(lines[6]!, "ip")).toEqual(["2001:db8::1"]);
  });
  it("tells passing from failing verdicts", () => {
    expect(kindsOf(lines[3]!, "fail")).toEqual(["fail"]);
    expect(kindsOf(lines[3]!, "pass")).toEqual(["pass"]);
    expect(kindsOf(lines[3]!, "neutral")).toEqual(["none"]);
  });
  it("marks encoded words and masked text", () => {
    expect(kindsOf(lines[4]!, "encoded")).toEqual(["=?UTF-8?B?44OG44K544OI?="]);
    expect(kindsOf(lines[5]!, "masked")).toEqual(["********", "********"]);
  });
  it("never throws and never loses text on arbitrary input", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (s) => {
        const out = tokeniseHeaders(s);
        expect(out.map((l) => l.map((t) => t.text).join("")).join("\n")).toBe(s.replace(/\r\n?/g, "\n"));
      }),
      { numRuns: 200 },
    );
  });
  it("shows a very long line plain instead of tokenising it", () => {
    const long = `X-Junk: ${"a".repeat(100_000)}`;
    expect(tokeniseHeaders(long)).toEqual([[{ text: long, kind: "plain" }]]);
  });
});
