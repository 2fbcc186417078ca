/**
 * Renders a case's preview image (src/lib/og/card.ts) to a 1200×630 PNG at build time: satori lays the
 * card out with Noto Sans JP (from the @fontsource package that `npm ci` installs, so no system font is
 * assumed) and sharp turns the SVG into PNG. Each image is cached under node_modules/.cache/ by a hash
 * of what it shows, so an unchanged case costs a file read on the next build.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import satori from "satori";
import sharp from "sharp";
import { OG_HEIGHT, OG_WIDTH, ogCardTree, type OgCard } from "./card.ts";

/** Bump when the card's look changes, so cached images are drawn again. */
const CARD_VERSION = 1;

const require = createRequire(import.meta.url);
const fontFile = (name: string) =>
  require.resolve(`@fontsource/noto-sans-jp/files/noto-sans-jp-${name}-700-normal.woff`);

let fonts: { name: string; data: Buffer; weight: 700; style: "normal" }[] | undefined;
function loadFonts() {
  fonts ??= [
    { name: "Latin", data: readFileSync(fontFile("latin")), weight: 700, style: "normal" },
    { name: "JP", data: readFileSync(fontFile("japanese")), weight: 700, style: "normal" },
  ];
  return fonts;
}

/**
 * Where cached images live: node_modules/.cache/ (which `npm ci` starts empty and git ignores), or
 * `SAGIMAIL_OG_CACHE` (the benchmark measures a cold cache with it).
 */
export const OG_CACHE_DIR = process.env["SAGIMAIL_OG_CACHE"] || join(process.cwd(), "node_modules", ".cache", "sagimail-og");

/** The cache key of `card`: everything the image depends on. */
export function ogCacheKey(card: OgCard): string {
  return createHash("sha256")
    .update(JSON.stringify({ v: CARD_VERSION, card }))
    .digest("hex")
    .slice(0, 32);
}

/** Draws `card` (no cache). */
export async function renderOgPng(card: OgCard): Promise<Buffer> {
  const svg = await satori(ogCardTree(card) as unknown as Parameters<typeof satori>[0], {
    width: OG_WIDTH,
    height: OG_HEIGHT,
    fonts: loadFonts(),
  });
  return sharp(Buffer.from(svg)).png({ compressionLevel: 6 }).toBuffer();
}

/** `card` as PNG, from the cache when it was drawn before. */
export async function ogPng(card: OgCard, cacheDir = OG_CACHE_DIR): Promise<Buffer> {
  const file = join(cacheDir, `${ogCacheKey(card)}.png`);
  try {
    return readFileSync(file);
  } catch {
    // Not drawn yet.
  }
  const png = await renderOgPng(card);
  try {
    mkdirSync(cacheDir, { recursive: true });
    // Written under another name first, so that a build stopped halfway never leaves half an image.
    const partial = `${file}.${process.pid}.tmp`;
    writeFileSync(partial, png);
    renameSync(partial, file);
  } catch {
    // A read-only cache only costs time.
  }
  return png;
}
