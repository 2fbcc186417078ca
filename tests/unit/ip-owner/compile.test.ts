/** The compiler on small hand-written CSV texts: nesting, overlaps, gaps, quoting, chunk splitting. */
import { describe, expect, it } from "vitest";
import { compileAll, compileVersion, splitCsvLine } from "../../../src/lib/ip-owner/compile.ts";
import { decodeChunk, decodeNames, dataMonthFromVersion } from "../../../src/lib/ip-owner/format.ts";
import { createIpOwnerLookup } from "../../../src/lib/ip-owner/lookup.ts";

const ip = (a: number, b: number, c: number, d: number) => String(((a * 256 + b) * 256 + c) * 256 + d);

describe("splitCsvLine", () => {
  it("reads quoted fields with commas and doubled quotes", () => {
    expect(splitCsvLine('1,2,13335,"Cloudflare, Inc."')).toEqual(["1", "2", "13335", "Cloudflare, Inc."]);
    expect(splitCsvLine('1,2,201907,"LLC ""SPUTNIK"""')).toEqual(["1", "2", "201907", 'LLC "SPUTNIK"']);
    expect(splitCsvLine("1,2,JP")).toEqual(["1", "2", "JP"]);
    expect(splitCsvLine('1,2,"unterminated')).toEqual(["1", "2", "unterminated"]);
  });
});

describe("compileVersion", () => {
  const asn = [
    `${ip(10, 0, 0, 0)},${ip(10, 0, 0, 255)},100,"Net, A"`,
    `${ip(10, 0, 1, 0)},${ip(10, 0, 1, 255)},100,"Net, A"`, // adjacent, same network: merged
    `${ip(10, 0, 3, 0)},${ip(10, 0, 3, 255)},200,B`, // gap before it
    "garbage line",
  ].join("\n");
  const country = [
    `${ip(10, 0, 0, 0)},${ip(10, 0, 3, 255)},JP`,
    `${ip(10, 0, 0, 128)},${ip(10, 0, 0, 128)},SG`, // nested single address
  ].join("\n");

  it("turns nested and adjacent ranges into segments and keeps gaps", () => {
    const compiled = compileVersion(4, asn, country);
    const segments = compiled.chunks.flatMap((c) => decodeChunk(c, 4));
    expect(segments).toEqual([
      { start: "00000000", asn: null, country: null },
      { start: "0a000000", asn: 100, country: "JP" },
      { start: "0a000080", asn: 100, country: "SG" },
      { start: "0a000081", asn: 100, country: "JP" },
      { start: "0a000200", asn: null, country: "JP" },
      { start: "0a000300", asn: 200, country: "JP" },
      { start: "0a000400", asn: null, country: null },
    ]);
    expect(compiled.names.get(100)).toBe("Net, A");
  });

  it("looks up through the compiled files, reading only the chunks it needs", async () => {
    const data = compileAll({ v4: { asn, country }, v6: { asn: "", country: "" }, source: "t", dataMonth: "2026-06" });
    const read: string[] = [];
    const lookup = createIpOwnerLookup(async (file) => {
      read.push(file);
      if (file === "index.json") return JSON.stringify(data.index);
      const text = data.files.get(file);
      if (text === undefined) throw new Error(`no ${file}`);
      return text;
    });
    expect(await lookup.lookup("10.0.0.128")).toEqual({ ip: "10.0.0.128", asn: 100, org: "Net, A", country: "SG" });
    expect(await lookup.lookup("10.0.2.9")).toEqual({ ip: "10.0.2.9", asn: null, org: null, country: "JP" });
    expect(await lookup.lookup("10.0.3.255")).toMatchObject({ asn: 200, org: "B" });
    expect(await lookup.lookup("10.0.4.0")).toMatchObject({ asn: null, country: null });
    expect(await lookup.lookup("2001:db8::1")).toMatchObject({ asn: null, country: null });
    expect(read).toEqual(["index.json", "v4-0.bin", "names-0.bin", "v6-0.bin"]);
  });

  it("splits long data into chunks by start address", () => {
    const many = Array.from({ length: 7000 }, (_, i) => `${i * 512},${i * 512 + 255},${i + 1},N${i}`).join("\n");
    const compiled = compileVersion(4, many, "");
    expect(compiled.chunks.length).toBeGreaterThan(2);
    const all = compiled.chunks.flatMap((c) => decodeChunk(c, 4));
    expect(all.length).toBe(compiled.segmentCount);
    compiled.starts.forEach((s, i) => expect(decodeChunk(compiled.chunks[i] ?? "", 4)[0]?.start).toBe(s));
  });
});

describe("format helpers", () => {
  it("reads the month from the package version and ignores broken chunk lines", () => {
    expect(dataMonthFromVersion("2.3.2026061719")).toBe("2026-06");
    expect(dataMonthFromVersion("1.0.0")).toBeNull();
    expect(decodeChunk("zz\t1\tJP\n10\tx\tjp\n", 4)).toEqual([{ start: "00000010", asn: null, country: null }]);
    expect(decodeNames("9370\tSAKURA\nbad\n\t\n")).toEqual(new Map([[9370, "SAKURA"]]));
  });
});
