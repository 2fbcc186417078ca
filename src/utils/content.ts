/** The site's one door to the content collections (Astro-only; pure logic lives in src/lib/site/posts.ts). */
import { getCollection, type CollectionEntry } from "astro:content";
import { publishedNewestFirst } from "../lib/site/posts.ts";
import { toBrand, type Brand } from "../lib/brand/brand.ts";
import { brandSchema } from "../schemas/brand.ts";

export type Post = CollectionEntry<"posts">;
export type BrandEntry = CollectionEntry<"brands">;

/** Published posts, newest first. Drafts show only in `astro dev`. */
export async function getPosts(): Promise<Post[]> {
  const all = await getCollection("posts");
  return import.meta.env.DEV
    ? publishedNewestFirst(all.map((p) => ({ ...p, data: { ...p.data, draft: false } })))
    : publishedNewestFirst(all);
}

export async function getBrands(): Promise<BrandEntry[]> {
  return (await getCollection("brands")).sort((a, b) => a.data.nameJa.localeCompare(b.data.nameJa, "ja"));
}

export async function getBrandMap(): Promise<Map<string, BrandEntry>> {
  return new Map((await getBrands()).map((b) => [b.id, b]));
}

/**
 * The brand registry as plain data for the pure libraries (mail rules, URL verdicts), read with
 * Vite's `import.meta.glob` and checked with the same schema as the `brands` collection. Unlike
 * `getCollection`, this needs no content store, so components render the same in `astro build`,
 * `astro dev` and component tests.
 */
const brandFiles = import.meta.glob<{ default: unknown }>("../../content/brands/*.json", { eager: true });
const brandRegistry: Brand[] = Object.entries(brandFiles)
  .map(([path, mod]) => toBrand(path.replace(/^.*\/|\.json$/g, ""), brandSchema.parse(mod.default)))
  .sort((a, b) => a.id.localeCompare(b.id));

export async function getBrandRegistry(): Promise<Brand[]> {
  return brandRegistry;
}
