/**
 * The IP-owner data's budgets (issue 13), printed and not asserted: the build time it adds (compiling
 * the CSVs once per package version, then copying into dist/ on every build), the bytes it adds to
 * dist/, the bytes one look-up in the reader's browser fetches (the index as a host would gzip it,
 * plus the two already-gzipped chunks), and look-ups per second in Node.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { addressKey } from "../../src/lib/ip-owner/address.ts";
import { chunkFileName, floorIndex, namesFileName, type IpOwnerIndex } from "../../src/lib/ip-owner/format.ts";
import { dataDateLabel } from "../../src/lib/ip-owner/describe.ts";
import {
  compileIpOwnerData,
  ensureIpOwnerData,
  ipOwnerLookupFromDir,
  ipOwnerSource,
} from "../../src/lib/ip-owner/store.node.ts";

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** A deterministic spread of public-looking IPv4 and IPv6 addresses. */
function sampleAddresses(n: number): string[] {
  const out: string[] = [];
  let x = 2463534242;
  const next = () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return x >>> 0;
  };
  for (let i = 0; i < n; i++) {
    const v = next();
    if (i % 5 === 4)
      out.push(
        `2${(next() % 0x3ff).toString(16).padStart(3, "0")}:${(v & 0xffff).toString(16)}::${(next() & 0xffff).toString(16)}`,
      );
    else out.push(`${1 + (v % 223)}.${(v >>> 8) & 255}.${(v >>> 16) & 255}.${(v >>> 24) & 255}`);
  }
  return out;
}

export async function printIpOwnerBench(root: string): Promise<void> {
  console.log("\n── IP-owner data (src/lib/ip-owner, issue 13) ──");
  const source = ipOwnerSource(root);
  const tmp = mkdtempSync(join(tmpdir(), "sagimail-ip-owner-bench-"));
  try {
    // Build time added: the compile (first build after `npm ci` or a package update), then every build.
    let started = performance.now();
    compileIpOwnerData(source, join(tmp, "compiled"));
    const compileMs = performance.now() - started;
    started = performance.now();
    const dir = ensureIpOwnerData(root);
    const warmMs = performance.now() - started;
    started = performance.now();
    cpSync(dir, join(tmp, "dist", "ip-owner"), { recursive: true });
    const copyMs = performance.now() - started;

    const files = readdirSync(dir);
    const size = (f: string) => statSync(join(dir, f)).size;
    const bytes = files.reduce((n, f) => n + size(f), 0);
    const index = JSON.parse(readFileSync(join(dir, "index.json"), "utf8")) as IpOwnerIndex;
    const indexGzip = gzipSync(readFileSync(join(dir, "index.json"))).length;

    // Bytes one browser look-up fetches: index.json (gzip by the host) + segment chunk + name chunk.
    const perLookup: number[] = [];
    const addresses = sampleAddresses(2000);
    const sizing = ipOwnerLookupFromDir(dir);
    for (const ip of addresses) {
      const key = addressKey(ip);
      if (!key) continue;
      const c = floorIndex(key.version === 4 ? index.v4 : index.v6, key.key);
      let total = indexGzip + size(chunkFileName(key.version, c));
      const owner = await sizing.lookup(ip);
      if (owner?.asn != null) total += size(namesFileName(floorIndex(index.names, owner.asn)));
      perLookup.push(total);
    }
    perLookup.sort((a, b) => a - b);
    const median = perLookup[Math.floor(perLookup.length / 2)] ?? 0;
    const max = perLookup[perLookup.length - 1] ?? 0;

    // Look-ups per second in Node: cold (each chunk read and decoded on first use) and warm.
    const lookup = ipOwnerLookupFromDir(dir);
    started = performance.now();
    for (const ip of addresses) await lookup.lookup(ip);
    const coldPerSecond = addresses.length / ((performance.now() - started) / 1000);
    const many = sampleAddresses(200_000);
    for (const ip of many) await lookup.lookup(ip); // warm every chunk these touch
    started = performance.now();
    for (const ip of many) await lookup.lookup(ip);
    const warmPerSecond = many.length / ((performance.now() - started) / 1000);

    console.log(`  data: ${dataDateLabel(index.dataMonth)} (${index.source})`);
    console.log(
      `  build time added: ${(compileMs / 1000).toFixed(1)} s to compile the CSVs (once per package version, cached in node_modules/.cache), then ${warmMs.toFixed(0)} ms + ${copyMs.toFixed(0)} ms copy per build`,
    );
    console.log(
      `  bytes added to dist/: ${(bytes / 1024 / 1024).toFixed(2)} MB in ${files.length} files (${index.v4.length} IPv4 + ${index.v6.length} IPv6 + ${index.names.length} name chunks, index ${kb(size("index.json"))})`,
    );
    console.log(
      `  one browser look-up fetches (gzip): median ${kb(median)}, max ${kb(max)} over ${perLookup.length} addresses (index ${kb(indexGzip)} + one range chunk + one name chunk; later look-ups reuse the index)`,
    );
    console.log(
      `  look-ups in Node: ${Math.round(coldPerSecond).toLocaleString("en")}/s cold, ${Math.round(warmPerSecond).toLocaleString("en")}/s warm`,
    );
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
