import { z } from "astro/zod";

/** Props of `<SafeLink>` as authors write them in MDX. `knownBrandIds` lets the message list them. */
export function createSafeLinkPropsSchema(knownBrandIds: readonly string[]) {
  return z.object({
    url: z.string({
      message: 'url にはメールに書かれていた URL を文字列で書いてください（例: url="https://example.com/"）。',
    }),
    brand: z
      .string()
      .refine((id) => knownBrandIds.includes(id), {
        error: (issue) =>
          `ブランド "${String(issue.input)}" は content/brands/ にありません。使えるのは ${knownBrandIds.join(", ")} です。`,
      })
      .optional(),
    note: z.string().optional(),
    caption: z.string().optional(),
  });
}
