import { describe, expect, it } from "vitest";
import { isRawHeaderFile, rawHeaderPagePath } from "../../../src/lib/site/raw-header-page.ts";

describe("raw header pages", () => {
  it("are made for a post's header files", () => {
    expect(rawHeaderPagePath("2026-11-amex/headers.eml")).toBe("/headers/2026-11-amex/headers/");
    expect(rawHeaderPagePath("2026-11-amex/original.eml")).toBe("/headers/2026-11-amex/original/");
    expect(rawHeaderPagePath("2026-11-amex/headers-2.txt")).toBe("/headers/2026-11-amex/headers-2/");
  });
  it("are never made for a message's text (a body or an SMS), which only the safe view shows", () => {
    for (const name of ["body.txt", "sms.txt", "notes.txt", "body.html"]) expect(isRawHeaderFile(name)).toBe(false);
    expect(rawHeaderPagePath("2026-12-04-nta-sms-unpaid/sms.txt")).toBeNull();
  });
  it("refuse paths that leave the post's folder", () => {
    expect(rawHeaderPagePath("../x/headers.eml")).toBeNull();
    expect(rawHeaderPagePath("a/b/headers.eml")).toBeNull();
  });
});
