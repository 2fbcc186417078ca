import { readdirSync } from "node:fs";
import { defineCollection, reference } from "astro:content";
import { glob } from "astro/loaders";
import { z } from "astro/zod";
import { categoryIds } from "./lib/categories.ts";

/** Brand ids known at build time, read from the data folder so that error messages can list them. */
const knownBrandIds = readdirSync(new URL("../content/brands/", import.meta.url))
  .filter((f) => f.endsWith(".json"))
  .map((f) => f.replace(/\.json$/, ""))
  .sort();

const domain = z
  .string()
  .regex(/^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/, {
    message: "ドメインは小文字の登録ドメイン名で書いてください（例: americanexpress.com）。https:// やパスは付けません。",
  });

const brands = defineCollection({
  loader: glob({ pattern: "*.json", base: "./content/brands" }),
  schema: z.object({
    nameJa: z.string().min(1, "nameJa（日本語の正式名）を書いてください。"),
    nameEn: z.string().min(1, "nameEn（英語名）を書いてください。"),
    aliases: z.array(z.string().min(1)).default([]),
    officialDomains: z.array(domain).min(1, "officialDomains に公式ドメインを少なくとも 1 つ書いてください。"),
    reportUrl: z.url({ protocol: /^https$/, message: "reportUrl は https:// で始まる公式の通報ページにしてください。" }).optional(),
  }),
});

const brandId = z.string().refine((id) => knownBrandIds.includes(id), (id) => ({
  message: `ブランド "${String(id)}" は content/brands/ にありません。使えるのは ${knownBrandIds.join(", ")} です。新しいブランドなら content/brands/${String(id)}.json を作ってください。`,
}));

const posts = defineCollection({
  loader: glob({
    pattern: ["*.mdx", "*/index.mdx"],
    base: "./content/posts",
    generateId: ({ entry }) => entry.replace(/(\/index)?\.mdx$/, ""),
  }),
  schema: z.object({
    title: z.string().min(1, "title（記事のタイトル）を書いてください。"),
    description: z.string().min(1, "description（一覧や検索結果に出る 1〜2 文の要約）を書いてください。"),
    pubDate: z.coerce.date({ message: "pubDate は 2026-11-27 のような日付で書いてください。" }),
    updatedDate: z.coerce.date({ message: "updatedDate は 2026-11-27 のような日付で書いてください。" }).optional(),
    brands: z.array(brandId.pipe(reference("brands"))).default([]),
    category: z.enum(categoryIds, { message: `category は ${categoryIds.join(" / ")} のどれかにしてください。` }),
    tags: z.array(z.string().min(1)).default([]),
    /** Posts about mails from the same sender group / template share a campaign id. */
    campaign: z.string().optional(),
    draft: z.boolean().default(false),
  }),
});

export const collections = { brands, posts };
