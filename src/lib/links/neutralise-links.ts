/**
 * A Sätteri hast plugin (Astro 7's Markdown/MDX engine) that makes sure no link in an article
 * leads to a lure. Markdown links, reference links, GFM autolinks (`https://…`, `www.…`, e-mail
 * addresses), `mailto:`, raw `<a href>` written as MDX JSX, `javascript:`/`data:` URLs and
 * off-site `src` on images, frames and scripts are turned into defanged, non-clickable text.
 * Links to the site itself and to hosts on the allow-list stay, with `rel="noopener noreferrer"`,
 * `class="outbound"` and a visually hidden "（外部サイト）".
 */
import type { Element, ElementContent, Text } from "hast";
import type {
  HastNode,
  HastPluginDefinition,
  HastVisitorContext,
  MdxJsxFlowElementHast,
  MdxJsxTextElementHast,
} from "satteri";
import { defang } from "../url/defang.ts";
import {
  classifyLinkTarget,
  isInlineRasterImage,
  isPermittedTarget,
  type LinkPolicyOptions,
  type LinkTargetKind,
} from "./link-policy.ts";

/** One neutralised URL, reported so the author can decide. */
export interface LinkWarning {
  /** Path of the article (from the compile's `fileURL`), or `(unknown file)`. */
  file: string;
  /** The URL as written. */
  url: string;
  /** The URL defanged, safe to print. */
  defanged: string;
  /** Why it was neutralised. */
  kind: LinkTargetKind | "dynamic";
  /** Element the URL was on (`a`, `img`, …). */
  tag: string;
}

/** Options for {@link neutraliseLinks}. */
export interface NeutraliseLinksOptions extends LinkPolicyOptions {
  /** Called once per neutralised URL. Default: `console.warn("[sagimail] <file>: neutralised link to <url>")`. */
  onWarning?: (warning: LinkWarning) => void;
  /**
   * What to do with raw HTML in plain Markdown (`.md`) files, which the engine passes through
   * unparsed: `"escape"` (default) shows it as text; `"keep"` leaves it (only safe together with the
   * `rawHtml: true` engine feature, which turns it into elements this plugin can check).
   */
  rawHtml?: "escape" | "keep";
}

/** Elements whose URL attribute loads or runs something; off-site ones become a text placeholder. */
const EMBEDDING_TAGS = [
  "img",
  "iframe",
  "frame",
  "script",
  "embed",
  "object",
  "video",
  "audio",
  "source",
  "track",
  "image",
  "input",
  "link",
  "base",
  "use",
];
/** Elements that navigate on click. */
const LINK_TAGS = ["a", "area"];
/** Elements whose form-submission URL is dropped when off-site. */
const FORM_TAGS = ["form", "button"];
const ALL_TAGS = [...LINK_TAGS, ...EMBEDDING_TAGS, ...FORM_TAGS, "meta"];

/** URL-bearing attributes, by their hast property name and their spellings in JSX. */
const URL_ATTRIBUTES: Readonly<Record<string, string>> = {
  href: "href",
  src: "src",
  srcSet: "srcSet",
  srcset: "srcSet",
  action: "action",
  formAction: "formAction",
  formaction: "formAction",
  poster: "poster",
  data: "data",
  xLinkHref: "xLinkHref",
  xlinkHref: "xLinkHref",
  "xlink:href": "xLinkHref",
  cite: "cite",
  background: "background",
};

function fileNameOf(ctx: HastVisitorContext): string {
  if (ctx.fileURL === undefined) return "(unknown file)";
  const path = decodeURIComponent(ctx.fileURL.pathname);
  const marker = ["/content/", "/src/"].map((m) => path.lastIndexOf(m)).find((i) => i >= 0);
  return marker === undefined ? path : path.slice(marker + 1);
}

function text(value: string): Text {
  return { type: "text", value };
}

function span(className: string[], children: ElementContent[]): Element {
  return { type: "element", tagName: "span", properties: { className }, children };
}

/** The URLs in a `srcset` value (`a.png 1x, b.png 2x`). */
function srcsetUrls(value: string): string[] {
  return value
    .split(",")
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? "")
    .filter((url) => url !== "");
}

/** Strips what a reader would not see as different: scheme, `mailto:`, trailing slash, case. */
function sameAsShown(linkText: string, url: string): boolean {
  const simplify = (s: string): string =>
    s
      .trim()
      .toLowerCase()
      .replace(/^(?:https?:\/\/|mailto:)/, "")
      .replace(/\/$/, "");
  return simplify(linkText) === simplify(url);
}

/** The replacement for a neutralised link: its text (defanged) plus the defanged URL, never an `<a>`. */
export function neutralisedLinkNodes(linkText: string, url: string): Element {
  const urlSpan = span(["defanged-url"], [text(defang(url))]);
  if (linkText.trim() === "") return urlSpan;
  if (sameAsShown(linkText, url)) return span(["defanged-url"], [text(defang(linkText))]);
  return span(["neutralised-link"], [text(defang(linkText)), text("（"), urlSpan, text("）")]);
}

/** The placeholder for an off-site image, frame or script. */
function blockedEmbedNode(tag: string, url: string, alt: string): Element {
  const label =
    tag === "img" || tag === "image" ? "画像" : FORM_TAGS.includes(tag) ? "外部へ送信するフォーム" : "外部の埋め込み";
  const what = alt.trim() === "" ? label : `${label}「${defang(alt.trim())}」`;
  return span(["defanged-url", "blocked-embed"], [text(`［${what}: ${defang(url)}］`)]);
}

/** The marker appended to links that may leave the site. */
function outboundMarker(): Element {
  return span(["visually-hidden"], [text("（外部サイト）")]);
}

interface UrlCheck {
  property: string;
  url: string;
  kind: LinkTargetKind | "dynamic";
}

function checkUrl(tag: string, property: string, url: string, options: LinkPolicyOptions): UrlCheck[] {
  const urls = property === "srcSet" ? srcsetUrls(url) : [url];
  return urls.map((u) => {
    if (
      (tag === "img" || tag === "source") &&
      (property === "src" || property === "srcSet") &&
      isInlineRasterImage(u)
    ) {
      return { property, url: u, kind: "same-site" as const };
    }
    return { property, url: u, kind: classifyLinkTarget(u, options).kind };
  });
}

/** Reads a JSX attribute: its string value, `null` for a dynamic `{expression}`, `undefined` when absent. */
function jsxAttributeValue(value: unknown): string | null {
  if (typeof value === "string") return value;
  if (value !== null && typeof value === "object" && "value" in value && typeof value.value === "string") {
    const literal = /^\s*(?:"([^"\\]*)"|'([^'\\]*)'|`([^`\\$]*)`)\s*$/.exec(value.value);
    if (literal !== null) return literal[1] ?? literal[2] ?? literal[3] ?? "";
  }
  return null;
}

/**
 * Creates the plugin. Use it in `markdown.processor: satteri({ hastPlugins: [neutraliseLinks({...})] })`.
 * Warnings go to `onWarning` and to the engine's diagnostics (`ctx.report`).
 */
export function neutraliseLinks(options: NeutraliseLinksOptions): HastPluginDefinition {
  const policy: LinkPolicyOptions = { allowList: options.allowList, siteOrigin: options.siteOrigin };
  const warn =
    options.onWarning ??
    ((w: LinkWarning) =>
      console.warn(`[sagimail] ${w.file}: neutralised link to ${w.defanged} (${w.kind}, <${w.tag}>)`));

  function report(ctx: HastVisitorContext, node: Readonly<HastNode>, tag: string, check: UrlCheck): void {
    const warning: LinkWarning = {
      file: fileNameOf(ctx),
      url: check.url,
      defanged: defang(check.url),
      kind: check.kind,
      tag,
    };
    warn(warning);
    ctx.report({ message: `neutralised link to ${warning.defanged} (${check.kind})`, node, severity: "warning" });
  }

  function handleElement(node: Readonly<Element>, ctx: HastVisitorContext): void {
    const tag = node.tagName;
    const props = node.properties;
    if (tag === "meta") {
      const equiv = props["httpEquiv"];
      const equivText = Array.isArray(equiv) ? equiv.join(" ") : String(equiv ?? "");
      if (equivText.toLowerCase() === "refresh") {
        report(ctx, node, tag, { property: "content", url: String(props["content"] ?? ""), kind: "off-site" });
        ctx.removeNode(node);
      }
      return;
    }
    const checks: UrlCheck[] = [];
    for (const [property, value] of Object.entries(props)) {
      if (URL_ATTRIBUTES[property] !== property || value === null || value === undefined || value === false) continue;
      checks.push(...checkUrl(tag, property, Array.isArray(value) ? value.join(" ") : String(value), policy));
    }
    const bad = checks.filter((c) => !isPermittedTarget(c.kind as LinkTargetKind));
    if (LINK_TAGS.includes(tag)) {
      const href = checks.find((c) => c.property === "href");
      if (bad.length > 0) {
        for (const c of bad) report(ctx, node, tag, c);
        ctx.replaceNode(node, neutralisedLinkNodes(ctx.textContent(node), bad[0]?.url ?? ""));
      } else if (href?.kind === "allowed-outbound") {
        ctx.setProperty(node, "rel", ["noopener", "noreferrer"]);
        const classes = Array.isArray(props["className"]) ? props["className"].map(String) : [];
        ctx.setProperty(node, "className", [...classes.filter((c) => c !== "outbound"), "outbound"]);
        ctx.setProperty(node, "target", null);
        ctx.appendChild(node, outboundMarker());
      }
      return;
    }
    if (bad.length === 0) return;
    for (const c of bad) report(ctx, node, tag, c);
    if (FORM_TAGS.includes(tag)) {
      for (const c of bad) ctx.setProperty(node, c.property, null);
      return;
    }
    ctx.replaceNode(node, blockedEmbedNode(tag, bad[0]?.url ?? "", String(props["alt"] ?? "")));
  }

  function handleJsx(node: Readonly<MdxJsxFlowElementHast | MdxJsxTextElementHast>, ctx: HastVisitorContext): void {
    const tag = node.name ?? "";
    const checks: UrlCheck[] = [];
    let spread = false;
    let alt = "";
    let equiv = "";
    for (const attribute of node.attributes) {
      if (attribute.type === "mdxJsxExpressionAttribute") {
        spread = true;
        continue;
      }
      const value = jsxAttributeValue(attribute.value);
      if (attribute.name === "alt" && value !== null) alt = value;
      if (attribute.name.toLowerCase() === "http-equiv" || attribute.name === "httpEquiv") equiv = value ?? "";
      const property = URL_ATTRIBUTES[attribute.name];
      if (property === undefined) continue;
      if (value === null) checks.push({ property, url: "{…}", kind: "dynamic" });
      else checks.push(...checkUrl(tag, property, value, policy));
    }
    if (tag === "meta") {
      if (equiv.toLowerCase() === "refresh") {
        report(ctx, node, tag, { property: "content", url: "meta refresh", kind: "off-site" });
        ctx.removeNode(node);
      }
      return;
    }
    // `{...props}` could carry any href or src: treat it like an unknown URL.
    if (spread) checks.push({ property: "href", url: "{...}", kind: "dynamic" });
    const bad = checks.filter((c) => c.kind === "dynamic" || !isPermittedTarget(c.kind));
    const linkText = ctx.textContent(node);
    if (LINK_TAGS.includes(tag)) {
      if (bad.length > 0) {
        for (const c of bad) report(ctx, node, tag, c);
        ctx.replaceNode(node, neutralisedLinkNodes(linkText, bad[0]?.url ?? ""));
        return;
      }
      const href = checks.find((c) => c.property === "href");
      if (href === undefined) return;
      // Rebuild the link from the checked URL only: other attributes (target, on*) are dropped.
      const outbound = href.kind === "allowed-outbound";
      const link: Element = {
        type: "element",
        tagName: "a",
        properties: outbound
          ? { href: href.url, rel: ["noopener", "noreferrer"], className: ["outbound"] }
          : { href: href.url },
        children: outbound ? [text(linkText), outboundMarker()] : [text(linkText)],
      };
      ctx.replaceNode(node, link);
      return;
    }
    if (bad.length === 0) return;
    for (const c of bad) report(ctx, node, tag, c);
    ctx.replaceNode(node, blockedEmbedNode(tag, bad[0]?.url ?? "", alt));
  }

  return {
    name: "sagimail-neutralise-links",
    element: { filter: ALL_TAGS, visit: handleElement },
    mdxJsxFlowElement: { filter: ALL_TAGS, visit: handleJsx },
    mdxJsxTextElement: { filter: ALL_TAGS, visit: handleJsx },
    raw(node, ctx) {
      if (options.rawHtml === "keep") return;
      // Plain Markdown passes raw HTML through unparsed: show it as text rather than trust it.
      report(ctx, node, "raw HTML", { property: "html", url: node.value.slice(0, 80), kind: "off-site" });
      ctx.replaceNode(node, text(node.value));
    },
  };
}
