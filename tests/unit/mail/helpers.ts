/** Test helpers: fixture access (tests read only tests/fixtures, never /work/shared). */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { compileContact, type ContactFactLike } from "../../../src/lib/brand/contact.ts";

export const FIXTURE_DIR = join(import.meta.dirname, "..", "..", "fixtures", "emails");

/** Sorted fixture file names. */
export function fixtureNames(): string[] {
  return readdirSync(FIXTURE_DIR)
    .filter((name) => name.endsWith(".eml"))
    .sort();
}

/** A fixture's bytes. */
export function fixture(name: string): Uint8Array {
  const buffer = readFileSync(join(FIXTURE_DIR, name));
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}

/** The records of truth.jsonl. */
export function truthRecords(): Record<string, unknown>[] {
  return readFileSync(join(FIXTURE_DIR, "truth.jsonl"), "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

import type { Brand, BrandCategory } from "../../../src/lib/brand/brand.ts";

/** A registry brand for tests (the real registry is tested against the fixtures elsewhere). */
export function testBrand(
  id: string,
  fields: {
    nameJa: string;
    nameEn: string;
    aliases?: string[];
    mail?: string[];
    web?: string[];
    category?: BrandCategory;
    shared?: string[];
    contact?: readonly ContactFactLike[];
  },
): Brand {
  return {
    id,
    nameJa: fields.nameJa,
    nameEn: fields.nameEn,
    category: fields.category ?? "card",
    aliases: fields.aliases ?? [],
    mailDomains: fields.mail ?? [],
    webDomains: fields.web ?? [],
    sharedMailDomains: fields.shared ?? [],
    contact: compileContact(fields.contact),
  };
}
