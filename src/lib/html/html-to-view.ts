/**
 * HTML (from a mail's text/html part) to the safe view model, through a real HTML parser (parse5,
 * the WHATWG algorithm browsers use, so the text comes out as a browser would show it). The tree is
 * walked without recursion, so 50 000 nested elements cannot overflow the stack; scripts, styles,
 * embedded objects and hidden elements are left out; links keep their visible text and their real
 * target; images become their alternative text. Pure; never throws.
 */
import { parse, type DefaultTreeAdapterTypes } from "parse5";
import { defang } from "../url/defang.ts";
import { sameAddress } from "./link-text.ts";
import {
  MAX_BLOCKS,
  MAX_VIEW_TEXT,
  type BodyBlock,
  type BodyInline,
  type BodyView,
  type RawLink,
  type ViewOptions,
} from "./view-model.ts";

type Node = DefaultTreeAdapterTypes.Node;
type Element = DefaultTreeAdapterTypes.Element;

/** Longest HTML read (a larger part is cut, and the view says so). */
export const MAX_HTML = 1_000_000;

const SKIPPED = new Set([
  "head",
  "script",
  "style",
  "template",
  "noscript",
  "iframe",
  "frame",
  "frameset",
  "object",
  "embed",
  "applet",
  "svg",
  "math",
  "video",
  "audio",
  "canvas",
  "map",
  "link",
  "meta",
  "base",
  "title",
  "select",
]);
const BLOCKS = new Set([
  "p",
  "div",
  "section",
  "article",
  "header",
  "footer",
  "main",
  "aside",
  "nav",
  "address",
  "center",
  "table",
  "thead",
  "tbody",
  "tfoot",
  "tr",
  "ul",
  "ol",
  "dl",
  "dt",
  "dd",
  "form",
  "fieldset",
  "figure",
  "figcaption",
  "details",
  "summary",
  "body",
  "html",
]);
const HEADINGS = new Set(["h1", "h2", "h3", "h4", "h5", "h6"]);
const CELLS = new Set(["td", "th"]);

function attr(element: Element, name: string): string | undefined {
  return element.attrs.find((a) => a.name === name)?.value;
}

/** True for an element the reader could not see. */
function hidden(element: Element): boolean {
  if (attr(element, "hidden") !== undefined) return true;
  const style = (attr(element, "style") ?? "").toLowerCase().replace(/\s+/g, "");
  return /display:none|visibility:hidden|(?:^|;)font-size:0(?:px|pt|em|%)?(?:;|!|$)/.test(style);
}

interface Walk {
  blocks: BodyBlock[];
  current: BodyInline[];
  kind: BodyBlock["kind"];
  quoteDepth: number;
  preDepth: number;
  /** Text collected inside the open link, or null when not in a link. */
  link: { text: string; href: string } | null;
  links: RawLink[];
  remoteImages: number;
  hiddenElements: number;
  textLength: number;
  truncated: boolean;
  mask: (text: string) => string;
  maxBlocks: number;
}

function flush(walk: Walk): void {
  const inlines = trimInlines(walk.current);
  walk.current = [];
  if (inlines.length === 0) return;
  if (walk.blocks.length >= walk.maxBlocks) {
    walk.truncated = true;
    return;
  }
  walk.blocks.push({ kind: walk.quoteDepth > 0 && walk.kind === "paragraph" ? "quote" : walk.kind, inlines });
}

/** Drops leading/trailing breaks and white space of a block. */
function trimInlines(inlines: BodyInline[]): BodyInline[] {
  const out = [...inlines];
  while (out.length > 0) {
    const first = out[0];
    if (first?.kind === "break") out.shift();
    else if (first?.kind === "text" && first.text.trim() === "") out.shift();
    else break;
  }
  while (out.length > 0) {
    const last = out.at(-1);
    if (last?.kind === "break") out.pop();
    else if (last?.kind === "text" && last.text.trim() === "") out.pop();
    else break;
  }
  const first = out[0];
  if (first?.kind === "text") out[0] = { kind: "text", text: first.text.trimStart() };
  const last = out.at(-1);
  if (last?.kind === "text") out[out.length - 1] = { kind: "text", text: last.text.trimEnd() };
  return out;
}

function addText(walk: Walk, raw: string): void {
  if (walk.textLength >= MAX_VIEW_TEXT) {
    walk.truncated = true;
    return;
  }
  const text = walk.preDepth > 0 ? raw : raw.replace(/[\s\u200b]+/g, " ");
  if (text === "") return;
  walk.textLength += text.length;
  if (walk.link) {
    walk.link.text += text;
    return;
  }
  const previous = walk.current.at(-1);
  if (previous?.kind === "text") previous.text += text;
  else walk.current.push({ kind: "text", text });
}

/** Finishes the open text runs: masks and defangs them. */
function finishTexts(blocks: BodyBlock[], mask: (text: string) => string): void {
  for (const block of blocks)
    for (let i = 0; i < block.inlines.length; i++) {
      const inline = block.inlines[i];
      if (inline?.kind === "text") block.inlines[i] = { kind: "text", text: defang(mask(inline.text)) };
    }
}

function openElement(walk: Walk, element: Element): "skip" | "enter" {
  const tag = element.tagName;
  if (SKIPPED.has(tag)) return "skip";
  if (hidden(element)) {
    walk.hiddenElements++;
    return "skip";
  }
  if (tag === "br") {
    if (walk.link) walk.link.text += " ";
    else walk.current.push({ kind: "break" });
    return "skip";
  }
  if (tag === "hr") {
    flush(walk);
    if (walk.blocks.length < walk.maxBlocks) walk.blocks.push({ kind: "rule", inlines: [] });
    return "skip";
  }
  if (tag === "img") {
    const src = (attr(element, "src") ?? "").trim();
    if (/^(?:[a-z][a-z0-9+.-]*:)?\/\//i.test(src)) walk.remoteImages++;
    const alt = (attr(element, "alt") ?? "").replace(/\s+/g, " ").trim();
    if (walk.link) walk.link.text += alt === "" ? "［画像］" : `［画像: ${alt}］`;
    else if (alt !== "") walk.current.push({ kind: "image", alt: defang(walk.mask(alt)) });
    return "skip";
  }
  if (tag === "a" && walk.link === null) {
    walk.link = { text: "", href: (attr(element, "href") ?? "").trim() };
    return "enter";
  }
  if (CELLS.has(tag)) {
    addText(walk, " ");
    return "enter";
  }
  if (HEADINGS.has(tag) || tag === "li" || tag === "pre" || tag === "blockquote" || BLOCKS.has(tag)) {
    flush(walk);
    if (HEADINGS.has(tag)) walk.kind = "heading";
    else if (tag === "li") walk.kind = "item";
    else if (tag === "pre") {
      walk.kind = "pre";
      walk.preDepth++;
    } else if (tag === "blockquote") walk.quoteDepth++;
  }
  return "enter";
}

function closeElement(walk: Walk, element: Element): void {
  const tag = element.tagName;
  if (tag === "a" && walk.link) {
    const { text, href } = walk.link;
    walk.link = null;
    const visible = text.replace(/\s+/g, " ").trim();
    walk.links.push({ text: visible, href });
    if (href === "" || href.startsWith("#")) {
      if (visible !== "") walk.current.push({ kind: "text", text: visible });
      return;
    }
    const shownText = defang(walk.mask(visible));
    walk.current.push({
      kind: "link",
      text: shownText,
      target: defang(walk.mask(href)),
      differs: visible === "" || !sameAddress(visible, href),
    });
    return;
  }
  if (HEADINGS.has(tag) || tag === "li" || tag === "pre" || tag === "blockquote" || BLOCKS.has(tag)) {
    flush(walk);
    if (tag === "pre") walk.preDepth = Math.max(0, walk.preDepth - 1);
    if (tag === "blockquote") walk.quoteDepth = Math.max(0, walk.quoteDepth - 1);
    walk.kind = "paragraph";
  }
}

/** The document parsed, or null when even the parser gave up. */
function parseDocument(html: string): Node | null {
  try {
    return parse(html);
  } catch {
    return null;
  }
}

/** Builds the safe view of an HTML body, and the raw links for rules. Never throws. */
export function htmlToView(html: string, options: ViewOptions = {}): { view: BodyView; links: RawLink[] } {
  const source = String(html);
  const walk: Walk = {
    blocks: [],
    current: [],
    kind: "paragraph",
    quoteDepth: 0,
    preDepth: 0,
    link: null,
    links: [],
    remoteImages: 0,
    hiddenElements: 0,
    textLength: 0,
    truncated: source.length > MAX_HTML,
    mask: options.mask ?? ((t) => t),
    maxBlocks: options.maxBlocks ?? MAX_BLOCKS,
  };
  const document = parseDocument(source.slice(0, MAX_HTML));
  if (document) {
    // An explicit stack of "enter this node" and "leave this element" steps.
    const stack: ({ enter: Node } | { leave: Element })[] = [{ enter: document }];
    let steps = 0;
    while (stack.length > 0) {
      if (++steps > 2_000_000) {
        walk.truncated = true;
        break;
      }
      const step = stack.pop();
      if (!step) break;
      if ("leave" in step) {
        closeElement(walk, step.leave);
        continue;
      }
      const node = step.enter;
      if (node.nodeName === "#text") {
        addText(walk, (node as DefaultTreeAdapterTypes.TextNode).value);
        continue;
      }
      if (node.nodeName === "#comment" || node.nodeName === "#documentType") continue;
      if ("tagName" in node) {
        if (openElement(walk, node) === "skip") continue;
        stack.push({ leave: node });
      }
      const children = "childNodes" in node ? node.childNodes : [];
      for (let i = children.length - 1; i >= 0; i--) {
        const child = children[i];
        if (child) stack.push({ enter: child });
      }
    }
  }
  if (walk.link) closeElement(walk, { tagName: "a" } as Element);
  flush(walk);
  finishTexts(walk.blocks, walk.mask);
  return {
    view: {
      source: "html",
      blocks: walk.blocks,
      remoteImages: walk.remoteImages,
      hiddenElements: walk.hiddenElements,
      truncated: walk.truncated,
    },
    links: walk.links,
  };
}
