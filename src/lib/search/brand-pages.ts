/**
 * A brand's cases as small static JSON pages (`/search/brand/<id>/<n>.json`), written at build time.
 * A query that is just a brand name ("アメックス", "SMBC") needs nothing more: the search page shows
 * that brand's cases from these pages without downloading Pagefind at all.
 */
import type { SearchHit } from "./run.ts";

/** Cases per JSON page. */
export const BRAND_PAGE_SIZE = 10;

export interface BrandCase {
  url: string;
  title: string;
  /** `YYYY-MM-DD` in Japan time. */
  date: string;
  brands: string[];
  description: string;
}

export interface BrandPage {
  total: number;
  cases: BrandCase[];
}

export const brandPagePath = (brandId: string, page: number): string => `/search/brand/${brandId}/${page}.json`;

/** Splits a brand's cases (newest first) into pages: page 1 holds the first {@link BRAND_PAGE_SIZE}. */
export function paginateBrandCases(cases: readonly BrandCase[]): BrandPage[] {
  const pages: BrandPage[] = [];
  for (let i = 0; i < Math.max(cases.length, 1); i += BRAND_PAGE_SIZE)
    pages.push({ total: cases.length, cases: cases.slice(i, i + BRAND_PAGE_SIZE) });
  return pages;
}

/** A case from a brand page as a search hit (the description stands in for an excerpt). */
export function brandCaseHit(c: BrandCase): SearchHit {
  return {
    url: c.url,
    title: c.title,
    date: c.date,
    brands: c.brands,
    excerpt: "",
    description: c.description,
    text: "",
  };
}
