/**
 * The compiled look-up against the package's own CSV files, read here independently: a few lines that
 * parse the rows and scan them linearly for the row holding an address (the latest-starting one when
 * rows nest, as the country data does). IPv4 and IPv6, both ends of ranges, just outside them, and
 * addresses in no range.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { nodeIpOwnerLookup } from "../../../src/lib/ip-owner/store.node.ts";
import type { IpOwnerLookup } from "../../../src/lib/ip-owner/lookup.ts";
import { csvTables, expected, scan, v4Text, v6Text, type Row } from "./csv-scan.ts";

/** A deterministic spread of rows: their first and last address and the addresses just outside. */
function probes(table: Row[], count: number, max: bigint): bigint[] {
  const out: bigint[] = [];
  for (let i = 0; i < count; i++) {
    const r = table[Math.floor((((i * 2654435761) % 4294967296) / 4294967296) * table.length)];
    if (!r) continue;
    out.push(r.start, r.end);
    if (r.start > 0n) out.push(r.start - 1n);
    if (r.end < max) out.push(r.end + 1n);
  }
  return out;
}

/** Addresses in no ASN row: the first address after a row that the next row does not start at. */
function gaps(table: Row[], count: number): bigint[] {
  const out: bigint[] = [];
  for (let i = 0; i + 1 < table.length && out.length < count; i += 97) {
    const r = table[i];
    const next = table[i + 1];
    if (r && next && next.start > r.end + 1n) out.push(r.end + 1n);
  }
  return out;
}

let lookup: IpOwnerLookup;
let v4: { asn: Row[]; cc: Row[] };
let v6: { asn: Row[]; cc: Row[] };

beforeAll(() => {
  lookup = nodeIpOwnerLookup();
  ({ v4, v6 } = csvTables());
}, 120_000);

describe("IP owner look-up against the package CSV", () => {
  it("finds SAKURA Internet, AS9370, Japan for 163.43.131.56, the American Express sender", async () => {
    const owner = await lookup.lookup("163.43.131.56");
    expect(owner).toEqual({ ip: "163.43.131.56", asn: 9370, org: "SAKURA Internet Inc.", country: "JP" });
    expect(owner).toMatchObject(expected(v4.asn, v4.cc, 0xa32b8338n));
  });

  it("agrees with a linear scan at both ends of IPv4 ranges and just outside them", async () => {
    const addresses = probes(v4.asn, 50, 0xffffffffn).concat(probes(v4.cc, 25, 0xffffffffn));
    for (const at of addresses) {
      const ip = v4Text(at);
      expect({ ip, ...(await lookup.lookup(ip)) }).toEqual({ ip, ...expected(v4.asn, v4.cc, at) });
    }
  }, 60_000);

  it("agrees with a linear scan at both ends of IPv6 ranges and just outside them", async () => {
    const max = (1n << 128n) - 1n;
    const addresses = probes(v6.asn, 40, max).concat(probes(v6.cc, 20, max));
    for (const at of addresses) {
      const ip = v6Text(at);
      const owner = await lookup.lookup(ip);
      expect({ ip, asn: owner?.asn, org: owner?.org, country: owner?.country }).toEqual({
        ip,
        ...expected(v6.asn, v6.cc, at),
      });
    }
  }, 60_000);

  it("says an address in no announced range has no network (IPv4 and IPv6)", async () => {
    const v4Gaps = gaps(v4.asn, 5);
    const v6Gaps = gaps(v6.asn, 5);
    expect(v4Gaps.length).toBeGreaterThan(0);
    expect(v6Gaps.length).toBeGreaterThan(0);
    for (const at of v4Gaps) {
      const owner = await lookup.lookup(v4Text(at));
      expect(owner?.asn).toBeNull();
      expect(owner?.org).toBeNull();
      expect(owner?.country).toBe(scan(v4.cc, at)?.value ?? null);
    }
    for (const at of v6Gaps) expect((await lookup.lookup(v6Text(at)))?.asn).toBeNull();
    expect(await lookup.lookup("0.0.0.0")).toEqual({ ip: "0.0.0.0", asn: null, org: null, country: null });
    expect((await lookup.lookup("ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff"))?.asn).toBeNull();
  });

  it("looks an IPv4-mapped IPv6 address up as IPv4 and gives null for text that is no address", async () => {
    expect((await lookup.lookup("::ffff:163.43.131.56"))?.asn).toBe(9370);
    expect(await lookup.lookup("163.43.131")).toBeNull();
    expect(await lookup.lookup("not an ip")).toBeNull();
    expect(await lookup.lookup("")).toBeNull();
  });
});
