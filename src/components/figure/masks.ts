/** Geometry for the mask overlay of `<Figure>`: plain numbers, no Astro, unit-tested. */
import type { FigureMask } from "../../schemas/figure.ts";

/** One region as SVG attributes, in the image's own pixel space. */
export interface MaskRect {
  x: number;
  y: number;
  width: number;
  height: number;
  style: "blur" | "box";
}

/** The regions, clamped to the image. */
export function maskRects(masks: readonly FigureMask[], imageWidth: number, imageHeight: number): MaskRect[] {
  return masks.map((m) => {
    const x = Math.max(0, Math.min(m.x, imageWidth));
    const y = Math.max(0, Math.min(m.y, imageHeight));
    return {
      x,
      y,
      width: Math.min(m.width, imageWidth - x),
      height: Math.min(m.height, imageHeight - y),
      style: m.style,
    };
  });
}

/** Blur strength for the image size: strong enough that text under it cannot be read. */
export function blurDeviation(imageWidth: number, imageHeight: number): number {
  return Math.max(8, Math.round(Math.max(imageWidth, imageHeight) / 60));
}

/** A short id, stable for the same inputs, so several figures on a page do not share SVG ids. */
export function figureId(seed: string): string {
  let h = 2166136261;
  for (let i = 0; i < seed.length; i++) {
    h ^= seed.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return `fig-${(h >>> 0).toString(36)}`;
}
