/**
 * Prints, at each build, what the brand registry holds (brands, contact facts, pages cited) and what
 * is due for re-checking: a fact whose page was read more than a year ago, a brand file that cites no
 * page. Warnings, not errors: the facts stay until someone checks them again.
 */
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { loadBrandFiles } from "../lib/brand/registry.node.ts";
import { summariseRegistry } from "../lib/brand/registry.ts";

export default function brandRegistryIntegration(): AstroIntegration {
  let root = process.cwd();
  return {
    name: "sagimail:brand-registry",
    hooks: {
      "astro:config:done": ({ config }) => {
        root = fileURLToPath(config.root);
      },
      "astro:build:start": ({ logger }) => {
        const files = loadBrandFiles(root);
        const s = summariseRegistry(
          files.map((f) => ({ id: f.id, ...f.record })),
          new Date(),
        );
        logger.info(
          `Brand registry: ${s.brands} brands, ${s.facts} contact facts in ${s.brandsWithFacts} brands (${s.brandsWithOwnFacts} with the brand's own page), ${s.sources} pages cited`,
        );
        if (s.unsourced.length > 0)
          logger.warn(
            `Brand files citing no page (say why in their notes, or find a source): ${s.unsourced.join(", ")}`,
          );
        if (s.stale.length > 0)
          logger.warn(`Facts read more than a year ago, due for re-checking:\n  ${s.stale.join("\n  ")}`);
      },
    },
  };
}
