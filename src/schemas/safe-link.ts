import { z } from "astro/zod";
import { unknownBrandMessage } from "../lib/brand/ids.ts";

/** Props of `<SafeLink>` as authors write them in MDX. `knownBrandIds` lets the message list them. */
export function createSafeLinkPropsSchema(knownBrandIds: readonly string[]) {
  return z.object({
    url: z.string({
      message: 'url にはメールに書かれていた URL を文字列で書いてください（例: url="https://example.com/"）。',
    }),
    brand: z
      .string()
      .refine((id) => knownBrandIds.includes(id), {
        error: (issue) => unknownBrandMessage(String(issue.input), knownBrandIds),
      })
      .optional(),
    note: z.string().optional(),
    caption: z.string().optional(),
  });
}
