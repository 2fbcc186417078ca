import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { defineCollection, reference } from "astro:content";
import { glob } from "astro/loaders";
import { loadBrandFiles } from "./lib/brand/registry.node.ts";
import { brandSchema } from "./schemas/brand.ts";
import { createPostSchema } from "./schemas/post.ts";

/** Brand ids known at build time, read from the data folder so that error messages can list them. */
const knownBrandIds = readdirSync(new URL("../content/brands/", import.meta.url))
  .filter((f) => f.endsWith(".json"))
  .map((f) => f.replace(/\.json$/, ""))
  .sort();

// Checks what one file's schema cannot see (a name or alias used by two brands) and stops the build
// with one message naming each file and field.
loadBrandFiles(fileURLToPath(new URL("..", import.meta.url)));

const brands = defineCollection({
  loader: glob({ pattern: "*.json", base: "./content/brands" }),
  schema: brandSchema,
});

const posts = defineCollection({
  // A post is `content/posts/<slug>.mdx`, or `content/posts/<slug>/index.mdx` with its assets beside it.
  loader: glob({
    pattern: ["*.mdx", "*/index.mdx"],
    base: "./content/posts",
    generateId: ({ entry }) => entry.replace(/(\/index)?\.mdx$/, ""),
  }),
  schema: createPostSchema({ knownBrandIds, brandRef: reference("brands") }),
});

export const collections = { brands, posts };
