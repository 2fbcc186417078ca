/**
 * The Public Suffix List for the reader's browser (`/check/`), one file per TLD (see
 * src/lib/url/suffix/): compiled once per tldts version into node_modules/.cache/, copied into
 * `dist/suffix/` by `astro build` and served from that cache under `/suffix/` by `astro dev`. The
 * checker's worker resolves `tldts` to the chunked reader, so it fetches only the TLDs a message names.
 */
import { cpSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { ensureSuffixData } from "../lib/url/suffix/compile.node.ts";

/** The URL folder the chunks are served under (the worker fetches from there). */
export const SUFFIX_PATH = "/suffix/";

export default function suffixListIntegration(): AstroIntegration {
  let root = process.cwd();
  return {
    name: "sagimail:suffix-list",
    hooks: {
      "astro:config:done": ({ config }) => {
        root = fileURLToPath(config.root);
      },
      "astro:build:done": async ({ dir, logger }) => {
        const from = await ensureSuffixData(root);
        const to = join(fileURLToPath(dir), SUFFIX_PATH);
        cpSync(from, to, { recursive: true });
        logger.info(`copied ${readdirSync(to).length} suffix-list files into suffix/`);
      },
      "astro:server:setup": ({ server }) => {
        server.middlewares.use((req, res, next) => {
          const path = (req.url ?? "").split("?")[0] ?? "";
          if (!path.startsWith(SUFFIX_PATH)) return next();
          const file = path.slice(SUFFIX_PATH.length);
          if (!/^[a-z0-9-]+\.json$/.test(file)) return next();
          void ensureSuffixData(root).then(
            (dir) => {
              try {
                res.setHeader("Content-Type", "application/json");
                res.end(readFileSync(join(dir, file)));
              } catch {
                next();
              }
            },
            () => next(),
          );
        });
      },
    },
  };
}
