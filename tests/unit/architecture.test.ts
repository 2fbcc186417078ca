/**
 * The house rules of src/lib/ (issue 22), checked on every module's imports:
 * - every module lives in a folder named for its concern (none loose in src/lib/);
 * - Node's own modules (`node:fs`, `fs`, …) only in a file whose name ends in `.node.ts`, and only such
 *   files import one (the rest runs in the browser too);
 * - no Astro import (`astro`, `astro:*`, `.astro` files): the site's pages render what src/lib computes;
 * - a folder's public surface is its top-level modules: another folder imports those directly. A
 *   nested folder (mail/rules/, text/tactics/, url/suffix/) is its parent's own: from outside the
 *   parent only its `index.ts` (the registry) or `types.ts` is imported;
 * - no re-export barrels: an `index.ts` defines something of its own and re-exports nothing, so each
 *   thing is imported from the one module that defines it.
 */
import { readdirSync, readFileSync } from "node:fs";
import { builtinModules } from "node:module";
import { dirname, join, normalize, relative } from "node:path";
import { describe, expect, it } from "vitest";

const root = new URL("../..", import.meta.url).pathname;
const lib = join(root, "src/lib");

interface Module {
  /** Path from src/lib/, with forward slashes. */
  path: string;
  source: string;
}

/** Every import specifier of a module: static, side-effect, type-only, dynamic and re-exports. */
function specifiers(source: string): string[] {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, "").replace(/^\s*\/\/.*$/gm, "");
  return [
    ...code.matchAll(/\b(?:import|export)\b[^'"`;]*?\bfrom\s*["']([^"']+)["']/g),
    ...code.matchAll(/\bimport\s*["']([^"']+)["']/g),
    ...code.matchAll(/\bimport\s*\(\s*["']([^"']+)["']\s*\)/g),
  ].map((m) => m[1]!);
}

const nodeBuiltins = new Set(builtinModules);
const isNodeBuiltin = (spec: string) => spec.startsWith("node:") || nodeBuiltins.has(spec.split("/")[0]!);

/** What breaks the rules above, one line each ("file: problem"). */
export function architectureViolations(modules: readonly Module[]): string[] {
  const problems: string[] = [];
  for (const { path, source } of modules) {
    const parts = path.split("/");
    const nodeFile = /\.node\.tsx?$/.test(path);
    if (parts.length === 1) problems.push(`${path}: a module loose in src/lib/ (put it in the folder of its concern)`);
    if (parts.at(-1) === "index.ts" && /^\s*export\s+(?:type\s+)?(?:\*|\{[^}]*\})\s*from\b/m.test(source))
      problems.push(`${path}: re-exports (import each thing from the module that defines it)`);
    for (const spec of specifiers(source)) {
      if (isNodeBuiltin(spec) && !nodeFile) problems.push(`${path}: imports ${spec} (only *.node.ts files may)`);
      if (spec === "astro" || spec.startsWith("astro:") || spec.startsWith("astro/") || spec.endsWith(".astro"))
        problems.push(`${path}: imports ${spec} (no Astro in src/lib/)`);
      if (!spec.startsWith(".")) continue;
      const target = normalize(join(dirname(path), spec.replace(/\?.*$/, ""))).replace(/\\/g, "/");
      if (target.startsWith("..")) continue; // outside src/lib (schemas, data): not a lib folder
      if (/\.node\.tsx?$/.test(target) && !nodeFile)
        problems.push(`${path}: imports ${spec}, a Node-only module (only *.node.ts files may)`);
      const [folder, ...rest] = target.split("/");
      if (folder === parts[0] || rest.length <= 1) continue;
      // Into a nested folder of another folder: only its registry or its types.
      if (rest.length > 2 || !["index.ts", "types.ts"].includes(rest[1]!))
        problems.push(
          `${path}: reaches into ${target} (from outside ${folder}/, only a nested folder's index.ts or types.ts)`,
        );
    }
  }
  return problems;
}

function libModules(dir = lib): Module[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) return libModules(full);
    if (!/\.(ts|tsx|mts)$/.test(entry.name)) return [];
    return [{ path: relative(lib, full).replace(/\\/g, "/"), source: readFileSync(full, "utf8") }];
  });
}

describe("src/lib/ keeps the house rules", () => {
  const modules = libModules();

  it("reads every module (a sanity check on the walk)", () => {
    expect(modules.length).toBeGreaterThan(150);
    expect(modules.map((m) => m.path)).toContain("mail/read-mail.ts");
  });

  it("has no loose module, no Node outside *.node.ts, no Astro, no reach past a folder's surface, no barrel", () => {
    expect(architectureViolations(modules)).toEqual([]);
  });
});

describe("the rule check itself finds what it should", () => {
  const one = (path: string, source: string) => architectureViolations([{ path, source }]);

  it("a loose module", () => {
    expect(one("posts.ts", "export const a = 1;")).toHaveLength(1);
  });

  it("Node's modules outside a *.node.ts file, in every import form", () => {
    expect(one("site/a.ts", 'import { readFileSync } from "node:fs";')).toHaveLength(1);
    expect(one("site/a.ts", 'import * as path from "path";')).toHaveLength(1);
    expect(one("site/a.ts", 'const fs = await import("node:fs/promises");')).toHaveLength(1);
    expect(one("site/a.ts", 'import type { Stats } from "node:fs";')).toHaveLength(1);
    expect(one("site/a.node.ts", 'import { readFileSync } from "node:fs";')).toEqual([]);
    expect(one("site/a.ts", 'import { loadBrands } from "../brand/registry.node.ts";')).toHaveLength(1);
    // An import written in a comment is not an import.
    expect(one("site/a.ts", '// import { readFileSync } from "node:fs";\nexport {};')).toEqual([]);
  });

  it("Astro", () => {
    expect(one("site/a.ts", 'import { getCollection } from "astro:content";')).toHaveLength(1);
    expect(one("site/a.ts", 'import type { AstroIntegration } from "astro";')).toHaveLength(1);
  });

  it("a reach into another folder's nested folder, but not its registry or types", () => {
    expect(one("verdict/a.ts", 'import { x } from "../mail/rules/helpers.ts";')).toHaveLength(1);
    expect(one("verdict/a.ts", 'import { runRules } from "../mail/rules/index.ts";')).toEqual([]);
    expect(one("verdict/a.ts", 'import type { Finding } from "../mail/rules/types.ts";')).toEqual([]);
    expect(one("verdict/a.ts", 'import { readMail } from "../mail/read-mail.ts";')).toEqual([]);
    // Within its own folder a module reaches anywhere.
    expect(one("mail/analyze.ts", 'import { senderOf } from "./rules/helpers.ts";')).toEqual([]);
  });

  it("a re-export barrel", () => {
    expect(one("url/index.ts", 'export { defang } from "./defang.ts";')).toHaveLength(1);
    expect(one("url/index.ts", 'export * from "./defang.ts";')).toHaveLength(1);
    expect(one("text/tactics/index.ts", "export const TACTICS = [];")).toEqual([]);
  });
});
