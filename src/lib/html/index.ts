/**
 * Untrusted HTML and text to a safe view: parsed by a real HTML parser, walked into our own small
 * model (blocks, text, links with their visible text and real target), rendered by Preact as text.
 */
export { htmlToView, MAX_HTML } from "./html-to-view.ts";
export { textToView } from "./text-to-view.ts";
export { hrefSite, sameAddress, visibleAddressMismatch } from "./link-text.ts";
export type { BodyBlock, BodyInline, BodyView, RawLink, ViewOptions } from "./view-model.ts";
