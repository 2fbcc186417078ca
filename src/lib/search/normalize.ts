/**
 * Query normalisation for search. Japanese readers type brand names and pasted addresses in many
 * widths and forms (ＡＭＥＸ, ｱﾒｯｸｽ, auccwallt[.]top); these helpers bring them to one form.
 */

/**
 * Undoes the usual ways of defanging an address, so that `hxxps://auccwallt[.]top` and
 * `163[.]43[.]131[.]56` search like `https://auccwallt.top` and `163.43.131.56`.
 */
export function refang(text: string): string {
  return text
    .replace(/\[(\.|dot)\]|\((\.|dot)\)|\{(\.|dot)\}/gi, ".")
    .replace(/\[(@|at)\]|\((@|at)\)/gi, "@")
    .replace(/\[:\]/g, ":")
    .replace(/\bhxxp(s?)(\[?:\]?)\/\//gi, (_m, s: string) => `http${s}://`)
    .replace(/\bhxxp(s?)\b/gi, (_m, s: string) => `http${s}`);
}

/**
 * The query as it is sent to the index: NFKC (full-width Latin and digits become half-width,
 * half-width katakana becomes full-width, ｱﾒｯｸｽ → アメックス), defanged addresses refanged,
 * white space collapsed. Letter case is kept (the index folds case itself).
 */
export function normalizeQuery(raw: string): string {
  return refang(raw.normalize("NFKC"))
    .replace(/[\s\u3000]+/g, " ")
    .trim();
}

/** Hiragana → katakana, so that にとり and ニトリ compare equal. */
function toKatakana(text: string): string {
  return text.replace(/[\u3041-\u3096]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0x60));
}

/**
 * A key for comparing names: NFKC, lower case, katakana, without spaces, middle dots, hyphens,
 * long-vowel variants or punctuation. `アメリカン・エキスプレス`, `アメリカンエキスプレス` and
 * `ｱﾒﾘｶﾝ ｴｷｽﾌﾟﾚｽ` all fold to the same key.
 */
export function foldForMatch(text: string): string {
  return toKatakana(text.normalize("NFKC").toLowerCase()).replace(
    /[\s\u3000・･·.,，、。\-‐‑–—―_'’"“”!！?？()（）「」『』【】[\]]/g,
    "",
  );
}
