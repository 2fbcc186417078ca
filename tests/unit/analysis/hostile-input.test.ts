import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyzeInput } from "../../../src/lib/analysis/index.ts";
import { readMsg } from "../../../src/lib/msg/read-msg.ts";
import { testBrands } from "../text/brands.ts";

const check = (input: string | Uint8Array) => analyzeInput(input, testBrands, { readMsg });
const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

describe("analyzeInput on hostile input", () => {
  it("never throws on any bytes or text, and every string it returns is plain data", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 500 }), fc.uint8Array({ maxLength: 500 })), (input) => {
        const result = check(input);
        expect(typeof result.kind).toBe("string");
      }),
      { numRuns: 300 },
    );
  });

  it("never throws on bytes that start like an Outlook file", () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 0, maxLength: 4000 }), (rest) => {
        const result = check(Uint8Array.from([...CFB, ...rest]));
        expect(result.kind).toBe("msg");
      }),
      { numRuns: 100 },
    );
  });

  it("never shows a scheme a browser would follow, whatever the text", () => {
    const text = fc
      .array(
        fc.constantFrom(
          "https://",
          "ｈｔｔｐｓ：／／",
          "hxxps://",
          "evil",
          "[.]",
          ".",
          "com",
          "/",
          " ",
          "【佐川急便】",
          "不在",
          "<a href=x>",
          "</a>",
        ),
        { maxLength: 20 },
      )
      .map((p) => p.join(""));
    fc.assert(
      fc.property(text, (t) => {
        const result = check(t);
        for (const link of result.links) expect(link.defanged).not.toMatch(/https?:\/\//i);
        for (const block of result.body?.blocks ?? [])
          for (const inline of block.inlines) {
            if (inline.kind === "text") expect(inline.text).not.toMatch(/https?:\/\/[^\s]/i);
            if (inline.kind === "link") expect(inline.target).not.toMatch(/https?:\/\//i);
          }
      }),
      { numRuns: 300 },
    );
  });

  it("reads each .msg fixture cut short at any point without throwing", () => {
    const bytes = new Uint8Array(readFileSync(new URL("../../fixtures/msg/msg-in-msg.msg", import.meta.url)));
    for (let cut = 512; cut < bytes.length; cut += 4096) check(bytes.subarray(0, cut));
  });

  it("reads the start of 50 MB of pasted text, says so, and still answers", () => {
    const line = "【佐川急便】お荷物のお届けにあがりましたが不在の為持ち帰りました。 http://sagawa-exz.com/ja\n";
    const huge = line.repeat(Math.ceil((50 * 1024 * 1024) / line.length));
    const result = check(huge);
    expect(result.problem).toBeNull();
    expect(result.notChecked.join("")).toContain("先頭の 2 MB だけを調べました");
    expect(result.verdict.level).toBe("danger");
  }, 30_000);

  it("caps 10,000 addresses and 50,000 nested HTML elements without throwing", () => {
    const urls = Array.from({ length: 10_000 }, (_, i) => `https://evil-${i}.example.top/p`).join("\n");
    const many = check(urls);
    expect(many.links.length).toBeLessThanOrEqual(30);
    expect(many.linksOmitted).toBeGreaterThan(0);
    const nested = `From: a@b.example\r\nContent-Type: text/html\r\n\r\n${"<div>".repeat(50_000)}不在の為持ち帰りました${"</div>".repeat(50_000)}`;
    const deep = check(nested);
    expect(deep.problem).toBeNull();
    expect(deep.tactics.map((t) => t.id)).toContain("delivery-failure");
  }, 30_000);
});
