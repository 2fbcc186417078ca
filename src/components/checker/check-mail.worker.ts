/// <reference lib="webworker" />
/**
 * Runs the analysis off the main thread, so a large .eml or .msg never freezes the page. The page hands
 * it what it preloaded from the site itself (the brand registry's compact data, the suffix chunks of
 * the commonest TLDs), so that a check needs no round trip. Then it checks inputs (pasted text
 * or a file's bytes) and answers with plain data: the analysis and its verdict at once; and, once the
 * page says the verdict is shown, the same with the holders of the route's IPs and the highlighted
 * headers. Whatever only some inputs need (the HTML parser, the mail part, the Outlook reader, the
 * highlighter, the IP-owner data) is loaded for those inputs only. The input itself is never sent.
 */
import type { AnalysisView } from "../../lib/analysis/view.ts";
import { toView } from "../../lib/analysis/view.ts";
import type { Brand } from "../../lib/brand/brand.ts";
import { runCheck } from "../../lib/checker/run-check.ts";
import { BRANDS_URL, CASES_INDEX_URL, CASES_LIST_URL, SUFFIX_URL } from "../../lib/checker/preload.ts";
import { loadSuffixesFor, useSuffixChunks } from "../../lib/url/suffix/chunked-tldts.ts";
import type { TldRules } from "../../lib/url/suffix/rules.ts";

export type CheckerRequest =
  | {
      type: "check";
      id: number;
      input: string | Uint8Array;
      /** How the reader says the message came, when they say. */
      channel?: "sms" | "mail" | undefined;
    }
  /** The page has shown the first result of check `id`. */
  | { type: "shown"; id: number }
  /** What the page preloaded: the brand registry and suffix chunks (null where its fetch failed). */
  | { type: "init"; brands: Brand[] | null; suffixes: [string, TldRules][] };
export type CheckerResponse =
  { type: "result"; id: number; result: AnalysisView; final: boolean } | { type: "error"; id: number; message: string };

declare const self: DedicatedWorkerGlobalScope;
const origin = self.location.origin;
const suffixBase = new URL(SUFFIX_URL, origin);
/** The registry, as the page hands it over (from its preload); fetched here only if the page could not. */
let resolveBrands: (brands: Brand[]) => void = () => {};
let brands: Promise<Brand[]> = new Promise((resolve) => (resolveBrands = resolve));
const fetchBrands = () =>
  fetch(new URL(BRANDS_URL, origin))
    .then((r) => (r.ok ? (r.json() as Promise<Brand[]>) : []))
    .catch(() => [] as Brand[]);

/**
 * The case of the casebook whose text `text` shares: the index is fetched once (after a verdict is
 * shown), the list of cases only when a text matches. Null when none matches or the files are missing.
 */
let caseIndex: Promise<import("../../lib/template/case-index.ts").CaseIndex | null> | undefined;
async function findCase(text: string, registry: Brand[]): Promise<{ title: string; path: string } | null> {
  // The file first, the code after: a module import that fails (offline) would stay failed for the
  // worker's life, and its chunks are shared with the mail reader.
  const bytes = await fetch(new URL(CASES_INDEX_URL, origin))
    .then((r) => (r.ok ? r.arrayBuffer() : null))
    .catch(() => null);
  if (!bytes) return null;
  const lib = await import("../../lib/template/case-index.ts");
  caseIndex ??= Promise.resolve(lib.decodeCaseIndex(new Uint8Array(bytes)));
  const index = await caseIndex;
  const signature = index ? lib.caseSignature(text, registry) : null;
  const best = index && signature ? lib.bestCaseMatch(index, signature) : null;
  if (!best) return null;
  const cases = (await fetch(new URL(CASES_LIST_URL, origin)).then((r) => (r.ok ? r.json() : []))) as {
    title: string;
    path: string;
  }[];
  const found = cases[best.case];
  return found ? { title: found.title, path: found.path } : null;
}

/** Resolvers of "the page has shown check id's result". */
const shownWaiters = new Map<number, () => void>();

self.onmessage = async (event: MessageEvent<CheckerRequest>) => {
  const message = event.data;
  if (message.type === "init") {
    useSuffixChunks(new Map(message.suffixes));
    if (message.brands) resolveBrands(message.brands);
    else brands = fetchBrands();
    return;
  }
  if (message.type === "shown") {
    shownWaiters.get(message.id)?.();
    shownWaiters.delete(message.id);
    return;
  }
  try {
    await runCheck(
      message.input,
      await brands,
      {
        readMsg: () => import("../../lib/msg/read-msg.ts").then((m) => m.readMsg),
        readHtml: () => import("../../lib/html/html-to-view.ts").then((m) => m.htmlToView),
        messagePart: () => import("../../lib/analysis/message-part.ts"),
        prepare: (input) => loadSuffixesFor(input, suffixBase),
        highlight: () => import("../../lib/highlight/header-tokens.ts").then((m) => m.tokeniseHeaders),
        lookup: async () => {
          // Offline, the code is not imported (see findCase): it stays importable for a later check.
          if (!self.navigator.onLine) throw new Error("offline: the IP-owner data cannot be reached");
          const [{ createIpOwnerLookup }, { fetchLoader }] = await Promise.all([
            import("../../lib/ip-owner/lookup.ts"),
            import("../../lib/ip-owner/fetch-loader.ts"),
          ]);
          return createIpOwnerLookup(fetchLoader(new URL("/ip-owner/", origin)));
        },
        // The page acknowledges the verdict; a page that never does (a hidden tab) gets the rest in 3 s.
        shown: () =>
          new Promise<void>((resolve) => {
            shownWaiters.set(message.id, resolve);
            setTimeout(resolve, 3000);
          }),
        channel: message.channel,
        caseMatch: async (text) => findCase(text, await brands),
      },
      (result, final) =>
        self.postMessage({ type: "result", id: message.id, result: toView(result), final } satisfies CheckerResponse),
    );
  } catch (error) {
    self.postMessage({ type: "error", id: message.id, message: String(error) } satisfies CheckerResponse);
  }
};
