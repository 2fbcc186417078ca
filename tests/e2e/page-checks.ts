/**
 * Checks shared by the browser tests: axe-core, the Content-Security-Policy watcher, and the record of
 * requests a page makes.
 */
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";

/** A path the site does not have: the host serves the 404 page for it, with status 404. */
export const MISSING_PAGE = "/no-such-page/";

/** The axe-core rule sets every page is held to. */
export const axeTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];

/**
 * axe-core's violations on the page as it is now, one readable string each.
 * Run the plain way (`axe.run` in the page: "legacy mode"), not through `runPartial` and a second
 * blank page per analysis, which costs about twice the time; the site has no cross-origin frames,
 * the one case legacy mode cannot cover. Only violations are collected in full (`resultTypes`): axe
 * then skips building selectors for every node that passed, and the violations are the same.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page })
    .options({ resultTypes: ["violations"] }) // first: options() replaces what withTags() set
    .withTags(axeTags)
    .setLegacyMode(true)
    .analyze();
  return result.violations.map(
    (v) =>
      `${v.id} (${v.impact ?? "?"}): ${v.help}\n${v.nodes.map((n) => `  ${n.target.join(" ")}: ${n.failureSummary ?? ""}`).join("\n")}`,
  );
}

/**
 * Collects CSP violations (DOM events), console errors and page errors from the moment the page
 * starts; call the returned function to read them.
 */
export async function watchPolicy(page: Page): Promise<() => Promise<string[]>> {
  const errors: string[] = [];
  page.on("console", (m) => {
    // The 404 page itself arrives with status 404, which Chromium logs; anything else is a problem.
    const own404 = m.text().includes("status of 404") && new URL(m.location().url).pathname === MISSING_PAGE;
    if (m.type() === "error" && !own404) errors.push(`console: ${m.text()} (${m.location().url})`);
  });
  page.on("pageerror", (e) => errors.push(`pageerror: ${e.message}`));
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener("securitypolicyviolation", (e) =>
      w.__csp.push(`${e.violatedDirective} blocked ${e.blockedURI || "inline"} (${e.sourceFile}:${e.lineNumber})`),
    );
  });
  return async () => [...errors, ...(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp))];
}

/** Records every request the page makes from now on. */
export function recordRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on("request", (r) => urls.push(r.url()));
  return urls;
}

/** The requests that left `origin` (data: and blob: stay in the page), and those over plain HTTP. */
export function offOrigin(requests: string[], origin: string): { offsite: string[]; mixed: string[] } {
  return {
    offsite: requests.filter((u) => !/^(data|blob):/.test(u) && new URL(u).origin !== origin),
    mixed: requests.filter((u) => u.startsWith("http:") && !u.startsWith(origin)),
  };
}

