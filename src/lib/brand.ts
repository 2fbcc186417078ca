/**
 * The brand registry as plain data: what the content collection `brands` holds, in a shape that
 * pure library code (mail rules, URL verdicts, search) can take without importing Astro.
 */
export interface Brand {
  /** File name of the brand's data file, e.g. `american-express`. */
  id: string;
  nameJa: string;
  nameEn: string;
  /** Other names readers type: アメックス, AMEX, … */
  aliases: string[];
  /** Registrable domains the brand really uses, lower case, e.g. `americanexpress.com`. */
  officialDomains: string[];
  /** The brand's own page for reporting phishing, when known. */
  reportUrl?: string | undefined;
}

/** Every name a brand goes by: Japanese, English and the aliases. */
export function brandNames(brand: Brand): string[] {
  return [brand.nameJa, brand.nameEn, ...brand.aliases];
}

/** True when `host` is one of the brand's official domains or a subdomain of one. */
export function isOfficialHost(brand: Brand, host: string): boolean {
  const h = host.toLowerCase().replace(/\.$/, "");
  return brand.officialDomains.some((d) => h === d || h.endsWith(`.${d}`));
}
