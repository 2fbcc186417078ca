/**
 * What a brand page shows, computed from a brand file: the domains the brand sends mail from and
 * runs its site on, each list with its sources and the date they were read; whether a list rests on
 * secondary pages only; and which registry links may be clickable. A link from the registry may be
 * clickable only when it is the brand's own page over https — never a URL from a mail.
 */
import type { BrandRecord } from "../schemas/brand.ts";

/** One source as the page lists it. */
export interface SourceItem {
  url: string;
  title: string;
  /** `YYYY-MM-DD`, the day the page was read. */
  checked: string;
  secondary: boolean;
  /** True when the page links to it (the brand's own https page). */
  clickable: boolean;
}

/** One domain list (mail or web) as the page shows it. */
export interface DomainSection {
  domains: string[];
  note: string | null;
  sources: SourceItem[];
  /** True when no source is the brand's own page (two or more secondary pages agree). */
  secondaryOnly: boolean;
}

export interface BrandPageModel {
  mail: DomainSection;
  web: DomainSection;
  report: { url: string; title: string; checked: string } | null;
  apps: string[];
  howToCheck: string;
}

type DomainList = BrandRecord["mailDomains"];

const isHttps = (url: string): boolean => /^https:\/\//i.test(url);

function section(list: DomainList): DomainSection {
  const sources = list.sources.map((s) => ({
    url: s.url,
    title: s.title,
    checked: s.checked,
    secondary: s.secondary === true,
    clickable: s.secondary !== true && isHttps(s.url),
  }));
  return {
    domains: [...list.domains],
    note: list.note ?? null,
    sources,
    secondaryOnly: list.domains.length > 0 && sources.every((s) => s.secondary),
  };
}

export function brandPageModel(record: BrandRecord): BrandPageModel {
  return {
    mail: section(record.mailDomains),
    web: section(record.webDomains),
    report: record.report ? { ...record.report } : null,
    apps: record.apps ?? [],
    howToCheck: record.howToCheck,
  };
}

/**
 * Every URL of the registry that a brand page may make clickable: the brands' own https source
 * pages and reporting pages. The built-site guard allows exactly these (and the site's allow-list).
 */
export function registryLinks(records: readonly BrandRecord[]): string[] {
  const urls = new Set<string>();
  for (const record of records) {
    const model = brandPageModel(record);
    for (const s of [...model.mail.sources, ...model.web.sources]) if (s.clickable) urls.add(s.url);
    if (model.report && isHttps(model.report.url)) urls.add(model.report.url);
  }
  return [...urls].sort();
}
