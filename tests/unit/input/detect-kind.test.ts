import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { detectInputKind } from "../../../src/lib/input/detect-kind.ts";

const kind = (input: string | Uint8Array) => detectInputKind(input).kind;
const amex = readFileSync(
  new URL("../../../content/posts/2026-11-amex-suspension-lifted/headers.eml", import.meta.url),
);

describe("detectInputKind", () => {
  it("tells a whole mail from its headers only", () => {
    const headers = amex.toString("utf8").trimEnd();
    expect(kind(headers)).toBe("headers");
    expect(kind(`${headers}\r\n\r\n本文です。`)).toBe("mail");
    expect(kind(new Uint8Array(amex))).toBe("headers");
    expect(kind("From: a@example.com\nSubject: hi\n\nbody")).toBe("mail");
    expect(kind("Received: from x by y; Mon, 1 Jan 2024 00:00:00 +0000")).toBe("headers");
  });

  it("reads an SMS, a LINE message or a body as text", () => {
    expect(
      kind(
        "【佐川急便】お荷物のお届けにあがりましたが不在の為持ち帰りました。下記よりご確認ください。 http://sagawa-exz.com/ja",
      ),
    ).toBe("text");
    expect(kind("お世話になっております。\n\nご請求金額のお知らせです。\nhttps://example.com/")).toBe("text");
    expect(kind("From: 佐川急便")).toBe("text");
    expect(kind("注意: 明日は雨です\n件名: テスト")).toBe("text");
  });

  it("reads a list of addresses as urls", () => {
    expect(kind("https://sagawa-exz.com/ja")).toBe("urls");
    expect(kind("  bit.ly/abc\n・hxxps://evil[.]example[.]com/login  ")).toBe("urls");
    expect(kind("ｈｔｔｐｓ：／／ｅｘａｍｐｌｅ．ｃｏｍ")).toBe("urls");
  });

  it("recognises an Outlook .msg file by its first bytes", () => {
    expect(kind(new Uint8Array(readFileSync(new URL("../../fixtures/msg/ansi-cp932.msg", import.meta.url))))).toBe(
      "msg",
    );
  });

  it("names binary files that are not mails", () => {
    expect(detectInputKind(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 1]))).toEqual({
      kind: "binary",
      binaryType: "zip",
    });
    expect(detectInputKind(new TextEncoder().encode("%PDF-1.7\n"))).toEqual({ kind: "binary", binaryType: "pdf" });
    expect(detectInputKind(new Uint8Array([1, 2, 3, 0, 5]))).toEqual({ kind: "binary", binaryType: "unknown" });
  });

  it("treats white space as empty", () => {
    expect(kind("  \n\t ")).toBe("empty");
    expect(kind(new Uint8Array())).toBe("empty");
  });

  it("never throws", () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => void detectInputKind(bytes)));
    fc.assert(fc.property(fc.string({ maxLength: 300 }), (text) => void detectInputKind(text)));
  });
});
