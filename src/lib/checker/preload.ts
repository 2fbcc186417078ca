/**
 * What the /check/ page fetches at once (preloaded from its <head>) and hands to the checker's worker,
 * so that a check needs no round trip to the site: the brand registry's compact data and the suffix
 * list's chunks for the TLDs most lures use.
 */
export const BRANDS_URL = "/check/brands.json";
export const SUFFIX_URL = "/suffix/";
/** TLDs whose suffix rules the page preloads (the commonest in lures' links and senders). */
export const PRELOADED_TLDS = ["com", "jp", "net", "org", "top", "cn", "xyz"] as const;
/** The casebook's text fingerprints and their cases (fetched after the verdict is shown). */
export const CASES_INDEX_URL = "/check/cases.bin";
export const CASES_LIST_URL = "/check/cases.json";
