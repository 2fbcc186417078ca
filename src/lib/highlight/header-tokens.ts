/**
 * Tokenises raw header text with Shiki and the e-mail header grammar into plain data: per line, a list
 * of `{ text, kind }`. The renderer maps `kind` to CSS classes, so the output needs no inline style
 * (friendly to a strict Content-Security-Policy) and the same data renders on the server and in the
 * browser. Uses Shiki's JavaScript regex engine: no WebAssembly.
 */
import { createHighlighterCoreSync, type HighlighterCore, type ThemeRegistration } from "shiki/core";
import { createJavaScriptRegexEngine } from "shiki/engine/javascript";
import { emailHeaderGrammar } from "./email-header-grammar.ts";

/** What a token is, for styling. `plain` is everything the grammar does not mark. */
export type HeaderTokenKind =
  | "plain"
  | "name"
  | "punctuation"
  | "address"
  | "ip"
  | "date"
  | "keyword"
  | "encoded"
  | "pass"
  | "fail"
  | "neutral"
  | "masked"
  | "comment"
  | "quoted";

export interface HeaderToken {
  text: string;
  kind: HeaderTokenKind;
}

/** Scope → kind, most specific first. Expressed as a theme whose "colours" are the kind's index. */
const kindsByScope: [string, HeaderTokenKind][] = [
  ["markup.inserted.auth-pass", "pass"],
  ["markup.deleted.auth-fail", "fail"],
  ["markup.changed.auth-other", "neutral"],
  ["comment.other.masked", "masked"],
  ["entity.name.tag.header-name", "name"],
  ["punctuation", "punctuation"],
  ["string.other.address", "address"],
  ["constant.numeric.ip-address", "ip"],
  ["constant.other.date", "date"],
  ["keyword.other", "keyword"],
  ["string.other.encoded-word", "encoded"],
  ["string.quoted.double", "quoted"],
  ["comment.block", "comment"],
];
const kinds: HeaderTokenKind[] = ["plain", ...kindsByScope.map(([, k]) => k)];
const colourOf = (i: number) => `#${i.toString(16).padStart(6, "0")}`;

const kindTheme: ThemeRegistration = {
  name: "sagimail-kinds",
  type: "light",
  fg: colourOf(0),
  bg: "#ffffff",
  settings: [
    { settings: { foreground: colourOf(0) } },
    ...kindsByScope.map(([scope], i) => ({ scope, settings: { foreground: colourOf(i + 1) } })),
  ],
};

let highlighter: HighlighterCore | undefined;
function getHighlighter(): HighlighterCore {
  highlighter ??= createHighlighterCoreSync({
    themes: [kindTheme],
    langs: [emailHeaderGrammar],
    engine: createJavaScriptRegexEngine({ forgiving: true }),
  });
  return highlighter;
}

/** Lines longer than this are not tokenised (shown plain), so hostile input stays fast. */
const maxTokenisedLineLength = 2000;

/**
 * Splits header text into lines of typed tokens. Never throws: on any failure a line is one plain
 * token. Joining every token's text of a line gives the line back unchanged.
 */
export function tokeniseHeaders(text: string): HeaderToken[][] {
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  try {
    const hl = getHighlighter();
    const safe = lines.map((l) => (l.length > maxTokenisedLineLength ? "" : l)).join("\n");
    const tokenLines = hl.codeToTokensBase(safe, {
      lang: "email-header",
      theme: "sagimail-kinds",
      tokenizeMaxLineLength: maxTokenisedLineLength,
    });
    return lines.map((line, i) => {
      if (line.length > maxTokenisedLineLength || !tokenLines[i]) return [{ text: line, kind: "plain" as const }];
      return mergeAdjacent(
        tokenLines[i].map((t) => ({
          text: t.content,
          kind: kinds[parseInt((t.color ?? "#0").slice(1), 16)] ?? "plain",
        })),
      );
    });
  } catch {
    return lines.map((line) => [{ text: line, kind: "plain" as const }]);
  }
}

function mergeAdjacent(tokens: HeaderToken[]): HeaderToken[] {
  const out: HeaderToken[] = [];
  for (const t of tokens) {
    const last = out.at(-1);
    if (last && last.kind === t.kind) last.text += t.text;
    else out.push({ ...t });
  }
  return out.length ? out : [{ text: "", kind: "plain" }];
}
