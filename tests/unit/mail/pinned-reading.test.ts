/**
 * Every fixture mail reads and analyses exactly as pinned (./pinned-reading.ts): a faster reader must
 * not change any output (issue 22).
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { digests, PINNED_FILE, pinnedOutputs } from "./pinned-reading.ts";

describe("pinned reading of the fixture mails", () => {
  const pinned = JSON.parse(readFileSync(PINNED_FILE, "utf8")) as Record<string, Record<string, string>>;
  const now = digests(pinnedOutputs());

  it("pins every fixture mail, each with all four outputs", () => {
    expect(Object.keys(now)).toEqual(Object.keys(pinned));
    expect(Object.keys(now).length).toBeGreaterThanOrEqual(60);
    for (const parts of Object.values(pinned))
      expect(Object.keys(parts)).toEqual(["analyzeMail", "reading", "unmasked", "analyzeInput"]);
  });

  it.each(Object.keys(pinned))("%s reads and analyses as pinned", (name) => {
    expect(now[name]).toEqual(pinned[name]);
  });
});
