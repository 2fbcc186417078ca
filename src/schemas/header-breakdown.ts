import { z } from "astro/zod";

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "checked は確認した日を 2026-11-20 の形で書いてください。");

/** A fact the author looked up about an IP address or a domain (the build makes no live look-up). */
export const lookedUpFactSchema = z.object({
  about: z.string().min(1, "about には調べた IP アドレスかドメインを書いてください。"),
  owner: z.string().optional(),
  country: z.string().optional(),
  inUse: z.boolean().optional(),
  note: z.string().optional(),
  checked: isoDay,
});

/** Props of `<HeaderBreakdown>` as authors write them in MDX. */
export const headerBreakdownPropsSchema = z
  .object({
    file: z
      .string()
      .regex(
        /^[^/\\].*\.(eml|txt)$/,
        'file は content/posts/ からの相対パスで、.eml か .txt のファイルを指定してください（例: "2026-11-amex/headers.eml"）。',
      )
      .refine(
        (f) => !f.split(/[\\/]/).includes(".."),
        "file に .. は使えません。記事のフォルダーに置いたファイルを指定してください。",
      )
      .optional(),
    headers: z.string().min(1, "headers にはメールヘッダーの原文を書いてください。").optional(),
    notes: z
      .record(z.string(), z.string(), {
        message: 'notes は { "Return-Path": "解説…" } のようにヘッダー名と解説の組で書いてください。',
      })
      .optional(),
    facts: z.array(lookedUpFactSchema, { message: "facts は調べた事実の配列で書いてください。" }).optional(),
    hideFlags: z.array(z.string()).optional(),
    title: z.string().optional(),
    excerpt: z.boolean({ message: "excerpt は true か false にしてください。" }).optional(),
    redact: z.boolean({ message: "redact は true か false にしてください。" }).optional(),
  })
  .refine((p) => (p.file === undefined) !== (p.headers === undefined), {
    message: "file（ヘッダーを保存したファイル）か headers（ヘッダーの原文）のどちらか一方を指定してください。",
    path: ["file"],
  });

export type HeaderBreakdownProps = z.input<typeof headerBreakdownPropsSchema>;
