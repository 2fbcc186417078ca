import { describe, expect, it } from "vitest";
import { blurDeviation, figureId, maskRects } from "../../../src/components/figure/masks.ts";
import { figurePropsSchema } from "../../../src/schemas/figure.ts";
import { formatPropErrors } from "../../../src/lib/site/prop-errors.ts";

const src = { src: "/_astro/shot.png", width: 400, height: 240, format: "png" };

function errors(props: unknown): string {
  const result = figurePropsSchema.safeParse(props);
  if (result.success) return "";
  return formatPropErrors("Figure", result.error, props);
}

describe("<Figure> props", () => {
  it("accepts an imported image with alt, caption and masks", () => {
    const parsed = figurePropsSchema.parse({
      src,
      alt: "画面",
      caption: "説明",
      masks: [{ x: 0, y: 0, width: 10, height: 10 }],
    });
    expect(parsed.masks[0]!.style).toBe("box");
  });

  it("names the prop, what it got and what to write", () => {
    expect(errors({ src, caption: "説明" })).toContain(
      '<Figure> の prop "alt": 受け取った値は なし（指定されていません）。alt（画像に何が写っているかを言葉で説明した代替テキスト）を書いてください。',
    );
    expect(errors({ src, alt: "  ", caption: "説明" })).toContain('prop "alt"');
    expect(errors({ src, alt: "画面" })).toContain('prop "caption"');
    expect(errors({ src: "./shot.png", alt: "画面", caption: "説明" })).toContain(
      '<Figure> の prop "src": 受け取った値は "./shot.png"（文字列）。src には記事の先頭で import した画像を渡してください',
    );
    expect(
      errors({ src, alt: "a", caption: "b", masks: [{ x: 0, y: 0, width: 10, height: 10, style: "pixelate" }] }),
    ).toContain('"blur"（ぼかし）か "box"（塗りつぶし）');
    expect(errors({ src, alt: "a", caption: "b", masks: [{ x: 390, y: 0, width: 20, height: 10 }] })).toContain(
      "はみ出しています",
    );
  });
});

describe("mask geometry", () => {
  it("clamps regions to the image and gives each figure its own ids", () => {
    expect(maskRects([{ x: 350, y: 200, width: 100, height: 100, style: "blur" }], 400, 240)).toEqual([
      { x: 350, y: 200, width: 50, height: 40, style: "blur" },
    ]);
    expect(blurDeviation(400, 240)).toBe(8);
    expect(blurDeviation(1800, 900)).toBe(30);
    expect(figureId("a")).not.toBe(figureId("b"));
    expect(figureId("a")).toMatch(/^fig-[a-z0-9]+$/);
  });
});
