/**
 * Checks on internationalised (Unicode) domain labels, modelled on Chromium's IDN display policy:
 * a label that mixes Latin with Cyrillic or Greek, a label written wholly in Cyrillic/Greek letters
 * that look Latin (whole-script confusable), invisible characters, and look-alike characters.
 */
import { isLookalikeCharacter } from "./confusables.ts";
import { hasInvisibles } from "./visible-text.ts";

/** The outcome of the IDN checks on a host. */
export interface IdnReport {
  /** Some label mixes scripts that should not be mixed (e.g. Latin with Cyrillic). */
  mixedScript: boolean;
  /** Some label contains characters that look like different Latin letters. */
  confusable: boolean;
  /** Plain-Japanese notes for the reader, one line each. */
  notes: string[];
}

type ScriptName =
  "Latin" | "Cyrillic" | "Greek" | "Armenian" | "Han" | "Hiragana" | "Katakana" | "Hangul" | "Bopomofo" | "Other";

const SCRIPT_TESTS: readonly (readonly [ScriptName, RegExp])[] = [
  ["Latin", /\p{Script=Latin}/u],
  ["Cyrillic", /\p{Script=Cyrillic}/u],
  ["Greek", /\p{Script=Greek}/u],
  ["Armenian", /\p{Script=Armenian}/u],
  ["Han", /\p{Script=Han}/u],
  ["Hiragana", /\p{Script=Hiragana}/u],
  ["Katakana", /\p{Script=Katakana}/u],
  ["Hangul", /\p{Script=Hangul}/u],
  ["Bopomofo", /\p{Script=Bopomofo}/u],
];

const SCRIPT_LABEL_JA: Readonly<Record<ScriptName, string>> = {
  Latin: "ラテン文字（ふつうのアルファベット）",
  Cyrillic: "キリル文字（ロシア語などの文字）",
  Greek: "ギリシャ文字",
  Armenian: "アルメニア文字",
  Han: "漢字",
  Hiragana: "ひらがな",
  Katakana: "カタカナ",
  Hangul: "ハングル",
  Bopomofo: "注音符号",
  Other: "その他の文字",
};

/** Script combinations that Chromium allows inside one label (CJK with Latin). */
const ALLOWED_WITH_LATIN: ReadonlySet<ScriptName> = new Set(["Han", "Hiragana", "Katakana", "Hangul", "Bopomofo"]);

function scriptOf(ch: string): ScriptName | null {
  if (/[\p{Script=Common}\p{Script=Inherited}]/u.test(ch)) return null;
  for (const [name, test] of SCRIPT_TESTS) if (test.test(ch)) return name;
  return "Other";
}

/** The set of scripts used in a label, ignoring digits, hyphens and other common characters. */
export function scriptsOf(label: string): Set<ScriptName> {
  const scripts = new Set<ScriptName>();
  for (const ch of label) {
    const script = scriptOf(ch);
    if (script !== null) scripts.add(script);
  }
  return scripts;
}

function isMixedScript(scripts: ReadonlySet<ScriptName>): boolean {
  if (scripts.size <= 1) return false;
  const nonCjk = [...scripts].filter((s) => !ALLOWED_WITH_LATIN.has(s));
  // Japanese (Han + kana), Chinese and Korean with Latin are ordinary; anything else mixed is not.
  if (nonCjk.length === 0) return false;
  if (nonCjk.length === 1 && nonCjk[0] === "Latin") return false;
  return true;
}

/** Checks every label of a host given in Unicode form. Never throws. */
export function checkIdn(hostUnicode: string): IdnReport {
  const notes: string[] = [];
  let mixedScript = false;
  let confusable = false;
  if (hasInvisibles(hostUnicode)) {
    notes.push(
      "アドレスの中に目に見えない文字や文字の向きを変える特殊な文字が入っています。見た目と中身が違うアドレスです。",
    );
  }
  for (const label of hostUnicode.split(".")) {
    if (/^[\x00-\x7f]*$/.test(label)) continue;
    const scripts = scriptsOf(label);
    if (isMixedScript(scripts)) {
      mixedScript = true;
      const names = [...scripts].map((s) => SCRIPT_LABEL_JA[s]).join("と");
      notes.push(`「${label}」の部分に${names}が混ざっています。見た目をごまかすためによく使われる手口です。`);
    }
    const lookalikes = [...label].filter((ch) => isLookalikeCharacter(ch));
    const allLookalike =
      lookalikes.length > 0 && [...label].every((ch) => isLookalikeCharacter(ch) || /[\p{Script=Common}]/u.test(ch));
    // Like Chromium: a label wholly in look-alike letters, or Latin spiked with look-alikes, is suspicious;
    // an ordinary Russian or Greek word is not.
    if (allLookalike || (lookalikes.length > 0 && scripts.has("Latin"))) {
      confusable = true;
      const chars = [...new Set(lookalikes)]
        .map((ch) => `「${ch}」(U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")})`)
        .join("、");
      notes.push(
        allLookalike
          ? `「${label}」はすべてアルファベットにそっくりな別の文字でできています（${chars}）。ふつうの英字のアドレスとは別物です。`
          : `「${label}」にはアルファベットにそっくりな別の文字が入っています（${chars}）。`,
      );
    }
  }
  return { mixedScript, confusable, notes };
}
