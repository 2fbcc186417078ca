// @ts-check
import { fileURLToPath } from "node:url";
import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";
import preact from "@astrojs/preact";
import sitemap from "@astrojs/sitemap";
import { satteri } from "@astrojs/markdown-satteri";
import { emailHeaderGrammar } from "./src/lib/highlight/email-header-grammar.ts";
import pagefind from "./src/integrations/pagefind.ts";
import ipOwner from "./src/integrations/ip-owner.ts";
import brandRegistry from "./src/integrations/brand-registry.ts";
import suffixList from "./src/integrations/suffix-list.ts";
import { neutraliseLinks } from "./src/lib/links/neutralise-links.ts";
import { site } from "./src/site.config.ts";

export default defineConfig({
  site: site.url,
  trailingSlash: "ignore",
  // Scoped styles mark elements with a short class instead of a data-astro-cid-… attribute: the same
  // specificity, fewer bytes in every article's 40 KB.
  scopedStyleStrategy: "class",
  // Stylesheets stay files (cached across articles) and out of the CSP's list of inline-style hashes.
  build: { inlineStylesheets: "never" },
  // Sharp, plus masks burned into screenshots (<Figure masks>) so hidden pixels never ship.
  image: { service: { entrypoint: "./src/integrations/masking-image-service.ts" } },
  integrations: [mdx(), preact(), sitemap(), pagefind(), ipOwner(), brandRegistry(), suffixList()],
  // The .msg reader imports iconv-lite, which the checker never calls (src/lib/msg/iconv-shim.ts):
  // the shim keeps its code-page tables and its need for Node's Buffer out of the Web Worker.
  // The checker's worker is an ES module so that parts it needs rarely (the .msg reader) load on demand.
  vite: {
    resolve: { alias: { "iconv-lite": fileURLToPath(new URL("./src/lib/msg/iconv-shim.ts", import.meta.url)) } },
    worker: {
      format: "es",
      // In the checker's worker, `tldts` is the suffix list in per-TLD chunks fetched on demand
      // (src/lib/url/suffix/chunked-tldts.ts), not the whole list: 50 KB gzip less before a verdict.
      plugins: () => [
        {
          name: "sagimail:chunked-tldts",
          enforce: "pre",
          resolveId(id) {
            return id === "tldts"
              ? fileURLToPath(new URL("./src/lib/url/suffix/chunked-tldts.ts", import.meta.url))
              : null;
          },
        },
      ],
    },
  },
  // Content-Security-Policy as a <meta http-equiv> on every page, with hashes of Astro's own inline
  // scripts and styles: nothing loads from another origin and no other inline script runs. The search
  // page adds 'wasm-unsafe-eval' for Pagefind (src/pages/search.astro). Headers a meta policy cannot
  // carry (frame-ancestors, HSTS) are for the host: README.md, "Security headers".
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  markdown: {
    // Every link an author writes goes through the neutraliser: only same-site links and the short
    // allow-list in src/site.config.ts stay clickable; everything else becomes defanged text.
    processor: satteri({
      hastPlugins: [neutraliseLinks({ allowList: site.outboundAllowList, siteOrigin: site.url })],
    }),
    shikiConfig: {
      themes: { light: "github-light", dark: "github-dark" },
      langs: [emailHeaderGrammar],
    },
  },
});
