/**
 * Pagefind excerpts are escaped text with `<mark>` around matched words. The search page renders
 * them as text and `<mark>` elements (never as HTML), via these segments.
 */
import { INDEX_ONLY_SEPARATOR } from "./index-only-separator.ts";

export interface ExcerptSegment {
  text: string;
  mark: boolean;
}

const decode = (s: string) =>
  s
    .replace(/&#x([0-9a-f]+);/gi, (_m, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_m, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&amp;/g, "&");

/** Splits an excerpt into plain and marked text; any other markup is dropped. */
export function excerptSegments(excerpt: string): ExcerptSegment[] {
  const segments: ExcerptSegment[] = [];
  const re = /<mark>([\s\S]*?)<\/mark>/g;
  let last = 0;
  const push = (raw: string, mark: boolean) => {
    const text = decode(raw.replace(/<[^>]*>/g, ""));
    if (!text) return;
    const prev = segments.at(-1);
    if (prev && prev.mark === mark) prev.text += text;
    else segments.push({ text, mark });
  };
  for (const m of excerpt.matchAll(re)) {
    push(excerpt.slice(last, m.index), false);
    push(m[1] ?? "", true);
    last = m.index + m[0].length;
  }
  push(excerpt.slice(last), false);
  return segments;
}

/**
 * The excerpt to show: Pagefind's, unless it was taken from the index-only text (brand aliases,
 * indicator forms), in which case the article's description.
 */
export function chooseExcerpt(excerpt: string, description: string | undefined): ExcerptSegment[] {
  if (description && (excerpt.trim() === "" || excerpt.includes(INDEX_ONLY_SEPARATOR)))
    return [{ text: description, mark: false }];
  return excerptSegments(excerpt);
}
