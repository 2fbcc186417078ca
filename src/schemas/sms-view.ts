import { z } from "astro/zod";

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: "checked は 2026-12-03 のような日付で書いてください。" });

/** Props of `<SmsView>` as authors write them in MDX. */
export const smsViewPropsSchema = z
  .object({
    file: z
      .string()
      .regex(
        /^[^/\\].*\.txt$/,
        'file は content/posts/ からの相対パスで、SMS の文面を保存した .txt を指定してください（例: "2026-12-03-sagawa-sms/sms.txt"）。',
      )
      .refine(
        (f) => !f.split(/[\\/]/).includes(".."),
        "file に .. は使えません。記事のフォルダーに置いたファイルを指定してください。",
      ),
    /** The sender as the phone showed it (a number or a name), masked where it is the reader's own. */
    sender: z.string().min(1, "sender（送信元の番号か名前。わからなければ「不明」）を書いてください。"),
    /**
     * When it arrived, as precise as the source gives it (`2025-06`, `2025-06-12`, `2025-06-12 10:05`);
     * left out when the source does not say (never guessed).
     */
    received: z
      .string()
      .regex(/^\d{4}(-\d{2}(-\d{2}( \d{2}:\d{2})?)?)?$/, {
        message:
          "received は 2025-06、2025-06-12、2025-06-12 10:05 のように書いてください。出典に日付がなければ received を書かないでください。",
      })
      .optional(),
    /** The public page that quoted the message (the fact's source). */
    source: z
      .object({
        url: z.url({ protocol: /^https?$/, message: "source.url は出典ページのアドレスにしてください。" }),
        title: z.string().min(1, "source.title（出典ページの題名）を書いてください。"),
        checked: isoDate,
        /** True when the page masked part of the URL (the article keeps the mask). */
        masked: z.boolean().optional(),
      })
      .strict(),
    title: z.string().optional(),
  })
  .strict();

export type SmsViewProps = z.input<typeof smsViewPropsSchema>;
