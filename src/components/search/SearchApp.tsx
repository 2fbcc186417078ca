/**
 * The search page's island: a form that works with the keyboard alone, brand and category filters,
 * and results grouped so that a brand query shows that brand's cases first. Loads Pagefind from
 * /pagefind/ (same origin) on first use; `?q=` in the URL runs the search on load.
 */
import { useEffect, useRef, useState } from "preact/hooks";
import type { SearchBrand } from "../../lib/search/brands.ts";
import {
  PAGE_SIZE,
  runSearch,
  type Filters,
  type PagefindLike,
  type SearchOutcome,
  type SearchSource,
} from "../../lib/search/run.ts";
import { brandPagePath, type BrandPage } from "../../lib/search/brand-pages.ts";
import { ResultItem } from "./ResultItem.tsx";
import { BrandCard } from "./BrandCard.tsx";
import { t } from "../../i18n/ja.ts";

interface Props {
  brands: SearchBrand[];
  /** Filter values with labels, known at build time: brand (nameJa) and category labels. */
  brandOptions: string[];
  categoryOptions: string[];
}

interface PagefindModule extends PagefindLike {
  init(): Promise<void>;
  options(options: Record<string, unknown>): Promise<void>;
}

const PAGEFIND_URL = "/pagefind/pagefind.js";
let pagefindPromise: Promise<PagefindModule> | undefined;
function loadPagefind(): Promise<PagefindModule> {
  pagefindPromise ??= (import(/* @vite-ignore */ PAGEFIND_URL) as Promise<PagefindModule>).then(async (pf) => {
    // Search on the main thread: the index is small, and the worker would be one more download.
    await pf.options({ noWorker: true });
    await pf.init();
    return pf;
  });
  return pagefindPromise;
}

/** Pagefind only when a query needs it; a bare brand name reads the brand's small static pages. */
const source: SearchSource = {
  pagefind: loadPagefind,
  async brandPage(brandId, page) {
    const res = await fetch(brandPagePath(brandId, page));
    return res.ok ? ((await res.json()) as BrandPage) : null;
  },
};

type Status = "idle" | "loading" | "done" | "error";

function readUrl(): { q: string; filters: Filters } {
  const p = new URLSearchParams(location.search);
  const filters: Filters = {};
  const brand = p.get("brand");
  const category = p.get("category");
  if (brand) filters.brand = brand;
  if (category) filters.category = category;
  return { q: p.get("q") ?? "", filters };
}

function writeUrl(q: string, filters: Filters) {
  const p = new URLSearchParams();
  if (q) p.set("q", q);
  if (filters.brand) p.set("brand", filters.brand);
  if (filters.category) p.set("category", filters.category);
  const qs = p.toString();
  history.replaceState(null, "", qs ? `?${qs}` : location.pathname);
}

export default function SearchApp({ brands, brandOptions, categoryOptions }: Props) {
  const [query, setQuery] = useState("");
  const [filters, setFilters] = useState<Filters>({});
  const [status, setStatus] = useState<Status>("idle");
  const [outcome, setOutcome] = useState<SearchOutcome>({ kind: "empty" });
  const run = useRef(0);
  const debounce = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const [limit, setLimit] = useState(PAGE_SIZE);
  const lastKey = useRef("");
  const [withOthers, setWithOthers] = useState(false);
  const search = async (q: string, f: Filters, max = PAGE_SIZE, others = false) => {
    // The same search again (Enter after the debounced search ran) changes nothing: skip it.
    const key = JSON.stringify([q.trim(), f.brand ?? "", f.category ?? "", max, others]);
    if (key === lastKey.current) return;
    lastKey.current = key;
    const id = ++run.current;
    writeUrl(q.trim(), f);
    if (!q.trim() && !f.brand && !f.category) {
      setOutcome({ kind: "empty" });
      setStatus("idle");
      return;
    }
    setStatus("loading");
    try {
      const result = await runSearch(source, q, brands, f, { limit: max, withOthers: others });
      if (id !== run.current) return;
      setLimit(max);
      setWithOthers(others);
      setOutcome(result);
      setStatus("done");
    } catch (e) {
      console.error(e);
      lastKey.current = "";
      if (id === run.current) setStatus("error");
    }
  };

  // What a reader typed before the island hydrated is in the box but not yet in `query`: kept.
  const box = useRef<HTMLInputElement>(null);
  useEffect(() => {
    const { q: fromUrl, filters: f } = readUrl();
    const q = fromUrl || box.current?.value || "";
    setQuery(q);
    setFilters(f);
    if (q || f.brand || f.category) void search(q, f);
  }, []);

  const onInput = (value: string) => {
    setQuery(value);
    clearTimeout(debounce.current);
    debounce.current = setTimeout(() => void search(value, filters), 250);
  };
  const onFilter = (key: keyof Filters, value: string) => {
    const next = { ...filters };
    if (value) next[key] = value;
    else delete next[key];
    setFilters(next);
    void search(query, next);
  };

  return (
    <div class="search-app">
      <form
        role="search"
        aria-label={t("search.title")}
        action="/search/"
        method="get"
        onSubmit={(e) => {
          e.preventDefault();
          clearTimeout(debounce.current);
          const q = box.current?.value ?? query;
          setQuery(q);
          void search(q, filters);
        }}
      >
        <label for="search-q">{t("search.label")}</label>
        <div class="search-row">
          <input
            id="search-q"
            ref={box}
            type="search"
            name="q"
            value={query}
            placeholder={t("search.placeholder")}
            autocomplete="off"
            onInput={(e) => onInput(e.currentTarget.value)}
          />
          <button type="submit">{t("search.submit")}</button>
        </div>
        <details class="search-filters" open={Boolean(filters.brand || filters.category)}>
          <summary>{t("search.filters")}</summary>
          <FilterGroup
            legend={t("search.filterBrand")}
            name="brand"
            options={brandOptions}
            value={filters.brand ?? ""}
            onChange={(v) => onFilter("brand", v)}
          />
          <FilterGroup
            legend={t("search.filterCategory")}
            name="category"
            options={categoryOptions}
            value={filters.category ?? ""}
            onChange={(v) => onFilter("category", v)}
          />
        </details>
      </form>
      <Results status={status} outcome={outcome} />
      {status === "done" && hasMore(outcome) && (
        <button
          type="button"
          class="search-more"
          onClick={() => void search(query, filters, limit + PAGE_SIZE, withOthers)}
        >
          {t("search.more")}
        </button>
      )}
      {status === "done" && outcome.kind === "brand" && outcome.othersDeferred && (
        <button
          type="button"
          class="search-more search-others"
          onClick={() => void search(query, filters, PAGE_SIZE, true)}
        >
          {t("search.searchOthers").replace("{q}", outcome.query)}
        </button>
      )}
    </div>
  );
}

function hasMore(outcome: SearchOutcome): boolean {
  if (outcome.kind === "brand")
    return outcome.brandHits.length < outcome.brandTotal || outcome.otherHits.length < outcome.otherTotal;
  return outcome.kind === "text" && outcome.hits.length < outcome.total;
}

function FilterGroup(props: {
  legend: string;
  name: string;
  options: string[];
  value: string;
  onChange: (v: string) => void;
}) {
  return (
    <fieldset>
      <legend>{props.legend}</legend>
      {["", ...props.options].map((o) => (
        <label class="search-radio">
          <input
            type="radio"
            name={props.name}
            value={o}
            checked={props.value === o}
            onChange={() => props.onChange(o)}
          />
          {o || t("search.filterAll")}
        </label>
      ))}
    </fieldset>
  );
}

function Results({ status, outcome }: { status: Status; outcome: SearchOutcome }) {
  const message =
    status === "loading"
      ? t("search.loading")
      : status === "error"
        ? t("search.error")
        : status === "done"
          ? outcome.kind === "brand"
            ? `${outcome.brandTotal + outcome.otherTotal} ${t("search.count")}`
            : outcome.kind === "text"
              ? outcome.hits.length
                ? `${outcome.total} ${t("search.count")}`
                : `「${outcome.query}」${t("search.none")}`
              : outcome.kind === "no-case"
                ? `${outcome.match.brand.nameJa}${t("search.noCase")}`
                : ""
          : "";
  return (
    <section class="search-results" aria-labelledby="search-results-heading">
      <h2 id="search-results-heading" class="sr-only">
        {t("search.results")}
      </h2>
      <p role="status" class="search-status">
        {message}
      </p>
      {status !== "error" && (outcome.kind === "brand" || outcome.kind === "no-case") && (
        <BrandCard brand={outcome.match.brand} />
      )}
      {status !== "error" && outcome.kind === "brand" && (
        <>
          {outcome.brandHits.length > 0 && (
            <>
              <h3 class="search-group">
                {outcome.match.brand.nameJa}
                {t("search.brandCases")}
              </h3>
              <ol class="search-list">
                {outcome.brandHits.map((h) => (
                  <ResultItem hit={h} />
                ))}
              </ol>
            </>
          )}
          {outcome.otherHits.length > 0 && (
            <>
              <h3 class="search-group">{t("search.otherCases")}</h3>
              <ol class="search-list">
                {outcome.otherHits.map((h) => (
                  <ResultItem hit={h} />
                ))}
              </ol>
            </>
          )}
        </>
      )}
      {status !== "error" && outcome.kind === "text" && outcome.hits.length > 0 && (
        <ol class="search-list">
          {outcome.hits.map((h) => (
            <ResultItem hit={h} />
          ))}
        </ol>
      )}
      {status !== "error" && outcome.kind === "no-case" && (
        <div class="search-nocase">
          <p>{t("search.noCaseNote")}</p>
          <ul>
            <li>
              <a href="/brands/">{t("search.allBrands")}</a>
            </li>
            <li>
              <a href="/about/">{t("search.protect")}</a>
            </li>
          </ul>
        </div>
      )}
    </section>
  );
}
