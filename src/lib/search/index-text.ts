/**
 * Index-only text: what the indexer adds to an article's HTML before Pagefind reads it (the HTML
 * served to readers is not changed). Brand names and aliases make a query by any name of the brand
 * match; the plain forms of indicators make a pasted domain or IP match even when the article shows
 * it defanged.
 */
import { htmlToText } from "../template/body-text.ts";
import { INDEX_ONLY_SEPARATOR } from "./index-only-separator.ts";
import { extractIndicators, indicatorForms } from "./indicators.ts";

const escapeHtml = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

const decodeEntities = (s: string) =>
  s
    .replace(/&#x([0-9a-f]+);/gi, (_m, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_m, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");

/** Where the element marked `data-pagefind-body` starts and ends in `html`, or undefined. */
export function findBody(html: string): { open: number; innerStart: number; innerEnd: number } | undefined {
  return findElement(html, /<([a-z][a-z0-9-]*)\b[^>]*\sdata-pagefind-body\b[^>]*>/i);
}

/** Where the first element whose start tag `startTag` matches begins and ends, or undefined. */
function findElement(
  html: string,
  startTag: RegExp,
  from = 0,
): { open: number; innerStart: number; innerEnd: number } | undefined {
  const search = new RegExp(startTag.source, startTag.flags.includes("g") ? startTag.flags : `${startTag.flags}g`);
  search.lastIndex = from;
  const open = search.exec(html);
  if (!open?.[1]) return undefined;
  const tag = open[1].toLowerCase();
  const re = new RegExp(`<(/?)${tag}\\b[^>]*>`, "gi");
  re.lastIndex = open.index + open[0].length;
  let depth = 1;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    depth += m[1] ? -1 : 1;
    if (depth === 0) return { open: open.index, innerStart: open.index + open[0].length, innerEnd: m.index };
  }
  return undefined;
}

/**
 * The text of the header breakdowns of the article's own mail (`data-mail-origin="own"`), as
 * opposed to a mail quoted for comparison: indicators found there rank the case that received
 * the mail above cases that only mention it.
 */
export function ownMailText(fragment: string): string {
  const texts: string[] = [];
  for (let from = 0; texts.length < 20;) {
    const el = findElement(fragment, /<([a-z][a-z0-9-]*)\b[^>]*\sdata-mail-origin="own"[^>]*>/i, from);
    if (!el) break;
    texts.push(htmlText(fragment.slice(el.innerStart, el.innerEnd)));
    from = el.innerEnd;
  }
  return texts.join("\n");
}

/**
 * The visible text of an HTML fragment, for indicator extraction: the one HTML-to-text of the project
 * (the parse5 view that template matching and the scaffold read too), so that what is indexed is the
 * text a reader sees.
 */
export function htmlText(fragment: string): string {
  return htmlToText(fragment);
}

/** Values of `data-pagefind-filter="<name>"` elements whose text is the value, e.g. brand links. */
export function filterValues(html: string, name: string): string[] {
  const re = new RegExp(`<[a-z][^>]*\\sdata-pagefind-filter="${name}"[^>]*>([^<]*)<`, "gi");
  return [...html.matchAll(re)].map((m) => decodeEntities(m[1] ?? "").trim()).filter(Boolean);
}

export interface IndexExtra {
  /** Every name of every brand the article is about. */
  brandNames: readonly string[];
  /** Text of the article, to find indicators in. */
  articleText: string;
  /** Text of the article's own mail (its header breakdowns), whose indicators weigh more. */
  ownMailText?: string | undefined;
  /** The page's description, stored as metadata for results whose excerpt is index-only text. */
  description?: string | undefined;
}

/** The index-only HTML for one article. */
export function indexOnlyHtml({ brandNames, articleText, ownMailText = "", description }: IndexExtra): string {
  const own = extractIndicators(ownMailText).flatMap(indicatorForms);
  const indicators = extractIndicators(articleText)
    .flatMap(indicatorForms)
    .filter((i) => !own.includes(i));
  const sep = ` ${INDEX_ONLY_SEPARATOR} `;
  const parts: string[] = [];
  if (description)
    parts.push(`<p data-pagefind-ignore><span data-pagefind-meta="description">${escapeHtml(description)}</span></p>`);
  if (brandNames.length) parts.push(`<p data-pagefind-weight="5">${brandNames.map(escapeHtml).join(sep)}${sep}</p>`);
  if (own.length) parts.push(`<p data-pagefind-weight="8">${own.map(escapeHtml).join(sep)}${sep}</p>`);
  if (indicators.length) parts.push(`<p data-pagefind-weight="2">${indicators.map(escapeHtml).join(sep)}${sep}</p>`);
  return parts.length ? `<div data-search-index-only>${parts.join("")}</div>` : "";
}

/** The content of `<meta name="description">`, if any. */
export function metaDescription(html: string): string | undefined {
  const m = /<meta\s+name="description"\s+content="([^"]*)"/i.exec(html);
  return m?.[1] ? decodeEntities(m[1]) : undefined;
}

/**
 * `html` with index-only text added at the end of its `data-pagefind-body` element; unchanged when
 * the page has no such element (it is not indexed then anyway).
 */
export function withIndexOnlyText(html: string, brandNamesOf: (filterBrand: string) => readonly string[]): string {
  const body = findBody(html);
  if (!body) return html;
  const inner = html.slice(body.innerStart, body.innerEnd);
  const names = [...new Set(filterValues(inner, "brand").flatMap(brandNamesOf))];
  const extra = indexOnlyHtml({
    brandNames: names,
    articleText: htmlText(inner),
    ownMailText: ownMailText(inner),
    description: metaDescription(html),
  });
  return html.slice(0, body.innerEnd) + extra + html.slice(body.innerEnd);
}
