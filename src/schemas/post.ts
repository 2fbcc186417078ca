import { z } from "astro/zod";
import { unknownBrandMessage } from "../lib/brand/ids.ts";
import { categoryIds } from "../lib/site/categories.ts";

const dateMessage = (field: string) => `${field} は 2026-11-27 のような日付で書いてください。`;

/**
 * The frontmatter of a case post. `brandRef` turns a checked brand id into a collection reference
 * (Astro's `reference("brands")` on the site, a plain string schema in tests).
 */
export function createPostSchema<Ref extends z.ZodType<unknown, string>>(options: {
  knownBrandIds: readonly string[];
  brandRef: Ref;
}) {
  const { knownBrandIds, brandRef } = options;
  const brandId = z.string().refine((id) => knownBrandIds.includes(id), {
    error: (issue) =>
      `${unknownBrandMessage(String(issue.input), knownBrandIds)}新しいブランドなら content/brands/${String(issue.input)}.json を作ってください。`,
  });
  return z.object({
    title: z
      .string({ message: "title（記事のタイトル）を書いてください。" })
      .min(1, "title（記事のタイトル）を書いてください。"),
    description: z
      .string({ message: "description（一覧や検索結果に出る 1〜2 文の要約）を書いてください。" })
      .min(1, "description（一覧や検索結果に出る 1〜2 文の要約）を書いてください。"),
    pubDate: z.coerce.date({ message: dateMessage("pubDate") }),
    updatedDate: z.coerce.date({ message: dateMessage("updatedDate") }).optional(),
    brands: z
      .array(brandId.pipe(brandRef), { message: 'brands は ["american-express"] のような ID の配列で書いてください。' })
      .default([]),
    category: z.enum(categoryIds, { message: `category は ${categoryIds.join(" / ")} のどれかにしてください。` }),
    tags: z
      .array(z.string().min(1), { message: 'tags は ["なりすまし", "カード会社"] のような配列で書いてください。' })
      .default([]),
    /** Posts about mails from the same sender group or template share a campaign id. */
    campaign: z.string().optional(),
    draft: z.boolean({ message: "draft は true か false にしてください。" }).default(false),
  });
}
