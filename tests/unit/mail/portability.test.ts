/** The mail library must run in the browser too: no `node:*`, no Astro, no Node globals. */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const LIB = join(import.meta.dirname, "..", "..", "..", "src", "lib", "mail");

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sources(join(dir, entry.name)) : entry.name.endsWith(".ts") ? [join(dir, entry.name)] : [],
  );
}

describe("src/lib/mail is browser-safe", () => {
  const files = sources(LIB);
  it("has modules", () => {
    expect(files.length).toBeGreaterThan(15);
  });
  it.each(files.map((f) => [f.slice(LIB.length + 1), f]))(
    "%s imports no node:*, astro or Node globals",
    (_name, file) => {
      const code = readFileSync(file, "utf8").replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, "");
      expect(code).not.toMatch(/from\s+["'](node:|astro)/);
      expect(code).not.toMatch(/\b(process|Buffer|require)\s*[.(]/);
      expect(code).not.toMatch(/:\s*any\b|as any\b/);
    },
  );
});
