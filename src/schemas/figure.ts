import { z } from "astro/zod";

/** What an imported image (`import shot from "./shot.png"`) looks like to a component. */
export interface FigureImage {
  src: string;
  width: number;
  height: number;
  format: string;
}

/**
 * Reads an imported image without marking it as used: Astro ships an original image file only when
 * a page reads its properties, and a screenshot's unmasked original must never ship. Astro's image
 * proxy hands out a plain copy as `clone`; other values are returned as they are.
 */
export function peekImage(value: unknown): unknown {
  if (value === null || typeof value !== "object") return value;
  return (value as { clone?: unknown }).clone ?? value;
}

function isImportedImage(value: unknown): value is FigureImage {
  if (value === null || typeof value !== "object") return false;
  const v = peekImage(value) as Record<string, unknown>;
  return (
    typeof v["src"] === "string" &&
    typeof v["width"] === "number" &&
    typeof v["height"] === "number" &&
    typeof v["format"] === "string"
  );
}

const SRC_MESSAGE =
  'src には記事の先頭で import した画像を渡してください（例: import shot from "./shot.png" と書き、src={shot}）。文字列のパス（src="./shot.png"）は使えません。';

/** A region of the image to hide, in the image file's own pixels (origin top left). */
export const figureMaskSchema = z.object({
  x: z
    .number({ message: "masks の x は左端からの位置（画像のピクセル数）を数値で書いてください。" })
    .min(0, "masks の x は 0 以上にしてください。"),
  y: z
    .number({ message: "masks の y は上端からの位置（画像のピクセル数）を数値で書いてください。" })
    .min(0, "masks の y は 0 以上にしてください。"),
  width: z
    .number({ message: "masks の width は隠す幅（ピクセル数）を数値で書いてください。" })
    .positive("masks の width は 0 より大きくしてください。"),
  height: z
    .number({ message: "masks の height は隠す高さ（ピクセル数）を数値で書いてください。" })
    .positive("masks の height は 0 より大きくしてください。"),
  style: z
    .enum(["blur", "box"], { message: 'masks の style は "blur"（ぼかし）か "box"（塗りつぶし）にしてください。' })
    .default("box"),
});

export type FigureMask = z.output<typeof figureMaskSchema>;

/** Props of `<Figure>` as authors write them in MDX. */
export const figurePropsSchema = z
  .object({
    src: z.custom<FigureImage>(isImportedImage, { message: SRC_MESSAGE }),
    alt: z
      .string({
        message:
          "alt（画像に何が写っているかを言葉で説明した代替テキスト）を書いてください。画面を読み上げて使う読者のために必要です。",
      })
      .trim()
      .min(1, "alt（画像に何が写っているかを言葉で説明した代替テキスト）を書いてください。空にはできません。"),
    caption: z
      .string({ message: "caption（画像の下に出す説明文）を書いてください。" })
      .trim()
      .min(1, "caption（画像の下に出す説明文）を書いてください。空にはできません。"),
    masks: z
      .array(figureMaskSchema, {
        message: 'masks は [{ x: 10, y: 20, width: 200, height: 30, style: "box" }] のような配列で書いてください。',
      })
      .default([]),
    width: z
      .number({ message: "width は表示する最大の幅（ピクセル数）を数値で書いてください。" })
      .int("width は整数にしてください。")
      .positive()
      .optional(),
  })
  .superRefine((props, ctx) => {
    props.masks.forEach((mask, i) => {
      const image = peekImage(props.src) as FigureImage;
      if (mask.x + mask.width > image.width || mask.y + mask.height > image.height) {
        ctx.addIssue({
          code: "custom",
          path: ["masks", i],
          message: `masks[${i}] が画像（幅 ${image.width} × 高さ ${image.height} ピクセル）からはみ出しています。座標は元の画像のピクセルで書いてください。`,
        });
      }
    });
  });

export type FigureProps = z.input<typeof figurePropsSchema>;
