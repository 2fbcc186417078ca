import { z } from "astro/zod";

/** A registrable domain as written in brand data: lower case, no scheme, no path. */
export const domainSchema = z.string().regex(/^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/, {
  message: "ドメインは小文字の登録ドメイン名で書いてください（例: americanexpress.com）。https:// やパスは付けません。",
});

/** One brand's data file, `content/brands/<id>.json` (the id is the file name). */
export const brandSchema = z.object({
  nameJa: z.string().min(1, "nameJa（日本語の正式名）を書いてください。"),
  nameEn: z.string().min(1, "nameEn（英語名）を書いてください。"),
  aliases: z.array(z.string().min(1)).default([]),
  officialDomains: z.array(domainSchema).min(1, "officialDomains に公式ドメインを少なくとも 1 つ書いてください。"),
  reportUrl: z
    .url({ protocol: /^https$/, message: "reportUrl は https:// で始まる公式の通報ページにしてください。" })
    .optional(),
});
