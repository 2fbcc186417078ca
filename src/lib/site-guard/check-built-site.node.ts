/**
 * The built-site guard: run {@link checkHtmlDocument} over every `.html` file under a folder
 * (normally `dist/`). Node-only (reads files).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { checkHtmlDocument, type GuardFinding } from "./check-document.ts";
import type { LinkPolicyOptions } from "../links/link-policy.ts";

/** Every `.html` file under `dir`, sorted, as absolute paths. */
export function listHtmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.toLowerCase().endsWith(".html"))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/**
 * Checks every page under `distDir` and returns every finding (an empty list means the site is
 * clean). Findings name files relative to `distDir` with `/` separators. Use {@link listHtmlFiles}
 * to make sure there were pages at all. Throws only when `distDir` cannot be read.
 */
export function checkBuiltSite(distDir: string, options: LinkPolicyOptions): GuardFinding[] {
  return listHtmlFiles(distDir).flatMap((path) =>
    checkHtmlDocument(readFileSync(path, "utf8"), {
      ...options,
      file: relative(distDir, path).split(sep).join("/"),
    }),
  );
}
