/**
 * What every fixture mail reads and analyses to, as JSON: `analyzeMail` with the full registry, the
 * safe view and content of `readMailMessage`, `analyzeInput` (the checker's path, with forwards and
 * the verdict), and a reading without redaction. Pinned as SHA-256 digests of that JSON (the JSON
 * itself is about 12 MB) in tests/fixtures/reading-pinned.json so that the reader can be made faster
 * without any output changing (issue 22). Regenerate it only when an output is meant to change:
 * `npx node tests/unit/mail/pinned-reading.ts --write [--full /tmp/full.json]` (`--full` also
 * writes the whole JSON, to diff against when a digest no longer matches).
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { loadBrands } from "../../../src/lib/brand/registry.node.ts";
import { analyzeInput } from "../../../src/lib/analysis/index.ts";
import { htmlToView } from "../../../src/lib/html/html-to-view.ts";
import { analyzeMail } from "../../../src/lib/reading/index.ts";
import { readMailMessage } from "../../../src/lib/reading/read-message.ts";

const ROOT = join(import.meta.dirname, "..", "..", "..");
export const PINNED_FILE = join(ROOT, "tests", "fixtures", "reading-pinned.json");
const NOW = new Date("2025-06-01T00:00:00Z");

/** JSON for values JSON.stringify would lose or mangle: bytes, maps, sets, dates, undefined. */
function plain(_key: string, value: unknown): unknown {
  if (value instanceof Uint8Array) return { bytes: Buffer.from(value).toString("base64") };
  if (value instanceof Map) return { map: [...value.entries()] };
  if (value instanceof Set) return { set: [...value] };
  if (value === undefined) return "<undefined>";
  return value;
}

/** The outputs of every fixture mail, by file name, then by output, as JSON text. */
export function pinnedOutputs(): Record<string, Record<string, string>> {
  const dir = join(ROOT, "tests", "fixtures", "emails");
  const brands = loadBrands(ROOT);
  const out: Record<string, Record<string, string>> = {};
  for (const name of readdirSync(dir)
    .filter((f) => f.endsWith(".eml"))
    .sort()) {
    const bytes = new Uint8Array(readFileSync(join(dir, name)));
    const message = readMailMessage(bytes, { readHtml: htmlToView, recipients: [] });
    const unmasked = readMailMessage(bytes, { readHtml: htmlToView, redact: false });
    const result = {
      analyzeMail: analyzeMail(bytes, { brands, now: NOW }),
      reading: { body: message.body, content: message.content, attachments: message.attachments },
      unmasked: { body: unmasked.body, content: unmasked.content, read: unmasked.read },
      analyzeInput: analyzeInput(bytes, brands, { now: NOW }),
    };
    // Dates become ISO strings through toJSON before the replacer sees them.
    out[name] = Object.fromEntries(Object.entries(result).map(([k, v]) => [k, JSON.stringify(v, plain)]));
  }
  return out;
}

/** The SHA-256 digest of each output, by file name, then by output. */
export function digests(outputs: Record<string, Record<string, string>>): Record<string, Record<string, string>> {
  const sha = (text: string) => createHash("sha256").update(text).digest("hex");
  return Object.fromEntries(
    Object.entries(outputs).map(([name, parts]) => [
      name,
      Object.fromEntries(Object.entries(parts).map(([k, v]) => [k, sha(v)])),
    ]),
  );
}

if (process.argv.includes("--write")) {
  const outputs = pinnedOutputs();
  writeFileSync(PINNED_FILE, JSON.stringify(digests(outputs), null, 1) + "\n");
  console.log(`wrote ${PINNED_FILE}`);
  const full = process.argv[process.argv.indexOf("--full") + 1];
  if (process.argv.includes("--full") && full) {
    writeFileSync(full, JSON.stringify(outputs, null, 1) + "\n");
    console.log(`wrote ${full}`);
  }
}
