/**
 * Pagefind, without a separate step to forget:
 * - `astro build`: indexes the built articles in `astro:build:done` through Pagefind's Node API and
 *   writes `dist/pagefind/`.
 * - `astro dev`: serves `/pagefind/*` from an in-memory index that is built on the first search
 *   request by rendering every post through the dev server itself, and rebuilt after content or
 *   source files change.
 * Both add the same index-only text (brand aliases, plain indicators) to each article first.
 */
import { readdir, readFile, rm } from "node:fs/promises";
import { existsSync, readdirSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration, AstroIntegrationLogger } from "astro";
import * as pagefind from "pagefind";
import { loadBrands } from "../lib/brand/registry.node.ts";
import { searchNames } from "../lib/search/brands.ts";
import { withIndexOnlyText } from "../lib/search/index-text.ts";
import { postPath } from "../lib/site/posts.ts";

const config: pagefind.PagefindServiceConfig = { forceLanguage: "ja" };

/** Maps a brand as written in the article's brand filter (its Japanese name) to all of its names. */
function brandNamesLookup(root: string): (nameJa: string) => string[] {
  const brands = loadBrands(root);
  return (nameJa) => {
    const b = brands.find((x) => x.nameJa === nameJa);
    return b ? searchNames(b) : [nameJa];
  };
}

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true });
  return entries.filter((f) => f.endsWith(".html")).map((f) => join(dir, f));
}

function urlOf(dir: string, file: string): string {
  const rel = relative(dir, file).split(sep).join("/");
  return "/" + rel.replace(/(^|\/)index\.html$/, "$1").replace(/\.html$/, "/");
}

async function createIndex(): Promise<pagefind.PagefindIndex> {
  const { index, errors } = await pagefind.createIndex(config);
  if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
  return index;
}

async function addPage(
  index: pagefind.PagefindIndex,
  url: string,
  html: string,
  names: (n: string) => string[],
  logger: AstroIntegrationLogger,
) {
  if (!html.includes("data-pagefind-body")) return false;
  const { errors } = await index.addHTMLFile({ url, content: withIndexOnlyText(html, names) });
  if (errors.length) logger.warn(`${url}: ${errors.join("; ")}`);
  return true;
}

/** Post URLs from the content folder (same rule as the `posts` collection loader). */
function postUrls(root: string): string[] {
  const dir = join(root, "content", "posts");
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    if (d.isDirectory()) return existsSync(join(dir, d.name, "index.mdx")) ? [postPath(d.name)] : [];
    return d.name.endsWith(".mdx") ? [postPath(d.name.replace(/\.mdx$/, ""))] : [];
  });
}

const unusedBundles = [
  "pagefind-ui.js",
  "pagefind-ui.css",
  "pagefind-modular-ui.js",
  "pagefind-modular-ui.css",
  "pagefind-component-ui.js",
  "pagefind-component-ui.css",
  "pagefind-highlight.js",
];

const contentTypes: Record<string, string> = {
  js: "text/javascript; charset=utf-8",
  css: "text/css; charset=utf-8",
  json: "application/json",
  wasm: "application/wasm",
};

export default function pagefindIntegration(): AstroIntegration {
  let root = process.cwd();
  return {
    name: "sagimail:pagefind",
    hooks: {
      "astro:config:done": ({ config: astroConfig }) => {
        root = fileURLToPath(astroConfig.root);
      },

      "astro:build:done": async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const started = performance.now();
        const names = brandNamesLookup(root);
        const index = await createIndex();
        let pages = 0;
        for (const file of await htmlFiles(out)) {
          if (await addPage(index, urlOf(out, file), await readFile(file, "utf8"), names, logger)) pages++;
        }
        const { errors } = await index.writeFiles({ outputPath: join(out, "pagefind") });
        if (errors.length) throw new Error(`Pagefind could not write the index: ${errors.join("; ")}`);
        await pagefind.close();
        // The search page uses Pagefind's JS API with its own UI; drop the prebuilt UI bundles.
        for (const f of unusedBundles) await rm(join(out, "pagefind", f), { force: true });
        logger.info(`indexed ${pages} articles into pagefind/ in ${Math.round(performance.now() - started)} ms`);
      },

      "astro:server:setup": ({ server, logger }) => {
        let files: Promise<Map<string, Uint8Array>> | undefined;

        const build = async (): Promise<Map<string, Uint8Array>> => {
          const address = server.httpServer?.address() as AddressInfo | null | undefined;
          if (!address) throw new Error("dev server address unknown");
          const host =
            address.family === "IPv6" || address.address.includes(":")
              ? `[${address.address === "::" ? "::1" : address.address}]`
              : address.address === "0.0.0.0"
                ? "127.0.0.1"
                : address.address;
          const origin = `http://${host}:${address.port}`;
          const started = performance.now();
          const names = brandNamesLookup(root);
          const index = await createIndex();
          let pages = 0;
          for (const url of postUrls(root)) {
            const res = await fetch(origin + url);
            if (res.ok && (await addPage(index, url, await res.text(), names, logger))) pages++;
          }
          const { files: out, errors } = await index.getFiles();
          if (errors.length) throw new Error(errors.join("; "));
          await index.deleteIndex();
          logger.info(`dev search index: ${pages} articles in ${Math.round(performance.now() - started)} ms`);
          return new Map(out.map((f) => [f.path.replace(/\\/g, "/").replace(/^\/+/, ""), f.content]));
        };

        server.watcher.on("all", (_event, file) => {
          const rel = relative(root, file);
          if (rel.startsWith("content") || rel.startsWith("src")) files = undefined;
        });

        server.middlewares.use((req, res, next) => {
          const path = decodeURIComponent((req.url ?? "").split("?")[0] ?? "");
          if (!path.startsWith("/pagefind/")) return next();
          files ??= build().catch((e: unknown) => {
            files = undefined;
            throw e;
          });
          files.then(
            (map) => {
              const body = map.get(path.slice("/pagefind/".length));
              if (!body) return next();
              res.setHeader("Content-Type", contentTypes[path.split(".").pop() ?? ""] ?? "application/octet-stream");
              res.setHeader("Cache-Control", "no-store");
              res.end(body);
            },
            (e: unknown) => {
              logger.error(`dev search index failed: ${String(e)}`);
              res.statusCode = 500;
              res.end("search index failed");
            },
          );
        });
      },
    },
  };
}
