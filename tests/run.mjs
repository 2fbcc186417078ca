#!/usr/bin/env node
// The one test command (`npm test`): unit and component tests; a build stage that builds the site and
// the test site (tests/build-test-site.ts) side by side; then browser tests in Chromium against
// them (no spec builds anything). Prints the time of each stage, one summary line, and exits
// non-zero on any failure.
import { spawn } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { resolveChromium } from "./e2e/chromium.ts";

const root = new URL("..", import.meta.url).pathname;
const results = [];
const started = Date.now();
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

/** Runs one command, its output shown as it comes (prefixed when it runs beside another). */
function run(cmd, args, { env = process.env, prefix = "" } = {}) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: root, env, stdio: prefix ? ["ignore", "pipe", "pipe"] : "inherit" });
    if (prefix) {
      for (const [from, to] of [
        [child.stdout, process.stdout],
        [child.stderr, process.stderr],
      ]) {
        let rest = "";
        from.setEncoding("utf8");
        from.on("data", (chunk) => {
          const lines = (rest + chunk).split("\n");
          rest = lines.pop() ?? "";
          for (const line of lines) to.write(`${prefix}${line}\n`);
        });
        from.on("end", () => rest && to.write(`${prefix}${rest}\n`));
      }
    }
    child.on("error", () => resolve(1));
    child.on("close", (code) => resolve(code ?? 1));
  });
}

/** Runs one step of the suite and records whether it passed, its counts and its time. */
async function step(name, cmd, args, { countFrom, env, prefix } = {}) {
  console.log(`\n▶ ${name}: ${cmd} ${args.join(" ")}`);
  const t0 = Date.now();
  const code = await run(cmd, args, { env, prefix });
  const ok = code === 0;
  const counts = countFrom?.() ?? { passed: ok ? 1 : 0, failed: ok ? 0 : 1 };
  results.push({ name, ok, ms: Date.now() - t0, ...counts });
  return ok;
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(new URL(path, `file://${root}/`), "utf8"));
  } catch {
    return undefined;
  }
}

/** A port nothing listens on now, for this run's test server (never one left over from another run). */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

let chromium;
try {
  chromium = await resolveChromium();
} catch (error) {
  console.error(
    `✖ No Chromium for the browser tests: ${error.message}\n` +
      "  They use CHROMIUM_PATH, else the machine's Chromium (/usr/bin/chromium), else the one the npm\n" +
      "  package @sparticuz/chromium ships (Linux x64; installed by `npm ci`).",
  );
  process.exit(1);
}
console.log(`Chromium: ${chromium.executablePath} (${chromium.source})`);

rmSync(new URL("test-results/", `file://${root}/`), { recursive: true, force: true });
await step(
  "unit and component tests",
  "npx",
  [
    "vitest",
    "run",
    "--config",
    "tests/vitest.config.ts",
    "--reporter=default",
    "--reporter=json",
    "--outputFile.json=test-results/unit.json",
  ],
  {
    countFrom: () => {
      const r = readJson("test-results/unit.json");
      return r
        ? { passed: r.numPassedTests, failed: r.numFailedTests + (r.success ? 0 : r.numFailedTestSuites) }
        : undefined;
    },
  },
);

// The build stage: the site, and the test site the scaffolding and site-guard specs check, at once.
const [built] = await Promise.all([
  step("build", "npm", ["run", "--silent", "build"], { prefix: "[build] " }),
  step("build the test site", "npm", ["run", "--silent", "build:test-site"], { prefix: "[test site] " }),
]);

if (built) {
  const port = await freePort();
  await step("browser tests (Chromium)", "npx", ["playwright", "test", "--config", "tests/playwright.config.ts"], {
    // A port of this run's own. (The config finds the same Chromium; a packaged one is extracted now.)
    env: { ...process.env, E2E_PORT: String(port) },
    countFrom: () => {
      const r = readJson("test-results/e2e.json");
      return r ? { passed: r.stats.expected, failed: r.stats.unexpected + r.stats.flaky } : undefined;
    },
  });
}

const passed = results.reduce((n, r) => n + r.passed, 0);
const failed = results.reduce((n, r) => n + r.failed, 0);
console.log("\nSummary:");
for (const r of results)
  console.log(`  ${r.ok ? "✔" : "✖"} ${r.name}: ${r.passed} passed, ${r.failed} failed (${seconds(r.ms)})`);
console.log(`  total ${seconds(Date.now() - started)}`);
const allOk = results.every((r) => r.ok) && built;
console.log(`\n${passed} passed, ${allOk ? failed : Math.max(failed, 1)} failed`);
process.exit(allOk ? 0 : 1);
