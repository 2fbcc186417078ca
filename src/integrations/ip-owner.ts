/**
 * The IP-owner data for the reader's browser (`/check/`): the compiled chunks of
 * `src/lib/ip-owner/store.node.ts` (cached once per package version under `node_modules/.cache/`)
 * copied into `dist/ip-owner/` by `astro build`, and served from that cache under `/ip-owner/` by
 * `astro dev`. Nothing is downloaded; articles read the same cache at build time.
 */
import { cpSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { ensureIpOwnerData } from "../lib/ip-owner/store.node.ts";

/** The URL folder the data is served under (the worker fetches from there). */
export const IP_OWNER_PATH = "/ip-owner/";

export default function ipOwnerIntegration(): AstroIntegration {
  let root = process.cwd();
  return {
    name: "sagimail:ip-owner",
    hooks: {
      "astro:config:done": ({ config }) => {
        root = fileURLToPath(config.root);
      },

      "astro:build:start": ({ logger }) => {
        const started = performance.now();
        const dir = ensureIpOwnerData(root);
        logger.info(`IP-owner data ready in ${Math.round(performance.now() - started)} ms (${dir})`);
      },

      "astro:build:done": ({ dir, logger }) => {
        const started = performance.now();
        const from = ensureIpOwnerData(root);
        const to = join(fileURLToPath(dir), IP_OWNER_PATH);
        cpSync(from, to, { recursive: true });
        const files = readdirSync(to);
        const bytes = files.reduce((n, f) => n + statSync(join(to, f)).size, 0);
        logger.info(
          `copied ${files.length} IP-owner files (${(bytes / 1024 / 1024).toFixed(1)} MB) into ip-owner/ in ${Math.round(performance.now() - started)} ms`,
        );
      },

      "astro:server:setup": ({ server }) => {
        server.middlewares.use((req, res, next) => {
          const path = (req.url ?? "").split("?")[0] ?? "";
          if (!path.startsWith(IP_OWNER_PATH)) return next();
          const file = path.slice(IP_OWNER_PATH.length);
          if (!/^(index\.json|(v4|v6|names)-\d+\.bin)$/.test(file)) return next();
          let body: Buffer;
          try {
            body = readFileSync(join(ensureIpOwnerData(root), file));
          } catch {
            return next();
          }
          res.setHeader("Content-Type", file.endsWith(".json") ? "application/json" : "application/octet-stream");
          res.setHeader("Cache-Control", "no-store");
          res.end(body);
        });
      },
    },
  };
}
