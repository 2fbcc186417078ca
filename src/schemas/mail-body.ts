import { z } from "astro/zod";

/** Props of `<MailBody>` as authors write them in MDX. */
export const mailBodyPropsSchema = z
  .object({
    file: z
      .string()
      .regex(
        /^[^/\\].*\.(txt|html?)$/,
        'file は content/posts/ からの相対パスで、.txt か .html のファイルを指定してください（例: "2026-11-amex/body.txt"）。',
      )
      .refine(
        (f) => !f.split(/[\\/]/).includes(".."),
        "file に .. は使えません。記事のフォルダーに置いたファイルを指定してください。",
      )
      .optional(),
    text: z.string().min(1, "text には本文を書いてください。").optional(),
    title: z.string().optional(),
    note: z.string().optional(),
  })
  .refine((p) => (p.file === undefined) !== (p.text === undefined), {
    message: "file（本文を保存したファイル）か text（本文）のどちらか一方を指定してください。",
    path: ["file"],
  });

export type MailBodyProps = z.input<typeof mailBodyPropsSchema>;
