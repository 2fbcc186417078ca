import { describe, expect, it } from "vitest";
import { getHeader, getHeaders, parseHeaderFields, splitMessage } from "../../../src/lib/mail/headers.ts";

describe("splitMessage", () => {
  it("cuts at the first empty line (CRLF or LF) and keeps the body", () => {
    const crlf = splitMessage("A: 1\r\nB: 2\r\n\r\nbody\r\n\r\nmore");
    expect(crlf.headerText).toBe("A: 1\r\nB: 2\r\n");
    expect(crlf.body).toBe("body\r\n\r\nmore");
    const lf = splitMessage("A: 1\n\nbody");
    expect(lf).toEqual({ headerText: "A: 1\n", body: "body", bodyIsBinary: false, separated: true });
  });

  it("takes input without an empty line as headers only", () => {
    expect(splitMessage("A: 1\nB: 2").headerText).toBe("A: 1\nB: 2");
  });

  it("reads raw 8-bit header bytes as UTF-8 where valid and U+FFFD where not", () => {
    const bytes = new Uint8Array([...new TextEncoder().encode("Subject: お"), 0xff, 0x0a, 0x0a, 0x82, 0xa8]);
    const split = splitMessage(bytes);
    expect(split.headerText).toBe("Subject: お\uFFFD\n");
    expect(split.bodyIsBinary).toBe(true);
    expect(split.body).toBe("\u0082\u00a8");
  });
});

describe("parseHeaderFields", () => {
  it("unfolds by deleting CR/LF only: the TAB or space that follows stays", () => {
    const [field] = parseHeaderFields("Subject: [Osst-users]\r\n\tお客様\r\n  x \r\n");
    expect(field?.value).toBe("[Osst-users]\tお客様  x ");
    expect(field?.lines).toEqual(["Subject: [Osst-users]", "\tお客様", "  x "]);
    expect(field?.lineIndex).toBe(0);
  });

  it("keeps line indexes, names as written and duplicate fields in order", () => {
    const fields = parseHeaderFields("Received: a\n b\nreceived: c\nFrom: x\n");
    expect(fields.map((f) => [f.name, f.lineIndex])).toEqual([
      ["Received", 0],
      ["received", 2],
      ["From", 3],
    ]);
    expect(getHeaders(fields, "RECEIVED").map((f) => f.value)).toEqual(["a b", "c"]);
    expect(getHeader(fields, "from")?.value).toBe("x");
    expect(getHeader(fields, "To")).toBeUndefined();
  });

  it("keeps a line without a colon (an mbox From line) as a nameless field", () => {
    const fields = parseHeaderFields("From someone Mon Jan 1\nSubject: x\n");
    expect(fields[0]?.name).toBe("");
    expect(fields[1]?.name).toBe("Subject");
  });
});
