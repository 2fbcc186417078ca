/**
 * The docs describe the code as it is (issue 22): every file or folder that README.md, CONTRIBUTING.md
 * and the READMEs under src/ name exists. A path with a placeholder (`content/posts/<slug>/index.mdx`,
 * `content/brands/*.json`, `content/posts/…/`) is checked up to the placeholder; a bare file name
 * (`a11y.spec.ts`) must be the name of a file in the repository.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const root = new URL("../..", import.meta.url).pathname;

function readmesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? readmesUnder(join(dir, e.name)) : e.name === "README.md" ? [join(dir, e.name)] : [],
  );
}

const trackedNames = new Set(
  execFileSync("git", ["ls-files"], { cwd: root, encoding: "utf8" })
    .split("\n")
    .map((f) => f.split("/").at(-1)!),
);

const docs = [join(root, "README.md"), join(root, "CONTRIBUTING.md"), ...readmesUnder(join(root, "src"))];

/** Repository paths a document names: in code spans and as relative link targets. */
export function namedPaths(markdown: string): string[] {
  const candidates = [
    ...[...markdown.matchAll(/`([^`\n]+)`/g)].flatMap((m) => m[1]!.split(/\s+/)),
    ...[...markdown.matchAll(/\]\(([^)\s#]+)(?:#[^)]*)?\)/g)].map((m) => m[1]!),
  ];
  return candidates
    .map((c) => c.replace(/^\.\//, "").replace(/[),.:;、。]+$/, ""))
    .filter((c) => /^(\.ci|src|tests|content|public|docs)\/[^\s]*$/.test(c) || /^[\w.-]+\.(md|json|mjs|ts)$/.test(c))
    .filter((c) => !c.includes("://"));
}

/** The part of a path before its first placeholder. */
const beforePlaceholder = (path: string) => path.split(/<|\*|…|\{/)[0]!.replace(/[^/]*$/, "");

describe("the paths the docs name exist", () => {
  for (const doc of docs) {
    const name = relative(root, doc);
    it(name, () => {
      const paths = namedPaths(readFileSync(doc, "utf8"));
      const base = name.startsWith("src/") ? [root, join(root, name, "..")] : [root];
      const missing = paths.filter((p) => {
        if (!p.includes("/")) return !trackedNames.has(p) && !existsSync(join(root, p));
        const checked = /<|\*|…|\{/.test(p) ? beforePlaceholder(p) : p;
        return !base.some((b) => existsSync(join(b, checked)));
      });
      expect(missing, `${name} names paths that do not exist`).toEqual([]);
    });
  }

  it("finds the paths a document names (the check itself)", () => {
    expect(namedPaths("See `src/lib/mail/` and [the guide](CONTRIBUTING.md), `npm test`.")).toEqual([
      "src/lib/mail/",
      "CONTRIBUTING.md",
    ]);
    expect(beforePlaceholder("content/posts/<slug>/index.mdx")).toBe("content/posts/");
  });
});
