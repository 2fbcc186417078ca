/**
 * Resolving a query to a brand of the registry, so that a query by any name or alias of a brand
 * finds that brand's page and cases first, whatever Pagefind's Japanese segmentation does with the
 * words. Every brand of the registry is known here, with or without a case.
 */
import { brandNames, type Brand } from "../brand/brand.ts";
import { foldForMatch, normalizeQuery } from "./normalize.ts";

/** A brand as the search page knows it: names, sourced domains and how many published cases it has. */
export interface SearchBrand extends Pick<
  Brand,
  "id" | "nameJa" | "nameEn" | "aliases" | "mailDomains" | "webDomains"
> {
  /** Published cases that impersonate this brand; 0 for a brand the site has no case for yet. */
  caseCount: number;
}

/** The search page's view of a registry brand. */
export function toSearchBrand(brand: Brand, caseCount: number): SearchBrand {
  const { id, nameJa, nameEn, aliases, mailDomains, webDomains } = brand;
  return { id, nameJa, nameEn, aliases, mailDomains, webDomains, caseCount };
}

export interface BrandMatch {
  brand: SearchBrand;
  /** The name or alias that matched, as written in the brand data. */
  matchedName: string;
  /** What is left of the query once the brand name is taken out (may be empty). */
  rest: string;
}

/** Shortest folded alias that may match inside a longer query (avoids `jr` matching everything). */
const MIN_CONTAINED_LENGTH = 3;

/**
 * Finds the brand a query names. An exact match of the whole query (after folding width, case,
 * spaces and middle dots) wins; otherwise the longest brand name contained in the query
 * (`アメックス 偽メール`, `楽天カード`). Returns undefined when no brand is named.
 */
export function resolveBrand(rawQuery: string, brands: readonly SearchBrand[]): BrandMatch | undefined {
  const query = normalizeQuery(rawQuery);
  const folded = foldForMatch(query);
  if (!folded) return undefined;
  let best: { brand: SearchBrand; name: string; key: string; exact: boolean } | undefined;
  for (const brand of brands) {
    for (const name of brandNames(brand)) {
      const key = foldForMatch(name);
      if (!key) continue;
      const exact = key === folded;
      const contained = !exact && key.length >= MIN_CONTAINED_LENGTH && folded.includes(key);
      if (!exact && !contained) continue;
      if (!best || (exact && !best.exact) || (exact === best.exact && key.length > best.key.length))
        best = { brand, name, key, exact };
    }
  }
  if (!best) return undefined;
  return { brand: best.brand, matchedName: best.name, rest: best.exact ? "" : removeName(query, best.key) };
}

/** The query without the brand name (compared folded, so width and case do not matter). */
function removeName(query: string, key: string): string {
  const words = query.split(" ");
  const kept = words.filter((w) => foldForMatch(w) !== key);
  if (kept.length < words.length) return kept.join(" ").trim();
  // The name is glued to other words (楽天カード): cut it out of the folded text when it is a prefix or suffix.
  const whole = foldForMatch(query);
  if (whole.startsWith(key)) return whole.slice(key.length);
  if (whole.endsWith(key)) return whole.slice(0, -key.length);
  return query;
}

/** Every name of every brand, folded, for tests and for the index-only text. */
export function searchNames(brand: Pick<Brand, "nameJa" | "nameEn" | "aliases">): string[] {
  return [...new Set([brand.nameJa, brand.nameEn, ...brand.aliases])];
}
