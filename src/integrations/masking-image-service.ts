/**
 * Astro's sharp image service, plus masks burned into the pixels: `getImage({ …, masks })` with
 * `masks` as JSON of `{ x, y, width, height, style: "box" | "blur" }` (in the source image's own
 * pixels) paints boxes or blurs those regions BEFORE resizing, so what they hide never ships.
 * Used by `<Figure>`; configured as `image.service` in astro.config.mjs.
 */
import type { ImageTransform, LocalImageService } from "astro";
import sharpService from "astro/assets/services/sharp";
import sharp, { type OverlayOptions } from "sharp";
import { blurDeviation, type MaskRect } from "../components/figure/masks.ts";

type Transform = ImageTransform & { masks?: string | undefined };
type LocalImageTransform = Awaited<ReturnType<LocalImageService["parseURL"]>>;

/** Reads the `masks` option; anything malformed is ignored rather than trusted. */
export function parseMaskOption(value: unknown): MaskRect[] {
  if (typeof value !== "string" || value === "") return [];
  try {
    const list: unknown = JSON.parse(value);
    if (!Array.isArray(list)) return [];
    return list.flatMap((m: Record<string, unknown>) =>
      [m["x"], m["y"], m["width"], m["height"]].every((n) => typeof n === "number" && Number.isFinite(n) && n >= 0)
        ? [
            {
              x: Math.floor(m["x"] as number),
              y: Math.floor(m["y"] as number),
              width: Math.ceil(m["width"] as number),
              height: Math.ceil(m["height"] as number),
              style: m["style"] === "blur" ? ("blur" as const) : ("box" as const),
            },
          ]
        : [],
    );
  } catch {
    return [];
  }
}

/** Paints the masks into the image, at its own resolution. */
export async function burnMasks(input: Uint8Array, masks: readonly MaskRect[]): Promise<Uint8Array> {
  const image = sharp(input);
  const { width = 0, height = 0 } = await image.metadata();
  const layers: OverlayOptions[] = [];
  for (const m of masks) {
    const left = Math.min(m.x, width - 1);
    const top = Math.min(m.y, height - 1);
    const w = Math.max(1, Math.min(m.width, width - left));
    const h = Math.max(1, Math.min(m.height, height - top));
    const region =
      m.style === "blur"
        ? await sharp(input).extract({ left, top, width: w, height: h }).blur(blurDeviation(width, height)).toBuffer()
        : await sharp({ create: { width: w, height: h, channels: 3, background: "#1f2328" } })
            .png()
            .toBuffer();
    layers.push({ input: region, left, top });
  }
  return new Uint8Array(await image.composite(layers).png().toBuffer());
}

const service: LocalImageService = {
  ...sharpService,
  propertiesToHash: [...(sharpService.propertiesToHash ?? ["src", "width", "height", "format", "quality"]), "masks"],
  // Dev server: carry the masks through the /_image URL.
  getURL(options, imageConfig, logger) {
    const url = sharpService.getURL(options, imageConfig, logger) as string;
    const masks = (options as Transform).masks;
    return masks ? `${url}${url.includes("?") ? "&" : "?"}masks=${encodeURIComponent(masks)}` : url;
  },
  parseURL(url, imageConfig, logger) {
    const masks = url.searchParams.get("masks");
    const withMasks = (t: LocalImageTransform | undefined) => (t && masks ? { ...t, masks } : t);
    const parsed = sharpService.parseURL(url, imageConfig, logger);
    return (parsed instanceof Promise ? parsed.then(withMasks) : withMasks(parsed)) as ReturnType<
      LocalImageService["parseURL"]
    >;
  },
  async transform(inputBuffer, transform, imageConfig, logger) {
    const masks = parseMaskOption((transform as Transform).masks);
    const source = masks.length > 0 ? await burnMasks(inputBuffer, masks) : inputBuffer;
    return sharpService.transform(source, transform, imageConfig, logger);
  },
};

export default service;
