/**
 * Makes characters that a reader cannot see, or that reorder text, visible as `\uXXXX` escapes:
 * C0/C1 controls, bidirectional overrides and isolates (U+202E, …), zero-width characters,
 * soft hyphens, line/paragraph separators, variation selectors, tag characters and lone surrogates.
 */

/** Characters that are escaped by {@link showInvisibles}. */
export const INVISIBLE_OR_CONTROL =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180B-\u180F\u200B-\u200F\u2028-\u202E\u2060-\u206F\u3164\uFE00-\uFE0F\uFEFF\uFFA0\uFFF9-\uFFFB]|\uDB40[\uDC00-\uDDEF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** True when `text` contains a character that {@link showInvisibles} would escape. */
export function hasInvisibles(text: string): boolean {
  INVISIBLE_OR_CONTROL.lastIndex = 0;
  const found = INVISIBLE_OR_CONTROL.test(text);
  INVISIBLE_OR_CONTROL.lastIndex = 0;
  return found;
}

function escapeCodeUnits(match: string): string {
  let out = "";
  for (const ch of match) {
    const cp = ch.codePointAt(0) ?? 0;
    out +=
      cp > 0xffff ? `\\u{${cp.toString(16).toUpperCase()}}` : `\\u${cp.toString(16).toUpperCase().padStart(4, "0")}`;
  }
  return out;
}

/**
 * Replaces every invisible, control or bidi character in `text` with a visible escape such as
 * `\u202E`; tabs and line feeds become `\u0009`/`\u000A` too, so a URL stays on one line.
 */
export function showInvisibles(text: string): string {
  return text.replace(INVISIBLE_OR_CONTROL, escapeCodeUnits).replace(/[\t\n\r]/g, escapeCodeUnits);
}
