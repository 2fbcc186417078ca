/**
 * The per-document check of the built-site guard: parse one HTML page with a spec-compliant parser
 * (Sätteri's `htmlToHast`, the HTML parser of Astro's Markdown engine) and list every URL in it that
 * leads off the site and the allow-list, or that runs or embeds content (`javascript:`, `data:`).
 * Pure apart from the parser: no file system.
 */
import type { Element, Nodes } from "hast";
import { htmlToHast } from "satteri";
import {
  classifyLinkTarget,
  isInlineRasterImage,
  isPermittedTarget,
  type LinkPolicyOptions,
  type LinkTargetKind,
} from "../links/link-policy.ts";

/** One URL in a built page that breaks the link policy. */
export interface GuardFinding {
  /** Page the URL was found in (relative to the checked folder for {@link checkBuiltSite}). */
  file: string;
  /** Element name, e.g. `a`, `img`, `form`, `meta`. */
  tag: string;
  /** Attribute as written in HTML, e.g. `href`, `srcset`, `xlink:href`, `content` (meta refresh). */
  attribute: string;
  /** The offending URL. */
  value: string;
  /** Why it is not allowed. */
  kind: Exclude<LinkTargetKind, "same-site" | "allowed-outbound">;
}

/** Options for the guard: the link policy plus the name to put in findings. */
export interface GuardOptions extends LinkPolicyOptions {
  /** Name of the document in findings; default `(document)`. */
  file?: string;
}

/** hast property name → HTML attribute name, for every attribute that holds a URL. */
const URL_PROPERTIES: Readonly<Record<string, string>> = {
  href: "href",
  src: "src",
  srcSet: "srcset",
  action: "action",
  formAction: "formaction",
  poster: "poster",
  data: "data",
  xLinkHref: "xlink:href",
  cite: "cite",
  background: "background",
  ping: "ping",
  manifest: "manifest",
  codeBase: "codebase",
  longDesc: "longdesc",
  lowsrc: "lowsrc",
  dynsrc: "dynsrc",
  icon: "icon",
};

/** The URLs in a `srcset` (`a.png 1x, b.png 2x`) or space-separated `ping` value. */
function splitUrlList(property: string, value: string): string[] {
  if (property === "srcSet")
    return value
      .split(",")
      .map((c) => c.trim().split(/\s+/)[0] ?? "")
      .filter((u) => u !== "");
  if (property === "ping") return value.split(/\s+/).filter((u) => u !== "");
  return [value];
}

/** The URL in a meta refresh `content` (`5; url=https://…`), or null when it only reloads. */
export function metaRefreshUrl(content: string): string | null {
  const match = /^\s*[\d.]*\s*[;,]?\s*(?:url\s*=\s*)?(.*)$/is.exec(content);
  const raw = match?.[1]?.trim() ?? "";
  const unquoted = raw.replace(/^(['"])(.*)\1$/s, "$2").replace(/^['"]/, "");
  return unquoted === "" ? null : unquoted;
}

function propertyText(value: unknown): string | null {
  if (value === null || value === undefined || value === false) return null;
  if (Array.isArray(value)) return value.map(String).join(" ");
  return String(value);
}

function checkElement(element: Element, options: GuardOptions, findings: GuardFinding[]): void {
  const file = options.file ?? "(document)";
  const tag = element.tagName;
  const report = (attribute: string, value: string, kind: LinkTargetKind): void => {
    if (kind === "same-site" || kind === "allowed-outbound") return;
    findings.push({ file, tag, attribute, value, kind });
  };
  for (const [property, raw] of Object.entries(element.properties)) {
    const attribute = URL_PROPERTIES[property];
    const value = propertyText(raw);
    if (attribute === undefined || value === null) continue;
    for (const url of splitUrlList(property, value)) {
      if (
        (tag === "img" || tag === "source") &&
        (property === "src" || property === "srcSet") &&
        isInlineRasterImage(url)
      )
        continue;
      const { kind } = classifyLinkTarget(url, options);
      if (!isPermittedTarget(kind)) report(attribute, url, kind);
    }
  }
  if (tag === "meta" && (propertyText(element.properties["httpEquiv"]) ?? "").toLowerCase() === "refresh") {
    const url = metaRefreshUrl(propertyText(element.properties["content"]) ?? "");
    if (url !== null) report("content", url, classifyLinkTarget(url, options).kind);
  }
}

function walk(node: Nodes, visit: (element: Element) => void): void {
  if (node.type === "element") {
    visit(node);
    const content = (node as Element & { content?: Nodes }).content;
    if (content !== undefined) walk(content, visit);
  }
  if ("children" in node) for (const child of node.children) walk(child, visit);
}

/**
 * Every URL in `html` that points outside the site and its allow-list, or uses `javascript:`,
 * `data:` (except raster images in `<img src>`), `vbscript:` and the like. Never throws on bad HTML.
 */
export function checkHtmlDocument(html: string, options: GuardOptions): GuardFinding[] {
  const findings: GuardFinding[] = [];
  const tree = htmlToHast(html) as Nodes;
  walk(tree, (element) => checkElement(element, options, findings));
  return findings;
}

/** One line per finding, for test failure messages and build logs. */
export function formatFindings(findings: readonly GuardFinding[]): string {
  return findings.map((f) => `${f.file}: <${f.tag} ${f.attribute}="${f.value}"> (${f.kind})`).join("\n");
}
