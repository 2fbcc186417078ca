// @ts-check
import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";
import preact from "@astrojs/preact";
import sitemap from "@astrojs/sitemap";
import { satteri } from "@astrojs/markdown-satteri";
import { emailHeaderGrammar } from "./src/lib/highlight/email-header-grammar.ts";
import pagefind from "./src/integrations/pagefind.ts";
import { neutraliseLinks } from "./src/lib/links/index.ts";
import { site } from "./src/site.config.ts";

export default defineConfig({
  site: site.url,
  trailingSlash: "ignore",
  integrations: [mdx(), preact(), sitemap(), pagefind()],
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
