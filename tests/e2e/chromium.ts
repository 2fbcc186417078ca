/**
 * Where the browser tests (and the benchmarks) find Chromium. Nothing is downloaded; in order:
 * 1. CHROMIUM_PATH, when set;
 * 2. the machine's own Chromium (Debian's `chromium` package, or Chrome);
 * 3. the Chromium that the npm package `@sparticuz/chromium` ships (a devDependency, so `npm ci`
 *    brings it): a brotli-compressed headless build for Linux x64, extracted once into
 *    node_modules/.cache/sagimail-chromium/<version>/.
 * CHROMIUM_PACKAGED=1 skips 1 and 2 (to test the packaged one on a machine that has its own).
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { inflateSync } from "node:zlib";

const root = new URL("../..", import.meta.url).pathname;

const systemCandidates = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

/** Flags that keep Chromium quiet on a closed network and let it run as root in a container. */
export const chromiumArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-default-apps",
  "--disable-extensions",
];

export interface FoundChromium {
  executablePath: string;
  /** Where it came from, for messages. */
  source: "CHROMIUM_PATH" | "machine" | "npm package @sparticuz/chromium";
  /** Environment for the browser process (the packaged build needs its own font configuration). */
  env?: Record<string, string>;
}

/** Whether the packaged Chromium is asked for even where the machine has one. */
export const packagedOnly = (): boolean => /^(1|true|yes)$/i.test(process.env.CHROMIUM_PACKAGED ?? "");

/** CHROMIUM_PATH or the machine's own Chromium, if any (synchronous; no extraction). */
export function findSystemChromium(): FoundChromium | undefined {
  if (packagedOnly()) return undefined;
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, which does not exist.`);
    return { executablePath: fromEnv, source: "CHROMIUM_PATH" };
  }
  const own = systemCandidates.find((p) => existsSync(p));
  return own ? { executablePath: own, source: "machine" } : undefined;
}

/** The folder the packaged Chromium of the installed package version is extracted into. */
function packagedDir(): { dir: string; bin: string } | undefined {
  const require = createRequire(import.meta.url);
  let manifest: string;
  try {
    // The package exports no package.json: find it beside its entry point (build/index.js).
    manifest = join(dirname(require.resolve("@sparticuz/chromium")), "..", "package.json");
  } catch {
    return undefined;
  }
  const version = (JSON.parse(readFileSync(manifest, "utf8")) as { version: string }).version;
  return {
    dir: join(root, "node_modules", ".cache", "sagimail-chromium", version),
    bin: join(dirname(manifest), "bin"),
  };
}

/** A WOFF 1.0 font file as the plain OpenType/TrueType file it wraps (fontconfig does not read WOFF). */
export function woffToSfnt(woff: Buffer): Buffer {
  if (woff.toString("latin1", 0, 4) !== "wOFF") throw new Error("not a WOFF 1.0 file");
  const numTables = woff.readUInt16BE(12);
  const tables = Array.from({ length: numTables }, (_, i) => {
    const at = 44 + i * 20;
    const [tag, offset, compLength, origLength, checksum] = [0, 4, 8, 12, 16].map((o) => woff.readUInt32BE(at + o));
    const stored = woff.subarray(offset!, offset! + compLength!);
    const data = compLength! < origLength! ? inflateSync(stored) : stored;
    return { tag: tag!, checksum: checksum!, data };
  });
  const entrySelector = Math.floor(Math.log2(numTables));
  const searchRange = 2 ** entrySelector * 16;
  const header = Buffer.alloc(12 + numTables * 16);
  header.writeUInt32BE(woff.readUInt32BE(4), 0); // the wrapped font's own version tag
  header.writeUInt16BE(numTables, 4);
  header.writeUInt16BE(searchRange, 6);
  header.writeUInt16BE(entrySelector, 8);
  header.writeUInt16BE(numTables * 16 - searchRange, 10);
  const parts: Buffer[] = [header];
  let offset = header.length;
  tables.forEach((t, i) => {
    header.writeUInt32BE(t.tag, 12 + i * 16);
    header.writeUInt32BE(t.checksum, 12 + i * 16 + 4);
    header.writeUInt32BE(offset, 12 + i * 16 + 8);
    header.writeUInt32BE(t.data.length, 12 + i * 16 + 12);
    const padded = Buffer.alloc((t.data.length + 3) & ~3);
    t.data.copy(padded);
    parts.push(padded);
    offset += padded.length;
  });
  return Buffer.concat(parts);
}

/**
 * A fontconfig file for the packaged build: its own Latin font (Open Sans), the machine's fonts
 * when it has any, and Noto Sans JP unwrapped from the site's own dependency
 * (@fontsource/noto-sans-jp), so that Japanese text renders as glyphs even on a machine without
 * CJK fonts.
 */
function writeFontConfig(dir: string): string {
  const require = createRequire(import.meta.url);
  const japanese = join(dir, "fonts-ja");
  mkdirSync(japanese, { recursive: true });
  try {
    const files = join(dirname(require.resolve("@fontsource/noto-sans-jp/index.css")), "files");
    for (const weight of [400, 700]) {
      const woff = readFileSync(join(files, `noto-sans-jp-japanese-${weight}-normal.woff`));
      writeFileSync(join(japanese, `NotoSansJP-${weight}.otf`), woffToSfnt(woff));
    }
  } catch (error) {
    console.warn(`Japanese fonts for the packaged Chromium were not prepared: ${String(error)}`);
  }
  const dirs = [join(dir, "fonts"), japanese, "/usr/share/fonts", "/usr/local/share/fonts"];
  const conf = join(dir, "fonts.conf");
  writeFileSync(
    conf,
    `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
${dirs.map((d) => `  <dir>${d}</dir>`).join("\n")}
  <cachedir>${join(dir, "fontconfig-cache")}</cachedir>
  <alias><family>sans-serif</family><prefer><family>Open Sans</family><family>Noto Sans CJK JP</family><family>Noto Sans JP</family></prefer></alias>
  <alias><family>serif</family><prefer><family>Noto Serif CJK JP</family><family>Noto Sans JP</family></prefer></alias>
  <alias><family>monospace</family><prefer><family>Noto Sans Mono CJK JP</family><family>Noto Sans JP</family></prefer></alias>
</fontconfig>
`,
  );
  return conf;
}

/**
 * The Chromium shipped by @sparticuz/chromium, extracted on first use. Extraction goes to a folder
 * of its own (the package extracts into the temp folder, so TMPDIR points there meanwhile) and is
 * renamed into place only when complete, so an interrupted or concurrent run never leaves a half
 * written browser behind.
 */
export async function packagedChromium(): Promise<FoundChromium> {
  const where = packagedDir();
  if (!where) throw new Error("The npm package @sparticuz/chromium is not installed: run `npm ci`.");
  if (process.platform !== "linux" || process.arch !== "x64")
    throw new Error(`@sparticuz/chromium ships Chromium for Linux x64 only, not ${process.platform} ${process.arch}.`);
  const { dir } = where;
  const executablePath = join(dir, "chromium");
  if (!existsSync(executablePath)) {
    const staging = `${dir}.partial-${process.pid}`;
    rmSync(staging, { recursive: true, force: true });
    mkdirSync(staging, { recursive: true });
    const tmpdirBefore = process.env.TMPDIR;
    process.env.TMPDIR = staging;
    try {
      const { default: sparticuz, inflate } = await import("@sparticuz/chromium");
      const extracted = await sparticuz.executablePath();
      if (extracted !== join(staging, "chromium"))
        throw new Error(`@sparticuz/chromium extracted to ${extracted}, not ${staging}`);
      // The shared libraries it needs beyond glibc (NSS, NSPR, expat), which a machine without a
      // browser of its own may lack; the package ships them for Amazon Linux 2023.
      await inflate(join(where.bin, "al2023.tar.br"));
    } finally {
      if (tmpdirBefore === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = tmpdirBefore;
    }
    try {
      renameSync(staging, dir);
    } catch (error) {
      // Another run finished first: use its copy.
      rmSync(staging, { recursive: true, force: true });
      if (!existsSync(executablePath)) throw error;
    }
  }
  const fontConfig = join(dir, "fonts.conf");
  if (!existsSync(fontConfig)) writeFontConfig(dir);
  return {
    executablePath,
    source: "npm package @sparticuz/chromium",
    env: {
      FONTCONFIG_FILE: fontConfig,
      LD_LIBRARY_PATH: [join(dir, "al2023", "lib"), process.env.LD_LIBRARY_PATH].filter(Boolean).join(":"),
    },
  };
}

/** The Chromium to use: CHROMIUM_PATH, the machine's own, or the packaged one. */
export async function resolveChromium(): Promise<FoundChromium> {
  return findSystemChromium() ?? (await packagedChromium());
}
