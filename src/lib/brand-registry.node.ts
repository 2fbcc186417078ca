/**
 * Reads the brand registry from `content/brands/*.json` for Node scripts and tests (the site itself
 * reads it through the `brands` content collection). Node-only: uses `node:fs`.
 */
import { readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import type { Brand } from "./brand.ts";

export function loadBrands(root = process.cwd()): Brand[] {
  const dir = join(root, "content", "brands");
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => ({
      id: basename(f, ".json"),
      ...(JSON.parse(readFileSync(join(dir, f), "utf8")) as Omit<Brand, "id">),
    }));
}
