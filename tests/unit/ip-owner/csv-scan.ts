/**
 * An independent reading of the ip-location-db CSV files for tests: parse the rows, scan them
 * linearly. Deliberately shares no code with src/lib/ip-owner/.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

const require = createRequire(import.meta.url);
const pkg = (name: string) => dirname(require.resolve(`${name}/package.json`));
const asnDir = pkg("@ip-location-db/asn");
const ccDir = pkg("@ip-location-db/geo-whois-asn-country");

export interface Row {
  start: bigint;
  end: bigint;
  value: string;
}

/** Rows of a `*-num.csv` file: start, end, and the rest of the line (ASN + name, or country). */
export function rows(file: string): Row[] {
  return readFileSync(file, "utf8")
    .split("\n")
    .filter((l) => l !== "")
    .map((line) => {
      const [start, end] = line.split(",", 2) as [string, string];
      return { start: BigInt(start), end: BigInt(end), value: line.slice(start.length + end.length + 2) };
    });
}

/** The four tables. */
export function csvTables() {
  return {
    v4: { asn: rows(join(asnDir, "asn-ipv4-num.csv")), cc: rows(join(ccDir, "geo-whois-asn-country-ipv4-num.csv")) },
    v6: { asn: rows(join(asnDir, "asn-ipv6-num.csv")), cc: rows(join(ccDir, "geo-whois-asn-country-ipv6-num.csv")) },
  };
}

/** Linear scan: the row containing `at` that starts last, or undefined. */
export function scan(table: readonly Row[], at: bigint): Row | undefined {
  let best: Row | undefined;
  for (const r of table) if (r.start <= at && at <= r.end && (!best || r.start >= best.start)) best = r;
  return best;
}

/** What the data says about `at`: ASN and name from the ASN table, country from the country table. */
export function expected(asnRows: Row[], ccRows: Row[], at: bigint) {
  const a = scan(asnRows, at);
  const comma = a ? a.value.indexOf(",") : -1;
  const rawOrg = a ? a.value.slice(comma + 1) : "";
  const org = rawOrg.startsWith('"') ? rawOrg.slice(1, -1).replace(/""/g, '"') : rawOrg;
  return {
    asn: a ? Number(a.value.slice(0, comma)) : null,
    org: a ? org || null : null,
    country: scan(ccRows, at)?.value ?? null,
  };
}

export const v4Text = (n: bigint) => [24n, 16n, 8n, 0n].map((s) => (n >> s) & 255n).join(".");
export const v6Text = (n: bigint) =>
  Array.from({ length: 8 }, (_, i) => ((n >> BigInt(112 - 16 * i)) & 0xffffn).toString(16)).join(":");

/** The number of an address written as dotted quad or IPv6 text (for tests; full forms and `::`). */
export function addressNumber(text: string): { version: 4 | 6; value: bigint } {
  if (!text.includes(":")) return { version: 4, value: text.split(".").reduce((n, p) => n * 256n + BigInt(p), 0n) };
  const [head = "", tail = ""] = text.split("::");
  const h = head ? head.split(":") : [];
  const t = text.includes("::") ? (tail ? tail.split(":") : []) : [];
  const groups = [...h, ...Array(8 - h.length - t.length).fill("0"), ...t];
  return { version: 6, value: groups.reduce((n, g) => n * 65536n + BigInt(`0x${g}`), 0n) };
}
