/**
 * Starts the checker's Web Worker and hands it what the page preloaded (the brand registry's compact
 * data, the commonest TLDs' suffix chunks), so that a check needs no round trip. The /check/ page calls
 * {@link startCheckerWorker} from a small script of its own as soon as it is parsed, so that the worker's
 * code downloads while the checker's island is still loading; the island then takes that worker
 * ({@link takeStartedWorker}) or starts a new one (after a check had to be stopped).
 */
import { BRANDS_URL, PRELOADED_TLDS, SUFFIX_URL } from "../../lib/checker/preload.ts";
import type { CheckerRequest } from "./check-mail.worker.ts";

/** The data the page preloaded (its <head>), handed to the worker so a check needs no round trip. */
async function handOverPreloaded(w: Worker): Promise<void> {
  const json = (url: string) =>
    fetch(url, { credentials: "same-origin", mode: "cors" })
      .then((r) => (r.ok ? r.json() : null))
      .catch(() => null);
  const [brands, ...suffixes] = await Promise.all([
    json(BRANDS_URL),
    ...PRELOADED_TLDS.map((tld) => json(`${SUFFIX_URL}${tld}.json`)),
  ]);
  w.postMessage({
    type: "init",
    brands,
    suffixes: PRELOADED_TLDS.flatMap((tld, i) => (suffixes[i] ? [[tld, suffixes[i]]] : [])),
  } satisfies CheckerRequest);
}

let started: Worker | null = null;

/** A new worker, with the preloaded data on its way to it. */
export function startCheckerWorker(): Worker {
  const w = new Worker(new URL("./check-mail.worker.ts", import.meta.url), {
    type: "module",
    name: "sagimail-checker",
  });
  void handOverPreloaded(w);
  return w;
}

/** Starts the page's worker early (once). */
export function startEarly(): void {
  started ??= startCheckerWorker();
}

/** The worker started early, once; then null (the caller starts its own). */
export function takeStartedWorker(): Worker | null {
  const w = started;
  started = null;
  return w;
}
