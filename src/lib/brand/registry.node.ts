/**
 * Reads and checks the brand registry `content/brands/*.json` for Node scripts and tests (the site
 * reads the same files through the `brands` content collection and `src/utils/content.ts`, with the
 * same schema). Node-only: uses `node:fs`. Throws one error listing every problem, each naming the
 * file and the field.
 */
import { readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { toBrand, type Brand } from "./brand.ts";
import { findSharedNames, type RegistryProblem } from "./registry.ts";
import { brandSchema, type BrandRecord } from "../../schemas/brand.ts";

/** A checked brand file with its id. */
export interface BrandFile {
  id: string;
  record: BrandRecord;
}

/** Formats problems as one message for an author. */
export function formatRegistryProblems(problems: readonly RegistryProblem[]): string {
  return [
    "ブランドの登録データ（content/brands/）に直すところがあります:",
    ...problems.map((p) => `  ${p.file} の ${p.field}: ${p.message}`),
  ].join("\n");
}

/** Every brand file, parsed and checked (one schema per file, shared names across files). */
export function loadBrandFiles(root = process.cwd()): BrandFile[] {
  const dir = join(root, "content", "brands");
  const problems: RegistryProblem[] = [];
  const files: BrandFile[] = [];
  for (const name of readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()) {
    const id = basename(name, ".json");
    const file = `content/brands/${name}`;
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(join(dir, name), "utf8"));
    } catch (error) {
      problems.push({ file, field: "(JSON)", message: `JSON として読めません: ${(error as Error).message}` });
      continue;
    }
    const parsed = brandSchema.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        problems.push({ file, field: issue.path.join(".") || "(全体)", message: issue.message });
      continue;
    }
    files.push({ id, record: parsed.data });
  }
  problems.push(...findSharedNames(files.map((f) => ({ id: f.id, ...f.record }))));
  if (problems.length > 0) throw new Error(formatRegistryProblems(problems));
  return files;
}

/** The registry as runtime brands, sorted by id. */
export function loadBrands(root = process.cwd()): Brand[] {
  return loadBrandFiles(root).map((f) => toBrand(f.id, f.record));
}
