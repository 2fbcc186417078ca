/**
 * The site must never become the lure: no page of the built site links, loads or submits to an
 * address outside the site and the allow-list. Checks the real build, and the test site's build
 * (tests/e2e/test-site.ts, built before the browser tests), which holds a post with a lure link in
 * every form an author could type.
 */
import { expect, test } from "@playwright/test";
import { join } from "node:path";
import { checkBuiltSite, listHtmlFiles } from "../../src/lib/site-guard/check-built-site.node.ts";
import { formatFindings } from "../../src/lib/site-guard/check-document.ts";
import { site } from "../../src/site.config.ts";
import { loadBrandFiles } from "../../src/lib/brand/registry.node.ts";
import { registryLinks } from "../../src/lib/brand/page.ts";
import { testSite, testSiteRecord } from "./test-site.ts";

const root = new URL("../..", import.meta.url).pathname;
const policy = { allowList: site.outboundAllowList, siteOrigin: site.url };
/** The brands' own pages from the registry: brand pages may link to exactly these, nothing else new. */
const brandLinks = registryLinks(loadBrandFiles(root).map((f) => f.record));

test("no page of the built site links or loads anything off-site", () => {
  const dist = join(root, "dist");
  expect(listHtmlFiles(dist).length).toBeGreaterThan(10);
  const outsideBrandPages = listHtmlFiles(dist).filter((f) => !f.includes(`${join("dist", "brands")}/`));
  expect(outsideBrandPages.length).toBeGreaterThan(10);
  // Everything but the brand pages: the site's allow-list only.
  const findings = checkBuiltSite(dist, policy).filter(
    (f) => !f.file.startsWith("brands/") || !brandLinks.includes(f.value),
  );
  expect(findings, formatFindings(findings)).toEqual([]);
  // Brand pages: the registry's own links and nothing else; and some brand page does use them.
  const onBrandPages = checkBuiltSite(dist, policy).filter((f) => f.file.startsWith("brands/"));
  expect(onBrandPages.length).toBeGreaterThan(20);
  for (const f of onBrandPages) expect(brandLinks, `${f.file}: ${f.value}`).toContain(f.value);
  expect(checkBuiltSite(dist, { ...policy, allowedUrls: brandLinks }), "with the registry links allowed").toEqual([]);
});

test("a post full of lure links builds with warnings and leaves no clickable lure", () => {
  const build = testSiteRecord().build;
  const output = `${build.stdout}\n${build.stderr}`;
  expect(build.status, output).toBe(0);

  // The author is told, per file and URL, what was neutralised.
  for (const defanged of [
    "americanexpress-login[.]top",
    "amex[.]com[.]example[.]top",
    "xdsndkpbg[.]com",
    "evil[.]example",
    "163[.]43[.]131[.]56",
    "bit[.]ly",
  ]) {
    expect(output).toMatch(new RegExp(`content/posts/lure/index\\.mdx: .*${defanged.replace(/[.[\]]/g, "\\$&")}`));
  }

  const findings = checkBuiltSite(join(testSite, "dist"), { ...policy, allowedUrls: brandLinks });
  expect(findings, formatFindings(findings)).toEqual([]);
});
