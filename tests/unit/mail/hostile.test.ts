/**
 * Hostile input: binary, huge headers, long lines, broken encoded words, unknown charsets, markup.
 * The library must never throw and must stay roughly linear in time.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Brand } from "../../../src/lib/brand/brand.ts";
import { analyzeMail } from "../../../src/lib/reading/index.ts";
import { parseAddressList } from "../../../src/lib/mail/address.ts";
import { testBrand } from "./helpers.ts";
import { decodeEncodedWords } from "../../../src/lib/mail/encoded-words.ts";
import { findOriginIp } from "../../../src/lib/mail/origin-ip.ts";
import { parseReceived } from "../../../src/lib/mail/received.ts";
import { parseMailDate } from "../../../src/lib/mail/date.ts";

const BRANDS: Brand[] = [
  testBrand("american-express", {
    nameJa: "アメリカン・エキスプレス",
    nameEn: "American Express",
    aliases: ["AMEX"],
    mail: ["americanexpress.com"],
    web: ["americanexpress.com"],
  }),
];

/** Pieces that make parsers work hard, glued together at random. */
const FRAGMENTS = [
  "Received: from ",
  "From: ",
  "To: ",
  "Subject: ",
  "Return-Path: <",
  "Reply-To: ",
  "Date: ",
  "Message-ID: <",
  "Authentication-Results: ",
  "spf=fail",
  "dkim=",
  "Content-Type: multipart/mixed; boundary=b",
  "--b",
  "--b--",
  "Content-Transfer-Encoding: base64",
  "quoted-printable",
  "=?utf-8?B?",
  "=?iso-2022-jp?B?GyRC",
  "=?x-bogus?Q?=FF",
  "?=",
  "=?shift_jis?Q?=82",
  "[",
  "]",
  "(",
  ")",
  "<",
  ">",
  '"',
  "\\",
  "@",
  ",",
  ";",
  ":",
  "IPv6:",
  "::ffff:",
  "1.2.3.4",
  "2603:10b6::1",
  " by ",
  " with ",
  " id ",
  " for <",
  "Mon, 1 Jan 2024 00:00:00 +0000",
  "\r\n",
  "\n",
  "\r\n ",
  "\t",
  "\r\n\r\n",
  'href="http://',
  "https://x.example/",
  "<script>alert(1)</script>",
  "\u0000",
  "\uFFFD",
  "お客様",
  "AMEX",
];

const hostileText = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 80 }).map((parts) => parts.join(""));

function timed<T>(run: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = run();
  return { value, ms: performance.now() - start };
}

describe("never throws", () => {
  it("on arbitrary text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 400 }), (text) => void analyzeMail(text, { brands: BRANDS })),
      { numRuns: 300 },
    );
  });

  it("on arbitrary bytes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), (bytes) => void analyzeMail(bytes, { brands: BRANDS })),
      { numRuns: 300 },
    );
  });

  it("on header-like text built from tricky fragments, with and without masking", () => {
    fc.assert(
      fc.property(hostileText, fc.boolean(), (text, redact) => {
        const analysis = analyzeMail(text, { brands: BRANDS, redact, redactHosts: ["x.example"] });
        expect(Array.isArray(analysis.flags)).toBe(true);
        expect(analysis.headerLines.every((line) => typeof line.text === "string")).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it("in the small parsers on header-like text", () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        decodeEncodedWords(text);
        parseAddressList(text);
        parseReceived(text);
        parseMailDate(text);
        findOriginIp([text, text]);
      }),
      { numRuns: 500 },
    );
  });

  it("keeps the masked header section line for line", () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const plain = analyzeMail(text, { brands: [], redact: false });
        const masked = analyzeMail(text, { brands: [], redact: true });
        expect(masked.headerLines.length).toBe(plain.headerLines.length);
      }),
      { numRuns: 300 },
    );
  });
});

describe("examples", () => {
  it("keeps <script> in a subject as plain text", () => {
    const analysis = analyzeMail(
      "Subject: =?utf-8?Q?=3Cscript=3Ealert(1)=3C/script=3E?= <img src=x onerror=alert(1)>\n",
      { brands: [] },
    );
    expect(analysis.summary.subject).toBe("<script>alert(1)</script> <img src=x onerror=alert(1)>");
  });

  it("reads unterminated encoded words and unknown charsets without losing text", () => {
    const analysis = analyzeMail(
      "Subject: =?utf-8?B?44GK =?x-klingon?B?44GK?= end\nFrom: =?utf-8?Q?broken <a@b.example>\n",
      { brands: [] },
    );
    expect(analysis.summary.subject).toBe("=?utf-8?B?44GK お end");
    expect(analysis.summary.from?.address).toBe("a@b.example");
  });

  it("handles 5 MB of headers in reasonable time", () => {
    const line = "X-Filler: " + "a".repeat(70) + "\r\n";
    const big =
      "Received: from a (a [8.8.8.8]) by b; Mon, 1 Jan 2024 00:00:00 +0000\r\n" +
      line.repeat(Math.ceil((5 * 1024 * 1024) / line.length)) +
      "From: x@y.example\r\n\r\nbody";
    const { value, ms } = timed(() => analyzeMail(big, { brands: BRANDS }));
    expect(value.originIp).toBe("8.8.8.8");
    expect(value.summary.from?.address).toBe("x@y.example");
    expect(ms).toBeLessThan(15_000);
  }, 30_000);

  it.each([
    ["a 100 kB subject line", "Subject: " + "=?utf-8?B?44GK?= ".repeat(6000)],
    ["100 kB of [ in a Received header", "Received: from " + "[".repeat(100_000) + " by x"],
    ["100 kB of ( in a Received header", "Received: " + "(".repeat(100_000)],
    ['100 kB of < and " in From', "From: " + '<"'.repeat(50_000)],
    ["100 kB of =? in a Subject", "Subject: " + "=?".repeat(50_000)],
    ["100 kB of Authentication-Results", "Authentication-Results: " + "spf=pass a.b=c ".repeat(7000)],
    ["a 100 kB Date", "Date: " + "1 ".repeat(50_000)],
    ["100 kB of unclosed hrefs", "Content-Type: text/html\n\n" + '<a href="'.repeat(12_000)],
  ])("handles %s quickly", (_label, text) => {
    const { ms } = timed(() => analyzeMail(text, { brands: BRANDS }));
    expect(ms).toBeLessThan(3_000);
  });

  it("handles 1 MB of random bytes", () => {
    const bytes = new Uint8Array(1024 * 1024);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 2654435761) >>> 24;
    const { ms } = timed(() => analyzeMail(bytes, { brands: BRANDS }));
    expect(ms).toBeLessThan(10_000);
  }, 20_000);
});
