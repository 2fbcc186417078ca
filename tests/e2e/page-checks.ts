/**
 * Checks shared by the browser tests: axe-core, the Content-Security-Policy watcher, and the record of
 * requests a page makes.
 */
import type { Page } from "@playwright/test";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

/** A path the site does not have: the host serves the 404 page for it, with status 404. */
export const MISSING_PAGE = "/no-such-page/";

/** The axe-core rule sets every page is held to. */
export const axeTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];

/** axe-core's own script, served to the page under test from the site's origin (see axeViolations). */
const AXE_PATH = "/__test-axe-core.js";
const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
const axeRouted = new WeakSet<Page>();

/**
 * axe-core's violations on the page as it is now, one readable string each.
 * axe is loaded with a `<script src>` the test answers itself on the page's own origin (allowed by
 * the page's `script-src 'self'`; nothing reaches the server), which Chromium compiles once and then
 * reuses from its cache on the next page, instead of evaluating its 550 KB source through the
 * DevTools protocol on every page. It runs in the page the plain way (not `runPartial` with a
 * second blank page per analysis, about twice the time; the site has no cross-origin frames), and
 * collects only violations in full (`resultTypes`), so it builds no selector for the nodes that pass.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  if (!axeRouted.has(page)) {
    axeRouted.add(page);
    await page.route(`**${AXE_PATH}`, (route) =>
      route.fulfill({
        body: axeSource,
        contentType: "text/javascript; charset=utf-8",
        headers: { "cache-control": "max-age=3600" },
      }),
    );
  }
  if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({ url: AXE_PATH });
  const violations = await page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run: (c: Document, o: object) => Promise<AxeResult> } }).axe;
    type AxeResult = {
      violations: {
        id: string;
        impact?: string | null;
        help: string;
        nodes: { target: unknown[]; failureSummary?: string }[];
      }[];
    };
    const result = await axe.run(document, { runOnly: { type: "tag", values: tags }, resultTypes: ["violations"] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? "?",
      help: v.help,
      nodes: v.nodes.map((n) => `  ${n.target.map(String).join(" ")}: ${n.failureSummary ?? ""}`),
    }));
  }, axeTags);
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.join("\n")}`);
}

const policyWatched = new WeakSet<Page>();

/**
 * Collects CSP violations (DOM events), console errors and page errors from now on; call the returned
 * function to read them. On a page that several tests share, call `stop` at the end of each.
 */
export async function watchPolicy(page: Page): Promise<(() => Promise<string[]>) & { stop: () => void }> {
  const errors: string[] = [];
  const onConsole = (m: import("@playwright/test").ConsoleMessage) => {
    // The 404 page itself arrives with status 404, which Chromium logs; anything else is a problem.
    const own404 = m.text().includes("status of 404") && new URL(m.location().url).pathname === MISSING_PAGE;
    if (m.type() === "error" && !own404) errors.push(`console: ${m.text()} (${m.location().url})`);
  };
  const onError = (e: Error) => errors.push(`pageerror: ${e.message}`);
  page.on("console", onConsole);
  page.on("pageerror", onError);
  if (!policyWatched.has(page)) {
    policyWatched.add(page);
    // Runs in every document the page loads from now on.
    await page.addInitScript(() => {
      const w = window as unknown as { __csp: string[] };
      w.__csp = [];
      document.addEventListener("securitypolicyviolation", (e) =>
        w.__csp.push(`${e.violatedDirective} blocked ${e.blockedURI || "inline"} (${e.sourceFile}:${e.lineNumber})`),
      );
    });
  }
  const read = async () => [
    ...errors,
    ...(await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? [])),
  ];
  return Object.assign(read, {
    stop: () => {
      page.off("console", onConsole);
      page.off("pageerror", onError);
    },
  });
}

/** Records every request the page makes from now on (`stop` ends it, on a page tests share). */
export function recordRequests(page: Page): string[] & { stop: () => void } {
  const urls: string[] = [];
  const onRequest = (r: import("@playwright/test").Request) => void urls.push(r.url());
  page.on("request", onRequest);
  return Object.assign(urls, { stop: () => void page.off("request", onRequest) });
}

/** The requests that left `origin` (data: and blob: stay in the page), and those over plain HTTP. */
export function offOrigin(requests: string[], origin: string): { offsite: string[]; mixed: string[] } {
  return {
    offsite: requests.filter((u) => !/^(data|blob):/.test(u) && new URL(u).origin !== origin),
    mixed: requests.filter((u) => u.startsWith("http:") && !u.startsWith(origin)),
  };
}


/**
 * Counts the page's requests in flight from now on; the returned function resolves once the page has
 * loaded and nothing has been in flight for `quietMs`. The same end as Playwright's "networkidle", which
 * always waits a fixed 500 ms, but a static page that is done is seen as done at once.
 */
export function trackSettled(page: Page, quietMs = 100): () => Promise<void> {
  let inFlight = 0;
  let lastChange = Date.now();
  const up = () => {
    inFlight++;
    lastChange = Date.now();
  };
  const down = () => {
    inFlight--;
    lastChange = Date.now();
  };
  page.on("request", up);
  page.on("requestfinished", down);
  page.on("requestfailed", down);
  return async () => {
    await page.waitForLoadState("load");
    const deadline = Date.now() + 10_000;
    while (Date.now() < deadline && (inFlight > 0 || Date.now() - lastChange < quietMs))
      await new Promise((resolve) => setTimeout(resolve, 25));
    page.off("request", up);
    page.off("requestfinished", down);
    page.off("requestfailed", down);
  };
}
