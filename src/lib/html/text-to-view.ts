/**
 * A plain-text body (a text/plain part, an SMS, a pasted body) to the safe view model: paragraphs
 * at blank lines, line breaks kept, every address defanged and the recipient masked. Pure; never throws.
 */
import { defang } from "../url/defang.ts";
import {
  MAX_BLOCKS,
  MAX_VIEW_TEXT,
  type BodyBlock,
  type BodyInline,
  type BodyView,
  type ViewOptions,
} from "./view-model.ts";

/** Builds the safe view of a text body. */
export function textToView(text: string, options: ViewOptions = {}): BodyView {
  const mask = options.mask ?? ((t: string) => t);
  const maxBlocks = options.maxBlocks ?? MAX_BLOCKS;
  const source = String(text);
  let truncated = source.length > MAX_VIEW_TEXT;
  const blocks: BodyBlock[] = [];
  const paragraphs = source
    .slice(0, MAX_VIEW_TEXT)
    .replace(/\r\n?/g, "\n")
    .split(/\n[ \t\u3000]*\n+/);
  for (const paragraph of paragraphs) {
    const lines = paragraph.split("\n").map((l) => l.replace(/[ \t]+$/, ""));
    while (lines.length > 0 && (lines[0] ?? "").trim() === "") lines.shift();
    while (lines.length > 0 && (lines.at(-1) ?? "").trim() === "") lines.pop();
    if (lines.length === 0) continue;
    if (blocks.length >= maxBlocks) {
      truncated = true;
      break;
    }
    const quoted = lines.every((l) => /^\s*>/.test(l));
    const inlines: BodyInline[] = [];
    lines.forEach((line, i) => {
      if (i > 0) inlines.push({ kind: "break" });
      inlines.push({ kind: "text", text: defang(mask(quoted ? line.replace(/^\s*>\s?/, "") : line)) });
    });
    blocks.push({ kind: quoted ? "quote" : "paragraph", inlines });
  }
  return { source: "text", blocks, remoteImages: 0, hiddenElements: 0, truncated };
}
