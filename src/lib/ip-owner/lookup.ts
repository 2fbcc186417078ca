/**
 * Looks up who holds an IP address in the compiled data (`format.ts`), reading only the chunks it
 * needs through a loader: from the site itself in the reader's browser, from the build cache in Node.
 * Pure apart from the loader it is given.
 */
import { addressKey } from "./address.ts";
import {
  chunkFileName,
  decodeChunk,
  decodeNames,
  floorIndex,
  namesFileName,
  type IpOwnerIndex,
  type Segment,
} from "./format.ts";

/** Who holds an address, as the data says. */
export interface IpOwner {
  /** The address, canonical text. */
  ip: string;
  /** The network announcing the range the address is in, or null when it is in no announced range. */
  asn: number | null;
  /** The network's holder as the data writes it (e.g. `SAKURA Internet Inc.`), or null. */
  org: string | null;
  /** ISO 3166 country code the range is registered in, or null. */
  country: string | null;
}

/** Reads one file of the compiled data (uncompressed text). `index.json` is the index. */
export type DataLoader = (file: string) => Promise<string>;

export interface IpOwnerLookup {
  /** The index (dates, sources). */
  index(): Promise<IpOwnerIndex>;
  /** The owner of one address; null when `ip` is not an IP address. Rejects when data cannot be read. */
  lookup(ip: string): Promise<IpOwner | null>;
  /** Owners of several addresses, keyed by the address as given. */
  lookupMany(ips: Iterable<string>): Promise<Map<string, IpOwner>>;
}

interface DecodedChunk {
  keys: string[];
  segments: Segment[];
}

/** Creates a look-up that caches the index and every chunk it has read. */
export function createIpOwnerLookup(load: DataLoader): IpOwnerLookup {
  let index: Promise<IpOwnerIndex> | undefined;
  const chunks = new Map<string, Promise<DecodedChunk>>();
  const names = new Map<number, Promise<Map<number, string>>>();

  const getIndex = (): Promise<IpOwnerIndex> => {
    index ??= load("index.json").then((text) => JSON.parse(text) as IpOwnerIndex);
    index.catch(() => (index = undefined));
    return index;
  };

  const getChunk = (version: 4 | 6, i: number): Promise<DecodedChunk> => {
    const file = chunkFileName(version, i);
    let chunk = chunks.get(file);
    if (!chunk) {
      chunk = load(file).then((text) => {
        const segments = decodeChunk(text, version);
        return { keys: segments.map((x) => x.start), segments };
      });
      chunk.catch(() => chunks.delete(file));
      chunks.set(file, chunk);
    }
    return chunk;
  };

  const getNames = (i: number): Promise<Map<number, string>> => {
    let chunk = names.get(i);
    if (!chunk) {
      chunk = load(namesFileName(i)).then(decodeNames);
      chunk.catch(() => names.delete(i));
      names.set(i, chunk);
    }
    return chunk;
  };

  const lookup = async (ip: string): Promise<IpOwner | null> => {
    const key = addressKey(ip);
    if (!key) return null;
    const idx = await getIndex();
    const starts = key.version === 4 ? idx.v4 : idx.v6;
    const c = floorIndex(starts, key.key);
    const chunk = c < 0 ? null : await getChunk(key.version, c);
    const segment = chunk?.segments[floorIndex(chunk.keys, key.key)];
    const asn = segment?.asn ?? null;
    let org: string | null = null;
    if (asn !== null) {
      const n = floorIndex(idx.names, asn);
      if (n >= 0) org = (await getNames(n)).get(asn) || null;
    }
    return { ip: key.text, asn, org, country: segment?.country ?? null };
  };

  return {
    index: getIndex,
    lookup,
    async lookupMany(ips) {
      const out = new Map<string, IpOwner>();
      for (const ip of new Set(ips)) {
        const owner = await lookup(ip);
        if (owner) out.set(ip, owner);
      }
      return out;
    },
  };
}
