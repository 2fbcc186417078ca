/**
 * The safe view of a message body: our own small model of what a reader saw, built from the mail's
 * HTML or text. It has no node for a script, a style, a remote image or a clickable link, so none of
 * those can reach the page; every string in it is plain text, already defanged and masked, to be
 * rendered as text.
 */

/** A run of text inside a block. */
export type BodyInline =
  | { kind: "text"; text: string }
  /** A link: the text the reader saw, and where it really leads (both defanged; never clickable). */
  | { kind: "link"; text: string; target: string; differs: boolean }
  /** An image, shown as its alternative text only (nothing is loaded). */
  | { kind: "image"; alt: string }
  | { kind: "break" };

/** A block of the body. */
export interface BodyBlock {
  kind: "paragraph" | "heading" | "item" | "quote" | "pre" | "rule";
  inlines: BodyInline[];
}

/** The whole safe view. */
export interface BodyView {
  /** Where the view came from. */
  source: "html" | "text";
  blocks: BodyBlock[];
  /** Remote images left out (they can tell the sender the mail was opened). */
  remoteImages: number;
  /** Elements hidden from the reader (display:none…) whose text was left out. */
  hiddenElements: number;
  /** True when the body was too long and was cut. */
  truncated: boolean;
}

/** A link as written in the HTML, for rules (never rendered: its strings are neither defanged nor masked). */
export interface RawLink {
  /** The visible text, white space collapsed. */
  text: string;
  /** The `href` as written, trimmed. */
  href: string;
}

/** Options shared by the view builders. */
export interface ViewOptions {
  /** Masks the recipient's details in a string (applied before defanging). */
  mask?: (text: string) => string;
  /** Most blocks kept (default {@link MAX_BLOCKS}). */
  maxBlocks?: number;
}

export const MAX_BLOCKS = 1500;
/** Most characters of text kept in the view. */
export const MAX_VIEW_TEXT = 200_000;
