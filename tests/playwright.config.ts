import { defineConfig } from "@playwright/test";
import { chromiumArgs, resolveChromium } from "./e2e/chromium.ts";

// `npm test` picks a free port and passes it here; 4329 otherwise. A taken port is an error, never
// reused: whatever holds it may serve another build (see tests/e2e/serve-dist.mjs).
const port = Number(process.env.E2E_PORT ?? 4329);
const baseURL = `http://127.0.0.1:${port}`;
const browser = await resolveChromium();

export default defineConfig({
  testDir: "./e2e",
  testMatch: "**/*.spec.ts",
  fullyParallel: true,
  workers: Number(process.env.E2E_WORKERS ?? 2),
  retries: 0,
  reporter: [["list"], ["json", { outputFile: "../test-results/e2e.json" }]],
  outputDir: "../test-results/e2e",
  // Checks once, before any test, that the server answers with this build and that Chromium starts.
  globalSetup: "./e2e/global-setup.ts",
  use: {
    baseURL,
    locale: "ja-JP",
    timezoneId: "Asia/Tokyo",
    launchOptions: {
      executablePath: browser.executablePath,
      args: chromiumArgs,
      ...(browser.env ? { env: { ...process.env, ...browser.env } } : {}),
    },
  },
  webServer: {
    // Serves the already-built dist/ (tests/run.mjs builds first) like a static host would.
    command: `node tests/e2e/serve-dist.mjs ${port}`,
    url: `${baseURL}/`,
    cwd: "..",
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
