/**
 * The CLI's report is the site's breakdown in a terminal: every label, severity word, time and delay
 * it prints is the view model's own (src/lib/breakdown/), for real fixture mails.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { analyzeInput } from "../../../src/lib/analysis/index.ts";
import { loadBrands } from "../../../src/lib/brand/registry.node.ts";
import { breakdownLines } from "../../../src/cli/terminal-breakdown.ts";

const brands = loadBrands();
const fixture = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../../fixtures/emails/${name}.eml`, import.meta.url)));

describe("breakdownLines", () => {
  for (const name of ["e18e1a17e725", "b6ace0d57385", "9488290e1b5d"]) {
    it(`prints the view model of ${name} word for word`, () => {
      const model = analyzeInput(fixture(name), brands).mail!.breakdown;
      const text = breakdownLines(model, false).join("\n");
      for (const flag of model.flags) expect(text).toContain(`[${flag.severityLabel}] ${flag.message}`);
      for (const row of model.summary) expect(text).toContain(row.label);
      for (const hop of model.hops) {
        if (hop.time) expect(text).toContain(hop.time);
        if (hop.delay) expect(text).toContain(hop.delay);
      }
      for (const a of model.auth) expect(text).toContain(`${a.method} ${a.label}`);
      expect(text).toContain(model.authNote);
      expect(text).not.toContain("\u001b[");
    });
  }
  it("colours on a TTY only", () => {
    const model = analyzeInput(fixture("b6ace0d57385"), brands).mail!.breakdown;
    expect(breakdownLines(model, true).join("\n")).toContain("\u001b[");
  });
});
