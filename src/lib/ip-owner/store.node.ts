/**
 * The compiled IP-owner data on disk, for Node (the build, the CLI, tests). Compiles the CSV files of
 * the `@ip-location-db/asn` and `@ip-location-db/geo-whois-asn-country` packages once per package
 * version into `node_modules/.cache/sagimail-ip-owner/<versions>/` (gzip-compressed chunks plus
 * `index.json`, exactly the files the site serves under `/ip-owner/`), and reads them from there.
 * Nothing is downloaded. Node-only: uses `node:fs` and `node:zlib`.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { basename, dirname, join } from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import { compileAll } from "./compile.ts";
import { dataMonthFromVersion, FORMAT, type IpOwnerIndex } from "./format.ts";
import { createIpOwnerLookup, type IpOwnerLookup } from "./lookup.ts";

const ASN_PACKAGE = "@ip-location-db/asn";
const COUNTRY_PACKAGE = "@ip-location-db/geo-whois-asn-country";

export interface IpOwnerSource {
  asnDir: string;
  countryDir: string;
  asnVersion: string;
  countryVersion: string;
  /** Folder the compiled files are (or will be) in. */
  cacheDir: string;
}

function packageDir(name: string, from: string): string {
  const require = createRequire(from);
  return dirname(require.resolve(`${name}/package.json`));
}

function versionOf(dir: string): string {
  return (JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as { version: string }).version;
}

/** Where the source packages are and where their compiled form is cached. */
export function ipOwnerSource(root: string = process.cwd()): IpOwnerSource {
  const from = join(root, "package.json");
  const asnDir = packageDir(ASN_PACKAGE, from);
  const countryDir = packageDir(COUNTRY_PACKAGE, from);
  const asnVersion = versionOf(asnDir);
  const countryVersion = versionOf(countryDir);
  // node_modules/@ip-location-db/asn → node_modules/.cache/…
  const cacheDir = join(
    dirname(dirname(asnDir)),
    ".cache",
    "sagimail-ip-owner",
    `f${FORMAT}-asn${asnVersion}-cc${countryVersion}`,
  );
  return { asnDir, countryDir, asnVersion, countryVersion, cacheDir };
}

/** Compiles the CSVs into `dir` (uncached). Returns the number of bytes written. */
export function compileIpOwnerData(source: IpOwnerSource, dir: string): number {
  const read = (d: string, f: string) => readFileSync(join(d, f), "utf8");
  const compiled = compileAll({
    v4: {
      asn: read(source.asnDir, "asn-ipv4-num.csv"),
      country: read(source.countryDir, "geo-whois-asn-country-ipv4-num.csv"),
    },
    v6: {
      asn: read(source.asnDir, "asn-ipv6-num.csv"),
      country: read(source.countryDir, "geo-whois-asn-country-ipv6-num.csv"),
    },
    source: `${ASN_PACKAGE}@${source.asnVersion} ${COUNTRY_PACKAGE}@${source.countryVersion}`,
    dataMonth: dataMonthFromVersion(source.asnVersion) ?? "",
  });
  mkdirSync(dir, { recursive: true });
  let bytes = 0;
  for (const [file, text] of compiled.files) {
    const gz = gzipSync(text, { level: 9 });
    writeFileSync(join(dir, file), gz);
    bytes += gz.length;
  }
  const index = JSON.stringify(compiled.index);
  writeFileSync(join(dir, "index.json"), index);
  return bytes + Buffer.byteLength(index);
}

/**
 * The folder holding the compiled data, compiling it first when this package version has not been
 * compiled yet (a few seconds, once). Safe when several processes do it at once.
 */
export function ensureIpOwnerData(root: string = process.cwd()): string {
  const source = ipOwnerSource(root);
  if (existsSync(join(source.cacheDir, "index.json"))) return source.cacheDir;
  const tmp = `${source.cacheDir}.tmp-${process.pid}-${Date.now()}`;
  try {
    compileIpOwnerData(source, tmp);
    try {
      renameSync(tmp, source.cacheDir);
    } catch (error) {
      if (!existsSync(join(source.cacheDir, "index.json"))) throw error;
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  // Drop the compiled data of earlier package versions.
  const parent = dirname(source.cacheDir);
  for (const entry of readdirSync(parent)) {
    if (entry !== basename(source.cacheDir) && /^f\d+-asn[^/]*$/.test(entry) && !entry.includes(".tmp-"))
      rmSync(join(parent, entry), { recursive: true, force: true });
  }
  return source.cacheDir;
}

/** A look-up over a folder of compiled data (gzip chunks as the site serves them). */
export function ipOwnerLookupFromDir(dir: string): IpOwnerLookup {
  return createIpOwnerLookup(async (file) => {
    const bytes = readFileSync(join(dir, file));
    return (file.endsWith(".json") ? bytes : gunzipSync(bytes)).toString("utf8");
  });
}

const lookups = new Map<string, IpOwnerLookup>();

/** The shared Node look-up over the cached compiled data (compiled on first use). */
export function nodeIpOwnerLookup(root: string = process.cwd()): IpOwnerLookup {
  const dir = ensureIpOwnerData(root);
  let lookup = lookups.get(dir);
  if (!lookup) {
    lookup = ipOwnerLookupFromDir(dir);
    lookups.set(dir, lookup);
  }
  return lookup;
}

/** The index of the cached data. */
export function readIpOwnerIndex(root: string = process.cwd()): IpOwnerIndex {
  return JSON.parse(readFileSync(join(ensureIpOwnerData(root), "index.json"), "utf8")) as IpOwnerIndex;
}
