/**
 * A small confusable-character table: letters from Cyrillic, Greek and other blocks, digits and
 * letter pairs that look like Latin letters in common fonts (`а` U+0430 looks like `a`, `0` like
 * `o`, `rn` like `m`). {@link confusableSkeleton} maps a label to a "skeleton" so two labels that
 * look alike get the same skeleton. Modelled on the idea of Unicode TR39 skeletons, restricted to
 * what matters for domain names.
 */

/** Single characters and what Latin letter they are mistaken for. */
const LOOKALIKE_CHARACTERS: Readonly<Record<string, string>> = {
  // Cyrillic
  а: "a",
  в: "b",
  е: "e",
  ё: "e",
  к: "k",
  м: "m",
  н: "h",
  о: "o",
  р: "p",
  с: "c",
  т: "t",
  у: "y",
  х: "x",
  ѕ: "s",
  і: "i",
  ї: "i",
  ј: "j",
  ԁ: "d",
  һ: "h",
  ӏ: "l",
  ԛ: "q",
  ԝ: "w",
  ү: "y",
  ь: "b",
  п: "n",
  г: "r",
  ɡ: "g",
  // Greek
  α: "a",
  β: "b",
  ε: "e",
  η: "n",
  ι: "i",
  κ: "k",
  ν: "v",
  ο: "o",
  ρ: "p",
  τ: "t",
  υ: "u",
  χ: "x",
  γ: "y",
  ω: "w",
  // Latin look-alikes outside ASCII
  ı: "i",
  ɩ: "i",
  ł: "l",
  ℓ: "l",
  ɑ: "a",
  ɒ: "a",
  ș: "s",
  ţ: "t",
  ð: "d",
  // Armenian
  օ: "o",
  ս: "u",
  հ: "h",
  ց: "g",
};

/** Characters that are all read as the same letter: they collapse to one skeleton letter. */
const SAME_SHAPE: Readonly<Record<string, string>> = {
  "0": "o",
  "1": "l",
  i: "l",
  "|": "l",
  "5": "s",
  $: "s",
  "@": "a",
};

/** Letter pairs that look like one letter. */
const LOOKALIKE_PAIRS: readonly (readonly [RegExp, string])[] = [
  [/rn/g, "m"],
  [/vv/g, "w"],
  [/cl/g, "d"],
  [/nn/g, "m"],
];

/** True when `ch` is a non-ASCII character in the look-alike table. */
export function isLookalikeCharacter(ch: string): boolean {
  return Object.hasOwn(LOOKALIKE_CHARACTERS, ch.toLowerCase());
}

/** The Latin letter that `ch` is mistaken for, if it is in the table. */
export function latinLookalikeOf(ch: string): string | undefined {
  return LOOKALIKE_CHARACTERS[ch.toLowerCase()];
}

/**
 * The skeleton of a domain label: NFKC-normalised, lower case, accents removed, look-alike letters
 * mapped to Latin, `0/o`, `1/l/i` and `rn/m`, `vv/w`, `cl/d` merged. Two labels with the same
 * skeleton look alike to a hurried reader.
 */
export function confusableSkeleton(label: string): string {
  const decomposed = label.normalize("NFKC").toLowerCase().normalize("NFD").replace(/\p{M}/gu, "");
  let out = "";
  for (const ch of decomposed) {
    const latin = LOOKALIKE_CHARACTERS[ch] ?? ch;
    out += SAME_SHAPE[latin] ?? latin;
  }
  for (const [pattern, replacement] of LOOKALIKE_PAIRS) out = out.replace(pattern, replacement);
  return out;
}
