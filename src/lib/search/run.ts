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
import { BRAND_PAGE_SIZE, brandCaseHit, type BrandPage } from "./brand-pages.ts";

export interface ResultData {
  url: string;
  excerpt: string;
  /** The indexed text of the page (Pagefind returns it with each result). */
  content?: string;
  meta: Record<string, string | undefined>;
  filters?: Record<string, string[]>;
}

export interface PagefindLike {
  search(
    term: string | null,
    options?: { filters?: Record<string, string | string[]> },
  ): Promise<{ results: { id: string; data(): Promise<ResultData> }[] } | null>;
}

export type Filters = Partial<Record<"brand" | "category", string>>;

/** Where results come from: Pagefind (loaded only when needed) and the static per-brand pages. */
export interface SearchSource {
  pagefind(): Promise<PagefindLike>;
  /** Page `page` (from 1) of a brand's cases, or null when there is none. */
  brandPage?(brandId: string, page: number): Promise<BrandPage | null>;
}

export interface SearchOptions {
  /** Results per list to load (default {@link PAGE_SIZE}). */
  limit?: number;
  /** For a bare brand name: also search every article for the name (loads Pagefind). */
  withOthers?: boolean;
}

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
  | {
      kind: "brand";
      query: string;
      match: BrandMatch;
      brandHits: SearchHit[];
      otherHits: SearchHit[];
      brandTotal: number;
      otherTotal: number;
      /** True when other articles were not searched yet (a bare brand name answered from the brand pages). */
      othersDeferred: boolean;
    }
  | { kind: "no-case"; query: string; match: BrandMatch }
  | { kind: "text"; query: string; hits: SearchHit[]; total: number };

/**
 * How many results of each list are loaded at first; the reader asks for more. Each result costs a
 * fragment download (a few KB), so this keeps a query's transfer small on a large site.
 */
export const PAGE_SIZE = 10;
/** An indicator query (domain, IP…) looks at this many results to bring exact matches first. */
export const INDICATOR_SCAN = 30;

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

interface HitPage {
  hits: SearchHit[];
  /** Results found (after `exclude`), loaded or not. */
  total: number;
  /** Ids of every result the search found. */
  ids: ReadonlySet<string>;
}

async function hits(
  pf: PagefindLike,
  term: string | null,
  filters: Filters,
  limit: number,
  exclude: ReadonlySet<string> = new Set(),
): Promise<HitPage> {
  const clean = Object.fromEntries(Object.entries(filters).filter(([, v]) => v)) as Record<string, string>;
  const res = await pf.search(term, Object.keys(clean).length ? { filters: clean } : {});
  if (!res) return { hits: [], total: 0, ids: new Set() };
  // Leaving out results by id before loading them: each loaded result is a fragment download.
  const results = res.results.filter((r) => !exclude.has(r.id));
  return {
    hits: await Promise.all(results.slice(0, limit).map(async (r) => toHit(await r.data()))),
    total: results.length,
    ids: new Set(res.results.map((r) => r.id)),
  };
}

/** Runs one search, loading at most `limit` results per list (Pagefind caches what it fetched). */
export async function runSearch(
  from: PagefindLike | SearchSource,
  rawQuery: string,
  brands: readonly SearchBrand[],
  filters: Filters = {},
  options: SearchOptions = {},
): Promise<SearchOutcome> {
  const source: SearchSource = "search" in from ? { pagefind: async () => from } : from;
  const limit = options.limit ?? PAGE_SIZE;
  const query = normalizeQuery(rawQuery);
  if (!query) {
    if (!filters.brand && !filters.category) return { kind: "empty" };
    const page = await hits(await source.pagefind(), null, filters, limit);
    return { kind: "text", query, hits: page.hits, total: page.total };
  }
  const match = resolveBrand(query, brands);
  if (match && match.brand.caseCount === 0) return { kind: "no-case", query, match };
  if (match) {
    const bareBrand = !match.rest && !filters.category && (!filters.brand || filters.brand === match.brand.nameJa);
    if (bareBrand && !options.withOthers && source.brandPage) {
      const pageCount = Math.ceil(limit / BRAND_PAGE_SIZE);
      const pages = await Promise.all(
        Array.from({ length: pageCount }, (_, i) => source.brandPage!(match.brand.id, i + 1)),
      );
      const first = pages[0];
      if (first) {
        const brandHits = pages
          .flatMap((p) => p?.cases ?? [])
          .slice(0, limit)
          .map(brandCaseHit);
        return {
          kind: "brand",
          query,
          match,
          brandHits,
          otherHits: [],
          brandTotal: first.total,
          otherTotal: 0,
          othersDeferred: true,
        };
      }
    }
    const pf = await source.pagefind();
    const brandFilters = { ...filters, brand: match.brand.nameJa };
    const chosenOther = filters.brand && filters.brand !== match.brand.nameJa;
    const none: HitPage = { hits: [], total: 0, ids: new Set() };
    let brand: HitPage = chosenOther ? none : match.rest ? await hits(pf, match.rest, brandFilters, limit) : none;
    if (!chosenOther && brand.total === 0) brand = await hits(pf, null, brandFilters, limit);
    // Other cases that mention the name come after the brand's own cases: fewer of them at first.
    const other = await hits(pf, query, filters, Math.ceil(limit / 2), brand.ids);
    const otherHits = other.hits;
    const otherTotal = other.total;
    return {
      kind: "brand",
      query,
      match,
      brandHits: brand.hits,
      otherHits,
      brandTotal: brand.total,
      otherTotal,
      othersDeferred: false,
    };
  }
  const pf = await source.pagefind();
  const page = await hits(
    pf,
    query,
    filters,
    extractIndicators(query).length ? Math.max(limit, INDICATOR_SCAN) : limit,
  );
  return { kind: "text", query, hits: indicatorsFirst(page.hits, query).slice(0, limit), total: page.total };
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
