/** `latin1FromBytes` gives one character per byte, of the same number, whatever the bytes. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bytesFromLatin1, latin1FromBytes } from "../../../src/lib/mail/charset.ts";

const oneByOne = (bytes: Uint8Array) => Array.from(bytes, (b) => String.fromCharCode(b)).join("");

describe("latin1FromBytes", () => {
  it("maps every byte to the character of the same number (0x80–0x9F too, unlike windows-1252)", () => {
    const all = Uint8Array.from({ length: 256 }, (_, i) => i);
    expect(latin1FromBytes(all)).toBe(oneByOne(all));
    expect(latin1FromBytes(new Uint8Array([0x80, 0x41]))).toBe("\u0080A");
    expect(latin1FromBytes(new Uint8Array())).toBe("");
  });
  it("agrees with one character per byte on random and long bytes, and round-trips", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 3000 }), (bytes) => {
        expect(latin1FromBytes(bytes)).toBe(oneByOne(bytes));
        expect(bytesFromLatin1(latin1FromBytes(bytes))).toEqual(bytes);
      }),
      { numRuns: 300 },
    );
    const long = Uint8Array.from({ length: 70_000 }, (_, i) => (i * 7) % 256);
    expect(latin1FromBytes(long)).toBe(oneByOne(long));
    const ascii = Uint8Array.from({ length: 70_000 }, (_, i) => 0x20 + (i % 90));
    expect(latin1FromBytes(ascii)).toBe(oneByOne(ascii));
  });
});
