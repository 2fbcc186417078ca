import { describe, expect, it } from "vitest";
import { ansiCodePage, codePageLabel, decodeIn } from "../../../src/lib/msg/code-pages.ts";
import { msgToMail } from "../../../src/lib/msg/msg-to-mail.ts";
import type { MsgItem } from "../../../src/lib/msg/read-msg.ts";
import { parseMail } from "../../../src/lib/mail/parse.ts";

const base: MsgItem = {
  transportHeaders: null,
  subject: "ご請求",
  senderName: 'Amazon "Support"',
  senderEmail: "info@evil.example",
  date: new Date("2026-11-30T01:02:03Z"),
  messageId: "<1@evil.example>",
  recipientAddresses: ["taro@example.jp"],
  body: "本文 https://evil.example/",
  html: '<p><a href="https://evil.example/x">https://www.amazon.co.jp/</a></p>',
  attachments: [],
  embedded: [],
  ansiEncoding: null,
};

describe("msgToMail", () => {
  it("writes the item's own headers when it has no delivery record", () => {
    const mail = parseMail(msgToMail(base));
    expect(mail.from).toMatchObject({ name: 'Amazon "Support"', address: "info@evil.example" });
    expect(mail.subject).toBe("ご請求");
    expect(mail.date?.date.toISOString()).toBe("2026-11-30T01:02:03.000Z");
    expect(mail.received).toEqual([]);
    expect(mail.body.text).toContain("本文");
    expect(mail.body.urls).toEqual(["https://evil.example/", "https://evil.example/x", "https://www.amazon.co.jp/"]);
  });

  it("keeps the transport headers but replaces their MIME fields with its own body", () => {
    const transportHeaders =
      'Received: from x ([45.133.1.20]) by mx; Mon, 30 Nov 2026 10:00:00 +0900\r\nFrom: a@evil.example\r\nContent-Type: text/html;\r\n\tcharset="iso-2022-jp"\r\nContent-Transfer-Encoding: base64\r\nSubject: x\r\n';
    const mail = parseMail(msgToMail({ ...base, transportHeaders }));
    expect(mail.originIp).toBe("45.133.1.20");
    expect(mail.fields.filter((f) => /^content-transfer-encoding$/i.test(f.name))).toEqual([]);
    expect(mail.body.html).toContain("amazon.co.jp");
  });

  it("cannot be tricked into extra headers by a subject with line breaks", () => {
    const mail = parseMail(msgToMail({ ...base, subject: "x\r\nReply-To: evil@evil.example" }));
    expect(mail.replyTo).toBeNull();
  });
});

describe("code pages", () => {
  it("maps Windows code pages and locales to TextDecoder labels", () => {
    expect(codePageLabel(932)).toBe("shift_jis");
    expect(codePageLabel(65001)).toBe("utf-8");
    expect(codePageLabel(12345)).toBeNull();
    expect(ansiCodePage(undefined, 1041)).toBe(932);
    expect(ansiCodePage(1252, 1041)).toBe(1252);
    expect(ansiCodePage(undefined, undefined)).toBe(1252);
    expect(decodeIn(Uint8Array.from([0x93, 0xfa, 0x96, 0x7b]), "shift_jis")).toBe("日本");
    expect(decodeIn(Uint8Array.from([0x41]), "no-such-label")).toBe("A");
  });
});
