/**
 * Aho–Corasick: every occurrence of many needles in a text, in one pass over the text whatever the
 * number of needles (issue 22: the brand registry's names are looked for in every mail). Needles are
 * compiled once into an automaton over UTF-16 code units; a search reports each occurrence (also
 * overlapping ones, and needles inside longer needles) by needle index and end position.
 */

/** The compiled needles. */
export interface NeedleAutomaton {
  /** The needles as given. */
  readonly needles: readonly string[];
  /** Symbol of each UTF-16 code unit: 0 when no needle contains it, else 1…width-1. */
  readonly symbolOf: Uint16Array;
  /** Number of symbols plus one. */
  readonly width: number;
  /** Trie edges: `state * width + symbol` → next state. */
  readonly edges: Map<number, number>;
  /** Failure link of each state: the longest proper suffix of its path that is also a trie path. */
  readonly fail: Int32Array;
  /** Needle indexes that end at each state (null when none). */
  readonly ends: readonly (readonly number[] | null)[];
  /** The nearest state along the failure links where a needle ends (0: none). */
  readonly nextEnd: Int32Array;
}

/** Compiles needles (empty needles are never reported; a needle given twice is reported twice). */
export function compileNeedles(needles: readonly string[]): NeedleAutomaton {
  const symbolOf = new Uint16Array(0x10000);
  let width = 1;
  for (const needle of needles)
    for (let i = 0; i < needle.length; i++) {
      const unit = needle.charCodeAt(i);
      if (symbolOf[unit] === 0) symbolOf[unit] = width++;
    }
  if (width > 0xffff) throw new Error("too many distinct characters in the needles");

  const edges = new Map<number, number>();
  const ends: (number[] | null)[] = [null];
  needles.forEach((needle, index) => {
    if (needle === "") return;
    let state = 0;
    for (let i = 0; i < needle.length; i++) {
      const key = state * width + symbolOf[needle.charCodeAt(i)]!;
      let to = edges.get(key);
      if (to === undefined) {
        to = ends.length;
        ends.push(null);
        edges.set(key, to);
      }
      state = to;
    }
    (ends[state] ??= []).push(index);
  });

  // Children of each state, for the breadth-first pass that sets the failure links.
  const children: [symbol: number, to: number][][] = ends.map(() => []);
  for (const [key, to] of edges) children[Math.floor(key / width)]!.push([key % width, to]);
  const fail = new Int32Array(ends.length);
  const nextEnd = new Int32Array(ends.length);
  const queue: number[] = [0];
  for (let head = 0; head < queue.length; head++) {
    const state = queue[head]!;
    for (const [symbol, to] of children[state]!) {
      let link = 0;
      if (state !== 0) {
        let from = fail[state]!;
        for (;;) {
          const found = edges.get(from * width + symbol);
          if (found !== undefined) {
            link = found;
            break;
          }
          if (from === 0) break;
          from = fail[from]!;
        }
      }
      fail[to] = link;
      nextEnd[to] = ends[link] !== null ? link : nextEnd[link]!;
      queue.push(to);
    }
  }
  return { needles, symbolOf, width, edges, fail, ends, nextEnd };
}

/**
 * Calls `visit(needle, end)` for every occurrence of every needle in `text` (`end` is the index just
 * after it), in order of end position; at one end position, longer needles first.
 */
export function forEachOccurrence(
  automaton: NeedleAutomaton,
  text: string,
  visit: (needle: number, end: number) => void,
): void {
  const { symbolOf, width, edges, fail, ends, nextEnd } = automaton;
  let state = 0;
  for (let i = 0; i < text.length; i++) {
    const symbol = symbolOf[text.charCodeAt(i)]!;
    if (symbol === 0) {
      // No needle holds this character: every partial match ends here.
      state = 0;
      continue;
    }
    let to = edges.get(state * width + symbol);
    while (to === undefined && state !== 0) {
      state = fail[state]!;
      to = edges.get(state * width + symbol);
    }
    state = to ?? 0;
    for (let s = ends[state] !== null ? state : nextEnd[state]!; s !== 0; s = nextEnd[s]!)
      for (const needle of ends[s]!) visit(needle, i + 1);
  }
}
