/**
 * Compiles ip-location-db's CSV files (the `*-num.csv` variants: `start,end,asn,"org"` and
 * `start,end,CC`, addresses as decimal integers) into the chunked format of `format.ts`. Ranges may
 * nest or overlap (the country data lists a small range inside a larger one): a range starting later
 * wins from its start to its end, after which the enclosing range resumes. Pure: strings in, strings out.
 */
import { keyOfNumber, type IpVersion } from "./address.ts";
import { encodeChunk, encodeNames, FORMAT, type IpOwnerIndex, type Segment } from "./format.ts";

/** Largest number of segments in one chunk (tuned so that one look-up fetches well under 50 KB gzip). */
export const MAX_SEGMENTS_PER_CHUNK = 3000;
/** Largest number of network names in one name chunk. */
export const MAX_NAMES_PER_CHUNK = 1500;

/** Splits one CSV line (RFC 4180 quoting) into fields. */
export function splitCsvLine(line: string): string[] {
  const fields: string[] = [];
  let i = 0;
  while (i <= line.length) {
    if (line[i] === '"') {
      let value = "";
      i++;
      while (i < line.length) {
        if (line[i] === '"') {
          if (line[i + 1] === '"') {
            value += '"';
            i += 2;
          } else {
            i++;
            break;
          }
        } else value += line[i++];
      }
      fields.push(value);
      i = line.indexOf(",", i);
      if (i < 0) break;
      i++;
    } else {
      const comma = line.indexOf(",", i);
      if (comma < 0) {
        fields.push(line.slice(i));
        break;
      }
      fields.push(line.slice(i, comma));
      i = comma + 1;
    }
  }
  return fields;
}

interface Point<T> {
  at: bigint;
  value: T | null;
}

/** Turns ranges sorted by start into a step function: (address, value from there on) points. */
function steps<T>(ranges: Iterable<{ start: bigint; end: bigint; value: T }>, max: bigint): Point<T>[] {
  const points: Point<T>[] = [];
  const stack: { end: bigint; value: T }[] = [];
  const emit = (at: bigint, value: T | null): void => {
    if (at > max) return;
    const last = points[points.length - 1];
    if (last && last.at === at) last.value = value;
    else points.push({ at, value });
  };
  const closeBefore = (pos: bigint): void => {
    while (stack.length > 0 && (stack[stack.length - 1]?.end ?? 0n) < pos) {
      const top = stack.pop();
      if (!top) break;
      while (stack.length > 0 && (stack[stack.length - 1]?.end ?? 0n) <= top.end) stack.pop();
      emit(top.end + 1n, stack[stack.length - 1]?.value ?? null);
    }
  };
  for (const r of ranges) {
    if (r.end < r.start) continue;
    closeBefore(r.start);
    emit(r.start, r.value);
    stack.push({ end: r.end, value: r.value });
  }
  closeBefore(max + 1n);
  return points;
}

function* csvLines(text: string): Generator<string[]> {
  let from = 0;
  while (from < text.length) {
    let to = text.indexOf("\n", from);
    if (to < 0) to = text.length;
    const line = text.slice(from, to).replace(/\r$/, "");
    from = to + 1;
    if (line !== "") yield splitCsvLine(line);
  }
}

function* asnRanges(text: string, names: Map<number, string>) {
  for (const [start = "", end = "", asn = "", org = ""] of csvLines(text)) {
    if (!/^\d+$/.test(start) || !/^\d+$/.test(end) || !/^\d+$/.test(asn)) continue;
    const n = Number(asn);
    if (!names.has(n) || (names.get(n) === "" && org !== "")) names.set(n, org);
    yield { start: BigInt(start), end: BigInt(end), value: n };
  }
}

function* countryRanges(text: string) {
  for (const [start = "", end = "", cc = ""] of csvLines(text)) {
    if (!/^\d+$/.test(start) || !/^\d+$/.test(end) || !/^[A-Z]{2}$/.test(cc)) continue;
    yield { start: BigInt(start), end: BigInt(end), value: cc };
  }
}

export interface CompiledVersion {
  /** Start key of each chunk. */
  starts: string[];
  /** Chunk texts (not yet compressed). */
  chunks: string[];
  segmentCount: number;
  /** Name of each network the ranges use. */
  names: Map<number, string>;
}

/** Compiles the ASN and country CSV texts of one IP version. */
export function compileVersion(version: IpVersion, asnCsv: string, countryCsv: string): CompiledVersion {
  const max = (1n << (version === 4 ? 32n : 128n)) - 1n;
  const names = new Map<number, string>();
  const asn = steps(asnRanges(asnCsv, names), max);
  const country = steps(countryRanges(countryCsv), max);

  // Merge the two step functions into one, dropping points that change nothing.
  const first: Segment = { start: keyOfNumber(0n, version), asn: null, country: null };
  const segments: Segment[] = [first];
  let i = 0;
  let j = 0;
  let curAsn: number | null = null;
  let curCountry: string | null = null;
  while (i < asn.length || j < country.length) {
    const a = asn[i]?.at ?? max + 1n;
    const c = country[j]?.at ?? max + 1n;
    const at = a < c ? a : c;
    if (a === at) curAsn = asn[i++]?.value ?? null;
    if (c === at) curCountry = country[j++]?.value ?? null;
    const last = segments[segments.length - 1] ?? first;
    if (last.asn === curAsn && last.country === curCountry) continue;
    const key = keyOfNumber(at, version);
    if (last.start === key) {
      last.asn = curAsn;
      last.country = curCountry;
      const before = segments[segments.length - 2];
      if (before && before.asn === curAsn && before.country === curCountry) segments.pop();
    } else segments.push({ start: key, asn: curAsn, country: curCountry });
  }

  const starts: string[] = [];
  const chunks: string[] = [];
  for (let from = 0; from < segments.length; from += MAX_SEGMENTS_PER_CHUNK) {
    const part = segments.slice(from, from + MAX_SEGMENTS_PER_CHUNK);
    starts.push(part[0]?.start ?? "");
    chunks.push(encodeChunk(part));
  }
  return { starts, chunks, segmentCount: segments.length, names };
}

/** Everything the look-up reads: the index and every chunk, by file name. */
export interface CompiledData {
  index: IpOwnerIndex;
  /** File name (`v4-0.bin`, `names-3.bin`…) → uncompressed chunk text. */
  files: Map<string, string>;
}

export interface CompileInput {
  v4: { asn: string; country: string };
  v6: { asn: string; country: string };
  source: string;
  dataMonth: string;
}

/** Compiles all four CSV texts into the index and its chunks. */
export function compileAll(input: CompileInput): CompiledData {
  const files = new Map<string, string>();
  const v4 = compileVersion(4, input.v4.asn, input.v4.country);
  const v6 = compileVersion(6, input.v6.asn, input.v6.country);
  v4.chunks.forEach((text, i) => files.set(`v4-${i}.bin`, text));
  v6.chunks.forEach((text, i) => files.set(`v6-${i}.bin`, text));
  const names = new Map(v4.names);
  for (const [asn, name] of v6.names) if (!names.get(asn)) names.set(asn, name);
  const sorted = [...names].sort((a, b) => a[0] - b[0]);
  const nameStarts: number[] = [];
  for (let from = 0; from < sorted.length; from += MAX_NAMES_PER_CHUNK) {
    const part = sorted.slice(from, from + MAX_NAMES_PER_CHUNK);
    nameStarts.push(part[0]?.[0] ?? 0);
    files.set(`names-${nameStarts.length - 1}.bin`, encodeNames(part));
  }
  return {
    index: {
      format: FORMAT,
      source: input.source,
      dataMonth: input.dataMonth,
      v4: v4.starts,
      v6: v6.starts,
      names: nameStarts,
    },
    files,
  };
}
