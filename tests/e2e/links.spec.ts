/**
 * No internal link or `#anchor` in the built site is broken. Read from the files in dist/ with an
 * HTML5 parser (parse5, the algorithm browsers use); no browser is needed.
 */
import { expect, test } from "@playwright/test";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, posix } from "node:path";
import { parse, type DefaultTreeAdapterMap } from "parse5";
import { dist, requireBuild, siteOrigin } from "./built-site.ts";

type Node = DefaultTreeAdapterMap["node"];

/** The references (href, src, srcset, poster, form action) and the ids of one HTML document. */
function referencesAndIds(html: string): { refs: string[]; ids: string[] } {
  const refs: string[] = [];
  const ids: string[] = [];
  const visit = (node: Node): void => {
    if ("attrs" in node) {
      // Qualified names as a browser's getAttribute() sees them (xlink:href is not href).
      const attr = (name: string) => node.attrs.find((a) => a.name === name && !a.prefix)?.value;
      const has = (name: string) => attr(name) !== undefined;
      // As `[href], [src], [srcset], [poster], form[action]` would select.
      if (["href", "src", "srcset", "poster"].some(has) || (node.nodeName === "form" && has("action"))) {
        for (const name of ["href", "src", "poster", "action"]) {
          const v = attr(name);
          if (v !== undefined) refs.push(v);
        }
        const srcset = attr("srcset");
        if (srcset) refs.push(...srcset.split(",").map((c) => c.trim().split(/\s+/)[0] ?? ""));
      }
      const id = attr("id");
      if (id !== undefined) ids.push(id);
      const name = attr("name");
      if (node.nodeName === "a" && name !== undefined) ids.push(name);
    }
    // Like querySelectorAll, this does not enter a <template>'s content.
    if ("childNodes" in node) for (const child of node.childNodes) visit(child);
  };
  // Scripting off, as in a document from DOMParser: <noscript> content is parsed as elements.
  visit(parse(html, { scriptingEnabled: false }));
  return { refs, ids };
}

test("no internal link or anchor in the built site is broken", () => {
  requireBuild();
  const files = readdirSync(dist, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".html"));
  expect(files.length).toBeGreaterThan(10);
  const site = siteOrigin();
  const pages = files.map((file) => ({ file, ...referencesAndIds(readFileSync(join(dist, file), "utf8")) }));
  const idsByFile = new Map(pages.map((p) => [p.file, new Set(p.ids)]));

  /** The file a site path is served from (as the static server and most hosts do). */
  const fileFor = (pathname: string): string | undefined => {
    const rel = decodeURIComponent(pathname).replace(/^\/+/, "");
    const candidates = [rel, posix.join(rel, "index.html"), `${rel.replace(/\/$/, "")}.html`];
    return (
      candidates.find((c) => c !== "" && existsSync(join(dist, c)) && statSync(join(dist, c)).isFile()) ??
      (rel === "" ? "index.html" : undefined)
    );
  };

  const broken: string[] = [];
  for (const { file, refs } of pages) {
    const pageUrl = new URL("/" + file.replace(/index\.html$/, ""), site);
    for (const ref of refs) {
      if (ref === "" || /^(mailto|tel|data|javascript):/i.test(ref)) continue;
      const url = new URL(ref, pageUrl);
      if (url.origin !== site) continue; // off-site addresses are the site guard's business
      const target = fileFor(url.pathname);
      if (!target) {
        broken.push(`${file}: ${ref} → no file for ${url.pathname}`);
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && target.endsWith(".html") && !idsByFile.get(target)?.has(fragment))
        broken.push(`${file}: ${ref} → no id "${fragment}" in ${target}`);
    }
  }
  expect(broken).toEqual([]);
});
