import { defineConfig } from "@playwright/test";
import { chromiumArgs, findChromium } from "./e2e/chromium.ts";

const port = Number(process.env.E2E_PORT ?? 4329);

export default defineConfig({
  testDir: "./e2e",
  testMatch: "**/*.spec.ts",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: process.env.CI
    ? [["list"], ["json", { outputFile: "../test-results/e2e.json" }]]
    : [["list"], ["json", { outputFile: "../test-results/e2e.json" }]],
  outputDir: "../test-results/e2e",
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: "ja-JP",
    timezoneId: "Asia/Tokyo",
    launchOptions: { ...(findChromium() ? { executablePath: findChromium()! } : {}), args: chromiumArgs },
  },
  webServer: {
    // Serves the already-built dist/ (tests/run.mjs builds first) like a static host would.
    command: `node tests/e2e/serve-dist.mjs ${port}`,
    url: `http://127.0.0.1:${port}/`,
    cwd: "..",
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
