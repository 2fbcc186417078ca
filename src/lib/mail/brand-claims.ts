/**
 * Which brands a piece of text (a display name, a subject) claims to be: every name and alias from
 * the registry, matched after NFKC normalisation, case folding and removal of spaces, dots, middle
 * dots and hyphens, so `ＡＭＥＸ`, `amex` and `アメリカン・エキスプレス` all match. Names in Latin
 * letters must stand as words: `amex` does not match inside `ramexx`.
 */
import { brandNames, type Brand } from "../brand.ts";

const SEPARATOR = /[\s・·.\-‐–—_]/;

/** NFKC, lower case, with spaces, dots, middle dots and hyphens removed. */
export function normaliseForBrandMatch(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\s・·.\-‐–—_]+/g, "");
}

interface CompactText {
  text: string;
  /** boundary[i]: a separator stood right before compact position i (or i is the start or end). */
  boundary: boolean[];
}

function compactWithBoundaries(input: string): CompactText {
  const source = input.normalize("NFKC").toLowerCase();
  let text = "";
  const boundary: boolean[] = [];
  let pending = true;
  for (const ch of source) {
    if (SEPARATOR.test(ch)) {
      pending = true;
      continue;
    }
    for (let k = 0; k < ch.length; k++) boundary.push(k === 0 && pending);
    text += ch;
    pending = false;
  }
  boundary.push(true);
  return { text, boundary };
}

function occursAsName(hay: CompactText, name: string): boolean {
  const needle = normaliseForBrandMatch(name);
  if (needle.length < 2) return false;
  const latin = /^[a-z0-9]+$/.test(needle);
  for (let from = 0; ;) {
    const at = hay.text.indexOf(needle, from);
    if (at < 0) return false;
    if (!latin) return true;
    const end = at + needle.length;
    const beforeOk = hay.boundary[at] === true || !/[a-z]/.test(hay.text[at - 1] ?? "");
    const afterOk = hay.boundary[end] === true || !/[a-z]/.test(hay.text[end] ?? "");
    if (beforeOk && afterOk) return true;
    from = at + 1;
  }
}

/** The brands whose name or alias occurs in `text`, in registry order. */
export function brandsClaimedBy(text: string | null | undefined, brands: readonly Brand[]): Brand[] {
  if (!text) return [];
  const hay = compactWithBoundaries(text.slice(0, 2000));
  return brands.filter((brand) => brandNames(brand).some((name) => occursAsName(hay, name)));
}
