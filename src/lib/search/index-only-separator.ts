/**
 * Separates the words of the index-only text (./index-text.ts, at build time). Pagefind may pick its
 * excerpt from that text; the search page recognises such an excerpt by this rare character and shows
 * the description instead. A module of its own, so the search page's code never pulls in the indexer.
 */
export const INDEX_ONLY_SEPARATOR = "\u2044";
