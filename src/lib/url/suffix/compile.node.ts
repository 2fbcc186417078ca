/**
 * Compiles the Public Suffix List that `tldts` ships (its flat trie) into one JSON file per TLD plus
 * an index, for the browser to fetch only the TLDs a message names (./rules.ts reads them). Run once
 * per tldts version; the result is cached under node_modules/.cache/sagimail-suffix/<version>/.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { chunkName, type SuffixIndex, type TldRules } from "./rules.ts";

interface Trie {
  nodeFlags: Uint8Array;
  edgeStart: Uint16Array | Uint32Array;
  edgeLength: Uint8Array;
  edgeChild: Uint16Array | Uint32Array;
  labelText: string;
  rulesRoot: number;
  exceptionsRoot: number;
}

/** Every rule under `root`, as `[suffix, flags]` (labels joined right to left as the list writes them). */
function walkRules(trie: Trie, root: number, offsets: Uint32Array): [string, number][] {
  const out: [string, number][] = [];
  const stack: { node: number; labels: string[] }[] = [{ node: root, labels: [] }];
  while (stack.length > 0) {
    const { node, labels } = stack.pop()!;
    for (let e = trie.edgeStart[node] ?? 0; e < (trie.edgeStart[node + 1] ?? 0); e++) {
      const label = trie.labelText.slice(offsets[e], (offsets[e] ?? 0) + (trie.edgeLength[e] ?? 0));
      const child = trie.edgeChild[e] ?? 0;
      const next = [label, ...labels];
      const flags = trie.nodeFlags[child] ?? 0;
      if ((flags & 3) !== 0) out.push([next.join("."), flags & 3]);
      stack.push({ node: child, labels: next });
    }
  }
  return out;
}

/** The list as chunks by TLD. */
export async function compileSuffixes(): Promise<{ index: SuffixIndex; chunks: Map<string, TldRules> }> {
  const require = createRequire(import.meta.url);
  const version = (JSON.parse(readFileSync(require.resolve("tldts/package.json"), "utf8")) as { version: string })
    .version;
  const trie = (await import("tldts/dist/es6/src/data/trie.js")) as unknown as Trie;
  const offsets = new Uint32Array(trie.edgeLength.length);
  for (let e = 0, o = 0; e < trie.edgeLength.length; e++) {
    offsets[e] = o;
    o += trie.edgeLength[e] ?? 0;
  }
  const chunks = new Map<string, TldRules>();
  const add = (kind: "rules" | "exceptions", [rule, flags]: [string, number]) => {
    const tld = rule.slice(rule.lastIndexOf(".") + 1);
    const chunk = chunks.get(tld) ?? { rules: {}, exceptions: {} };
    chunk[kind][rule] = (chunk[kind][rule] ?? 0) | flags;
    chunks.set(tld, chunk);
  };
  for (const r of walkRules(trie, trie.rulesRoot, offsets)) add("rules", r);
  for (const r of walkRules(trie, trie.exceptionsRoot, offsets)) add("exceptions", r);
  return { index: { version, tlds: [...chunks.keys()].sort() }, chunks };
}

/** Where the compiled files of this tldts version live (compiled on first use). */
export async function ensureSuffixData(root: string): Promise<string> {
  const require = createRequire(join(root, "package.json"));
  const version = (JSON.parse(readFileSync(require.resolve("tldts/package.json"), "utf8")) as { version: string })
    .version;
  const dir = join(root, "node_modules", ".cache", "sagimail-suffix", version);
  if (existsSync(join(dir, "index.json"))) return dir;
  const { index, chunks } = await compileSuffixes();
  const tmp = `${dir}.tmp-${process.pid}`;
  mkdirSync(tmp, { recursive: true });
  for (const [tld, chunk] of chunks) writeFileSync(join(tmp, chunkName(tld)), JSON.stringify(chunk));
  writeFileSync(join(tmp, "index.json"), JSON.stringify(index));
  mkdirSync(join(dir, ".."), { recursive: true });
  renameSync(tmp, dir);
  return dir;
}
