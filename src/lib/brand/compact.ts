/**
 * The registry as the checker's worker needs it: each contact fact with the one page its reason cites
 * (`source`), without the full list of pages and the notes that only the brand pages show.
 */
import type { Brand } from "./brand.ts";
import type { BrandContact } from "./contact.ts";

function compactContact(contact: BrandContact): BrandContact {
  const strip = <T extends { sources: unknown[]; note?: string | undefined }>(facts: readonly T[]): T[] =>
    facts.map(({ note: _note, ...fact }) => ({ ...fact, sources: [] }) as unknown as T);
  return {
    mailSenders: strip(contact.mailSenders),
    smsSenders: strip(contact.smsSenders),
    linkHosts: strip(contact.linkHosts),
    usesChannels: strip(contact.usesChannels),
    neverSends: strip(contact.neverSends),
    neverAsks: strip(contact.neverAsks),
    signs: strip(contact.signs),
  };
}

/** The brands for `/check/brands.json`. */
export function compactBrandsForChecker(brands: readonly Brand[]): Brand[] {
  return brands.map((b) => ({ ...b, contact: compactContact(b.contact) }));
}
