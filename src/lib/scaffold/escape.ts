/**
 * Escaping for strings that come from a mail and end up in a generated post: YAML frontmatter
 * values and JavaScript string literals inside MDX (JSX props and `{"…"}` text expressions).
 * Both forms are pure ASCII-safe for the characters MDX, JSX, HTML and YAML give meaning to, so a
 * hostile subject or URL can neither end the string nor open a tag, a component or an expression.
 */

/** Characters that are written as `\uXXXX` inside both YAML and JS double-quoted strings. */
const RISKY =
  /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb{}<>`$&\\"]/g;

function uEscape(ch: string): string {
  return `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`;
}

function escapeInQuotes(text: string): string {
  return text.replace(RISKY, (ch) => {
    if (ch === '"') return '\\"';
    if (ch === "\\") return "\\\\";
    if (ch === "\n") return "\\n";
    if (ch === "\t") return "\\t";
    return uEscape(ch);
  });
}

/** Drops lone surrogates, which neither YAML nor UTF-8 files can hold. */
function wellFormed(text: string): string {
  return text.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, "\ufffd");
}

/**
 * A YAML double-quoted scalar holding `text` exactly (YAML 1.2 accepts the same `\"`, `\\`, `\n`,
 * `\t` and `\uXXXX` escapes as JSON).
 */
export function yamlString(text: string): string {
  return `"${escapeInQuotes(wellFormed(text))}"`;
}

/** A YAML flow sequence of double-quoted strings: `["a", "b"]`. */
export function yamlStringList(items: readonly string[]): string {
  return `[${items.map(yamlString).join(", ")}]`;
}

/**
 * A JavaScript string literal holding `text` exactly, safe inside an MDX/JSX expression:
 * `{"…"}` never contains a raw `{`, `}`, `<`, `>`, backtick or line break.
 */
export function jsString(text: string): string {
  return `"${escapeInQuotes(wellFormed(text))}"`;
}

/** A JSX attribute with a string value: `name={"…"}`. */
export function jsxStringProp(name: string, value: string): string {
  if (!/^[A-Za-z][A-Za-z0-9]*$/.test(name)) throw new Error(`invalid prop name: ${name}`);
  return `${name}={${jsString(value)}}`;
}

/** Text from a mail shown as plain text in MDX: a `{"…"}` expression, never parsed as Markdown or JSX. */
export function mdxText(text: string): string {
  return `{${jsString(text)}}`;
}

/**
 * Makes control and direction-override characters visible for a terminal, so that a hostile mail
 * cannot drive the author's terminal through the scaffolder's report.
 */
export function terminalSafe(text: string | null | undefined): string {
  if (text === null || text === undefined) return "（なし）";
  return text.replace(
    /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g,
    (c) => `\\u{${c.charCodeAt(0).toString(16)}}`,
  );
}

/** One line of plain text: control characters, direction overrides and runs of white space become one space. */
export function oneLine(text: string): string {
  return wellFormed(text)
    .replace(
      /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b\u200e\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]/g,
      " ",
    )
    .replace(/\s+/g, " ")
    .trim();
}

/** Text for an MDX comment `{/* … *\/}`: one line, no braces, never the end of the comment. */
export function commentText(text: string): string {
  return oneLine(text).replace(/\{/g, "｛").replace(/\}/g, "｝").replace(/\*\//g, "* /");
}
