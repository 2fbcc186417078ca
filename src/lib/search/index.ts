/** Search logic shared by the indexer (Node), the search page (browser) and the tests. */
export * from "./normalize.ts";
export * from "./brands.ts";
export * from "./indicators.ts";
export * from "./excerpt.ts";
export * from "./run.ts";
