/**
 * What the browser tests expect, read from the sources the site is built from (content/), so the
 * tests check that the site shows what authors wrote, not a copy of the rendered output.
 */
import { readdirSync, readFileSync, existsSync } from "node:fs";
import { join } from "node:path";

const root = new URL("../..", import.meta.url).pathname;

export interface SourcePost {
  id: string;
  title: string;
  brands: string[];
  draft: boolean;
}

function frontmatterField(src: string, key: string): string | undefined {
  const fm = /^---\r?\n([\s\S]*?)\r?\n---/.exec(src)?.[1] ?? "";
  const line = new RegExp(`^${key}:\\s*(.*)$`, "m").exec(fm)?.[1]?.trim();
  return line?.replace(/^["']|["']$/g, "");
}

export function sourcePosts(): SourcePost[] {
  const dir = join(root, "content", "posts");
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const file = d.isDirectory() ? join(dir, d.name, "index.mdx") : d.name.endsWith(".mdx") ? join(dir, d.name) : "";
    if (!file || !existsSync(file)) return [];
    const src = readFileSync(file, "utf8");
    const brands = JSON.parse((frontmatterField(src, "brands") ?? "[]").replace(/'/g, '"')) as string[];
    return [
      {
        id: d.name.replace(/\.mdx$/, ""),
        title: frontmatterField(src, "title") ?? "",
        brands,
        draft: frontmatterField(src, "draft") === "true",
      },
    ];
  });
}

export function sourceBrands(): { id: string; nameJa: string }[] {
  const dir = join(root, "content", "brands");
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .map((f) => ({
      id: f.replace(/\.json$/, ""),
      ...(JSON.parse(readFileSync(join(dir, f), "utf8")) as { nameJa: string }),
    }));
}

/** One brand file as written (for the facts a page must show). */
export interface SourceBrandFile {
  nameJa: string;
  nameEn: string;
  mailDomains: { domains: string[] };
  webDomains: { domains: string[] };
  report?: { url: string; title: string };
}

export function sourceBrand(id: string): SourceBrandFile {
  return JSON.parse(readFileSync(join(root, "content", "brands", `${id}.json`), "utf8")) as SourceBrandFile;
}
