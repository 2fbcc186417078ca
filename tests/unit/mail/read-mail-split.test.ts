/**
 * `readMail` parses the masked header text with the body it already split off (issue 22), instead of
 * re-joining the two and splitting again: the result must be what the re-join gave. The earlier
 * readMail is kept below and both read the fixture mails and random messages (line endings of every
 * kind, byte order marks, headers only, 8-bit bytes, recipients to mask).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { splitMessage } from "../../../src/lib/mail/headers.ts";
import { parseMail } from "../../../src/lib/mail/parse.ts";
import { readMail, type ReadMail, type ReadMailOptions } from "../../../src/lib/mail/read-mail.ts";
import { recipientAddresses, redactHeaders } from "../../../src/lib/mail/redact.ts";
import { fixture, fixtureNames } from "./helpers.ts";

/** readMail as it was before issue 22's reading work. */
function before(input: string | Uint8Array, options: ReadMailOptions = {}): ReadMail {
  const split = splitMessage(input);
  const given = (options.redactAddresses ?? []).map((a) => a.toLowerCase());
  const revealed = recipientAddresses(split.headerText);
  const recipients = [...new Set([...revealed, ...given])];
  if (options.redact === false) return { mail: parseMail(input), redactions: [], recipients };
  const redacted = redactHeaders(split.headerText, { hosts: options.redactHosts ?? [], addresses: given, revealed });
  const separator = split.separated ? (/\r\n/.test(split.headerText) ? "\r\n" : "\n") : "";
  let source: string | Uint8Array = `${redacted.text}${separator}${split.body}`;
  if (split.bodyIsBinary) {
    const head = new TextEncoder().encode(redacted.text + separator);
    const out = new Uint8Array(head.length + split.body.length);
    out.set(head, 0);
    for (let i = 0; i < split.body.length; i++) out[head.length + i] = split.body.charCodeAt(i) & 0xff;
    source = out;
  }
  return { mail: parseMail(source), redactions: redacted.redactions, recipients };
}

const options: ReadMailOptions = { redactHosts: ["mx.example.jp"], redactAddresses: ["Other@Example.org"] };

describe("readMail without re-joining", () => {
  it("reads every fixture mail as the re-join did, masked and not", () => {
    for (const name of fixtureNames()) {
      const bytes = fixture(name);
      expect(readMail(bytes, options), name).toEqual(before(bytes, options));
      expect(readMail(bytes, { redact: false }), name).toEqual(before(bytes, { redact: false }));
      const text = new TextDecoder().decode(bytes);
      expect(readMail(text, options), name).toEqual(before(text, options));
    }
  });

  it("reads random messages as the re-join did", () => {
    const line = fc.oneof(
      fc.constantFrom(
        "To: taro@example.jp",
        "Cc: <other@example.org>, x@y.jp",
        "Received: from mx.example.jp by a.example for <taro@example.jp>; Mon, 1 Jan 2024 00:00:00 +0900",
        "From: =?UTF-8?B?5bGx55Sw?= <info@shop.example>",
        "Subject: taro@example.jp さん",
        "X-Note: taro=example.jp via mx.example.jp",
        " continued taro@example.jp",
        "\tmore",
        "no colon here",
        "",
        "\uFEFF",
        "\uFEFFSubject: mark",
        "本文 taro@example.jp",
      ),
      fc.string({ maxLength: 8 }),
    );
    const ending = fc.constantFrom("\r\n", "\n", "\r");
    const message = fc.array(fc.tuple(line, ending), { maxLength: 10 }).map((ls) => ls.map(([l, e]) => l + e).join(""));
    fc.assert(
      fc.property(message, fc.boolean(), fc.constantFrom(0, 1, 2, 3), (text, asBytes, marks) => {
        const withMarks = "\uFEFF".repeat(marks) + text;
        const input = asBytes ? new TextEncoder().encode(withMarks) : withMarks;
        expect(readMail(input, options)).toEqual(before(input, options));
        expect(readMail(input, { redact: false })).toEqual(before(input, { redact: false }));
      }),
      { numRuns: 1500 },
    );
  });
});
