// @ts-check
import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";
import preact from "@astrojs/preact";
import sitemap from "@astrojs/sitemap";
import { emailHeaderGrammar } from "./src/lib/highlight/email-header-grammar.ts";
import pagefind from "./src/integrations/pagefind.ts";

export default defineConfig({
  site: "https://sagimail.example.org",
  trailingSlash: "ignore",
  integrations: [mdx(), preact(), sitemap(), pagefind()],
  markdown: {
    shikiConfig: {
      themes: { light: "github-light", dark: "github-dark" },
      langs: [emailHeaderGrammar],
    },
  },
});
