import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { attachedMessages } from "../../../src/lib/forward/attached.ts";
import { findInlineForward, inlineForwardAsMail } from "../../../src/lib/forward/inline.ts";
import { parseMail } from "../../../src/lib/mail/parse.ts";

const inner = "From: evil@evil.example\r\nSubject: 元の件名\r\n\r\n元の本文\r\n";
function outer(part: string): string {
  return `From: me@example.jp\r\nContent-Type: multipart/mixed; boundary="x"\r\n\r\n--x\r\nContent-Type: text/plain\r\n\r\n転送します\r\n--x\r\n${part}\r\n--x--\r\n`;
}

describe("attachedMessages", () => {
  it("finds a message/rfc822 part as written", () => {
    const found = attachedMessages(outer(`Content-Type: message/rfc822\r\n\r\n${inner}`));
    expect(found).toHaveLength(1);
    expect(new TextDecoder().decode(found[0]?.bytes)).toContain("From: evil@evil.example");
  });

  it("finds a base64 .eml attachment and undoes the encoding, also from bytes", () => {
    const b64 = Buffer.from(inner).toString("base64");
    const mail = outer(
      `Content-Type: application/octet-stream; name="fwd.eml"\r\nContent-Transfer-Encoding: base64\r\nContent-Disposition: attachment; filename="fwd.eml"\r\n\r\n${b64}`,
    );
    for (const input of [mail, new TextEncoder().encode(mail)]) {
      const [found] = attachedMessages(input);
      expect(found?.filename).toBe("fwd.eml");
      expect(parseMail(found?.bytes ?? new Uint8Array()).subject).toBe("元の件名");
    }
  });

  it("finds nothing in a mail without attached mails, and never throws", () => {
    expect(attachedMessages(inner)).toEqual([]);
    expect(attachedMessages(outer("Content-Type: application/pdf; name=a.pdf\r\n\r\nJVBERi0="))).toEqual([]);
    fc.assert(fc.property(fc.string({ maxLength: 300 }), (s) => void attachedMessages(outer(s))));
  });
});

describe("findInlineForward", () => {
  it.each([
    [
      "---------- Forwarded message ---------\nFrom: Amazon <info@evil.example>\nDate: Mon, 1 Jan 2024 00:00:00 +0000\nSubject: 停止\nTo: <me@example.jp>\n\n本文",
    ],
    [
      "-----Original Message-----\nFrom: Amazon [mailto:info@evil.example]\nSent: Monday, January 1, 2024 9:00 AM\nTo: me\nSubject: 停止\n\n本文",
    ],
    ["----- 転送メッセージ -----\n差出人: Amazon <info@evil.example>\n日付: 2024/01/01 9:00\n件名: 停止\n\n本文"],
    ["Begin forwarded message:\n\nFrom: Amazon <info@evil.example>\nSubject: 停止\n\n本文"],
    [
      "________________________________\nFrom: Amazon <info@evil.example>\nSent: 2024年1月1日 9:00\nSubject：停止\n\n本文",
    ],
    ["> ---------- Forwarded message ---------\n> From: Amazon <info@evil.example>\n> Subject: 停止\n>\n> 本文"],
  ])("reads the quoted headers and body: %s", (text) => {
    const forward = findInlineForward(`見てください\n\n${text}`);
    expect(forward?.subject).toBe("停止");
    expect(forward?.body).toBe("本文");
    const mail = parseMail(inlineForwardAsMail(forward!));
    expect(mail.from?.address).toBe("info@evil.example");
    expect(mail.from?.name).toBe("Amazon");
  });

  it("needs a marker and a quoted sender", () => {
    expect(findInlineForward("From: a@b.example\nSubject: x\n\nbody")).toBeNull();
    expect(findInlineForward("---------- Forwarded message ---------\n本文だけ")).toBeNull();
  });

  it("cannot inject headers through a quoted value", () => {
    const forward = findInlineForward("-----Original Message-----\nFrom: a@b.example\nSubject: x\n\nbody");
    const mail = inlineForwardAsMail({ ...forward!, subject: "x\r\nReply-To: evil@evil.example" });
    expect(parseMail(mail).replyTo).toBeNull();
  });
});
