/**
 * Checks that span the whole brand registry (one file cannot see the others): an alias or name
 * that two brands share would make a mail's claim ambiguous and search land on the wrong brand.
 */
import { foldForMatch } from "../search/normalize.ts";

/** A brand file as the registry check needs it. */
export interface RegistryEntry {
  id: string;
  nameJa: string;
  nameEn: string;
  aliases: readonly string[];
}

/** One problem, naming the file and the field. */
export interface RegistryProblem {
  file: string;
  field: string;
  message: string;
}

/** Every name or alias that more than one brand uses (compared folded: width, case, kana, spaces). */
export function findSharedNames(entries: readonly RegistryEntry[]): RegistryProblem[] {
  const owners = new Map<string, { id: string; name: string; field: string }[]>();
  for (const entry of entries) {
    const fields: [string, string][] = [
      ["nameJa", entry.nameJa],
      ["nameEn", entry.nameEn],
      ...entry.aliases.map((a, i): [string, string] => [`aliases[${i}]`, a]),
    ];
    const mine = new Set<string>();
    for (const [field, name] of fields) {
      const key = foldForMatch(name);
      if (!key || mine.has(key)) continue;
      mine.add(key);
      const list = owners.get(key) ?? [];
      list.push({ id: entry.id, name, field });
      owners.set(key, list);
    }
  }
  const problems: RegistryProblem[] = [];
  for (const list of owners.values()) {
    if (list.length < 2) continue;
    for (const owner of list.slice(1)) {
      if (owner.field === "nameJa" || owner.field === "nameEn") continue;
      const others = list.filter((o) => o.id !== owner.id).map((o) => `${o.id}.json の ${o.field}`);
      problems.push({
        file: `content/brands/${owner.id}.json`,
        field: owner.field,
        message: `別名「${owner.name}」は ${others.join("、")} と同じです。別名は一つのブランドにだけ書いてください（検索とメールの判定がどちらのブランドか決められません）。`,
      });
    }
    // Two brands with the very same name (nameJa/nameEn) are as ambiguous as a shared alias.
    const names = list.filter((o) => o.field === "nameJa" || o.field === "nameEn");
    if (names.length > 1)
      for (const owner of names.slice(1))
        problems.push({
          file: `content/brands/${owner.id}.json`,
          field: owner.field,
          message: `名前「${owner.name}」は ${names[0]?.id}.json と同じです。ブランドの名前は重ならないようにしてください。`,
        });
  }
  return problems;
}

/** A brand file's record as the summary needs it. */
interface SummaryRecord {
  id: string;
  mailDomains: { sources: readonly { url: string; checked: string }[] };
  webDomains: { sources: readonly { url: string; checked: string }[] };
  report?: { url: string; checked: string } | undefined;
  contact?:
    | readonly { kind: string; sources: readonly { url: string; checked: string; secondary?: boolean | undefined }[] }[]
    | undefined;
}

/** What the build prints about the registry it compiled, and what is due for re-checking. */
export interface RegistrySummary {
  brands: number;
  facts: number;
  brandsWithFacts: number;
  /** Brands with at least one contact fact resting on the brand's own page. */
  brandsWithOwnFacts: number;
  /** Distinct pages cited anywhere in the registry. */
  sources: number;
  /** Brand files that cite no page at all. */
  unsourced: string[];
  /** Facts read more than a year before `now`: `file field (checked)`. */
  stale: string[];
}

/** Counts the registry and lists what needs re-checking (a page read more than a year ago). */
export function summariseRegistry(records: readonly SummaryRecord[], now: Date): RegistrySummary {
  const yearAgo = new Date(now.getTime() - 365 * 24 * 3600 * 1000).toISOString().slice(0, 10);
  const pages = new Set<string>();
  const stale: string[] = [];
  const unsourced: string[] = [];
  let facts = 0;
  let withFacts = 0;
  let withOwn = 0;
  for (const r of records) {
    const cited: { field: string; url: string; checked: string }[] = [
      ...r.mailDomains.sources.map((s) => ({ field: "mailDomains", ...s })),
      ...r.webDomains.sources.map((s) => ({ field: "webDomains", ...s })),
      ...(r.report ? [{ field: "report", ...r.report }] : []),
      ...(r.contact ?? []).flatMap((f, i) => f.sources.map((s) => ({ field: `contact[${i}] (${f.kind})`, ...s }))),
    ];
    for (const c of cited) {
      pages.add(c.url);
      if (c.checked < yearAgo) stale.push(`content/brands/${r.id}.json ${c.field}（${c.checked} 確認）`);
    }
    if (cited.length === 0) unsourced.push(r.id);
    const contact = r.contact ?? [];
    facts += contact.length;
    if (contact.length > 0) withFacts++;
    if (contact.some((f) => f.sources.some((s) => !s.secondary))) withOwn++;
  }
  return {
    brands: records.length,
    facts,
    brandsWithFacts: withFacts,
    brandsWithOwnFacts: withOwn,
    sources: pages.size,
    unsourced,
    stale: [...new Set(stale)],
  };
}
