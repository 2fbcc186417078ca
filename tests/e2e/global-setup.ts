/**
 * Runs once before the browser tests, after the test server has started: the server must answer `/`
 * and `/check/` with the pages of this checkout's dist/ (not a server left over from another build),
 * and Chromium must start. Otherwise the run stops here with one message instead of a failure in
 * every test.
 */
import { chromium, type FullConfig } from "@playwright/test";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { dist, requireBuild } from "./built-site.ts";

export default async function globalSetup(config: FullConfig): Promise<void> {
  requireBuild();
  const use = config.projects[0]!.use;
  const baseURL = use.baseURL!;
  const problems: string[] = [];
  for (const [path, file] of [
    ["/", "index.html"],
    ["/check/", "check/index.html"],
  ] as const) {
    try {
      const res = await fetch(new URL(path, baseURL), { signal: AbortSignal.timeout(10_000) });
      const body = await res.text();
      if (res.status !== 200) problems.push(`${path} answered ${res.status}, not 200`);
      else if (body !== readFileSync(join(dist, file), "utf8"))
        problems.push(`${path} is not the page in ${join(dist, file)}: the server serves another build`);
    } catch (error) {
      problems.push(`${path} did not answer: ${String((error as Error).cause ?? error)}`);
    }
  }
  if (problems.length)
    throw new Error(`The test server at ${baseURL} is not serving this build:\n  ${problems.join("\n  ")}`);

  try {
    const browser = await chromium.launch(use.launchOptions);
    await browser.close();
  } catch (error) {
    throw new Error(`Chromium (${use.launchOptions?.executablePath}) did not start:\n${String(error)}`);
  }
}
