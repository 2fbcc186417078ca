import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readMsg, type MsgItem } from "../../../src/lib/msg/read-msg.ts";

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../../fixtures/msg/${name}`, import.meta.url)));
function item(name: string): MsgItem {
  const result = readMsg(fixture(name));
  if (!result.ok) throw new Error(result.message);
  return result.item;
}

describe("readMsg", () => {
  it("reads a received mail's transport headers and HTML body (new Outlook)", () => {
    const msg = item("received-new-outlook.msg");
    expect(msg.transportHeaders).toMatch(/^Return-Path: <ku@digitaldolphins\.jp>/);
    expect(msg.transportHeaders).toContain("Received:");
    expect(msg.subject).toBe("Microsoft Outlook テスト メッセージ");
    expect(msg.senderEmail).toBe("ku@digitaldolphins.jp");
    expect(msg.html).toContain("この電子メール メッセージは");
    expect(msg.ansiEncoding).toBeNull();
  });

  it("decodes an ANSI item in its code page (CP932)", () => {
    const msg = item("ansi-cp932.msg");
    // 0x835E 0x8343 0x8367 0x838B in CP932 is タイトル.
    expect(msg.subject).toBe("日本語 Non Unicode タイトル");
    expect(msg.body).toContain("日本語 Non Unicode 本文");
    expect(msg.ansiEncoding).toBe("shift_jis");
    expect(msg.transportHeaders).toBeNull();
    expect(msg.recipientAddresses).toEqual(["xmailuser2@xmailserver.test"]);
  });

  it("opens an Outlook item attached inside another, and lists the other attachments", () => {
    const msg = item("msg-in-msg.msg");
    expect(msg.subject).toBe("I have attachments!");
    expect(msg.attachments.map((a) => [a.filename, a.contentType])).toEqual([
      [expect.stringContaining("Microsoft Outlook"), "application/vnd.ms-outlook"],
      ["green.png", "image/png"],
    ]);
    const inner = msg.embedded[0];
    expect(inner?.kind).toBe("msg");
    if (inner?.kind !== "msg") return;
    expect(inner.item.subject).toBe("Microsoft Outlook テスト メッセージ");
    expect(inner.item.transportHeaders).toMatch(/^Return-Path: <xmailuser@xmailserver\.test>/);
  });

  it("reads an item without transport headers: sender-less, its body with a URL", () => {
    const msg = item("html-link.msg");
    expect(msg.transportHeaders).toBeNull();
    expect(msg.subject).toBe("htmlLink");
    expect(msg.body).toContain("https://google.com/");
  });

  it("says so, without throwing, for a file that is not an Outlook item", () => {
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...new Array(600).fill(0)]);
    expect(readMsg(zip)).toEqual({ ok: false, message: expect.stringContaining(".msg ファイルとして読み取れません") });
    const header = fixture("html-link.msg").subarray(0, 2048);
    expect(readMsg(header).ok).toBe(false);
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => void readMsg(bytes)),
      { numRuns: 50 },
    );
  });

  it("reports a damaged item whose block chain loops, instead of following the loop", () => {
    // One byte of a real file set to 0 makes a chain of small blocks point back into itself: the
    // library followed it for 16 s until memory ran out (src/lib/msg/chain-guard.ts).
    const copy = fixture("msg-in-msg.msg").slice();
    copy[39984] = 0;
    expect(readMsg(copy)).toEqual({ ok: false, message: expect.stringContaining("読み取れませんでした") });
  });

  it("survives a damaged item (random bytes over a real one)", () => {
    const original = fixture("msg-in-msg.msg");
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(original.length - 1), fc.nat(255)), { maxLength: 40 }), (edits) => {
        const copy = original.slice();
        for (const [at, value] of edits) copy[at] = value;
        readMsg(copy);
      }),
      { numRuns: 40 },
    );
  });
});
