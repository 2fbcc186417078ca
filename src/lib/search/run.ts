/**
 * One search, as the search page runs it: resolve the query against the brand registry, then ask
 * Pagefind. A registry brand with cases puts that brand's cases first (through the brand filter, so
 * Pagefind's loose Japanese segmentation cannot push another brand ahead); a brand the site has no
 * case for gets no results presented as matches. Takes any object shaped like Pagefind's JS API, so
 * it runs in tests without a browser.
 */
import { resolveBrand, type BrandMatch, type SearchBrand } from "./brands.ts";
import { extractIndicators } from "./indicators.ts";
import { normalizeQuery } from "./normalize.ts";

export interface ResultData {
  url: string;
  excerpt: string;
  /** The indexed text of the page (Pagefind returns it with each result). */
  content?: string;
  meta: Record<string, string | undefined>;
  filters?: Record<string, string[]>;
}

export interface PagefindLike {
  search(term: string | null, options?: { filters?: Record<string, string | string[]> }): Promise<{ results: { id: string; data(): Promise<ResultData> }[] } | null>;
}

export type Filters = Partial<Record<"brand" | "category", string>>;

export interface SearchHit {
  url: string;
  title: string;
  date: string | undefined;
  brands: string[];
  excerpt: string;
  description: string | undefined;
  /** Indexed text, lower case, for exact indicator matching. */
  text: string;
}

export type SearchOutcome =
  | { kind: "empty" }
  | { kind: "brand"; query: string; match: BrandMatch; brandHits: SearchHit[]; otherHits: SearchHit[] }
  | { kind: "no-case"; query: string; match: BrandMatch }
  | { kind: "text"; query: string; hits: SearchHit[] };

/** How many results of each list are loaded (the site is small; Pagefind loads fragments lazily). */
export const MAX_RESULTS = 30;

function toHit(d: ResultData): SearchHit {
  return {
    url: d.url,
    title: d.meta["title"] ?? d.url,
    date: d.meta["date"],
    brands: (d.meta["brands"] ?? "").split("、").filter(Boolean),
    excerpt: d.excerpt,
    description: d.meta["description"],
    text: (d.content ?? "").toLowerCase(),
  };
}

async function hits(pf: PagefindLike, term: string | null, filters: Filters): Promise<SearchHit[]> {
  const clean = Object.fromEntries(Object.entries(filters).filter(([, v]) => v)) as Record<string, string>;
  const res = await pf.search(term, Object.keys(clean).length ? { filters: clean } : {});
  if (!res) return [];
  return Promise.all(res.results.slice(0, MAX_RESULTS).map(async (r) => toHit(await r.data())));
}

export async function runSearch(pf: PagefindLike, rawQuery: string, brands: readonly SearchBrand[], filters: Filters = {}): Promise<SearchOutcome> {
  const query = normalizeQuery(rawQuery);
  if (!query) {
    if (!filters.brand && !filters.category) return { kind: "empty" };
    return { kind: "text", query, hits: await hits(pf, null, filters) };
  }
  const match = resolveBrand(query, brands);
  if (match && match.brand.caseCount === 0) return { kind: "no-case", query, match };
  if (match) {
    const brandFilters = { ...filters, brand: match.brand.nameJa };
    const chosenOther = filters.brand && filters.brand !== match.brand.nameJa;
    let brandHits = chosenOther ? [] : match.rest ? await hits(pf, match.rest, brandFilters) : [];
    if (!chosenOther && brandHits.length === 0) brandHits = await hits(pf, null, brandFilters);
    const seen = new Set(brandHits.map((h) => h.url));
    const otherHits = (await hits(pf, query, filters)).filter((h) => !seen.has(h.url));
    return { kind: "brand", query, match, brandHits, otherHits };
  }
  return { kind: "text", query, hits: indicatorsFirst(await hits(pf, query, filters), query) };
}

/**
 * When the query is an indicator (domain, address, IP, URL), the cases whose text contains it
 * exactly come first: Pagefind splits `163.43.131.56` into numbers that other pages may contain too.
 */
export function indicatorsFirst(list: SearchHit[], query: string): SearchHit[] {
  const wanted = extractIndicators(query);
  if (!wanted.length) return list;
  const exact = (h: SearchHit) => wanted.some((w) => h.text.includes(w));
  return [...list.filter(exact), ...list.filter((h) => !exact(h))];
}
