/**
 * The built site the browser tests run against (dist/, built by `npm test` before Playwright starts),
 * and the pages its sitemap lists.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

export const root = new URL("../..", import.meta.url).pathname;
export const dist = join(root, "dist");

/** Stops test collection with one clear message when there is no build to test. */
export function requireBuild(): void {
  if (!existsSync(join(dist, "sitemap-index.xml")))
    throw new Error(`There is no built site in ${dist}: run \`npm run build\` first (\`npm test\` does).`);
}

/** Paths of every page in the built sitemap (decoded: /tags/なりすまし/). */
export function sitemapPaths(): string[] {
  requireBuild();
  const locs = (file: string) =>
    [...readFileSync(join(dist, file), "utf8").matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  return locs("sitemap-index.xml").flatMap((map) => locs(map.replace(/^\//, "")).map(decodeURI));
}

/** The origin the built site's canonical addresses use (from the sitemap). */
export function siteOrigin(): string {
  requireBuild();
  return new URL(readFileSync(join(dist, "sitemap-index.xml"), "utf8").match(/<loc>([^<]+)<\/loc>/)![1]!).origin;
}
