#!/usr/bin/env node
// The one test command (`npm test`): unit and component tests, a fresh build, checks over the built
// site, and browser tests in Chromium. Prints one summary line and exits non-zero on any failure.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";

const root = new URL("..", import.meta.url).pathname;
const results = [];

function step(name, cmd, args, { countFrom } = {}) {
  console.log(`\n▶ ${name}: ${cmd} ${args.join(" ")}`);
  const run = spawnSync(cmd, args, { cwd: root, stdio: "inherit", env: process.env });
  const ok = run.status === 0;
  const counts = countFrom?.() ?? { passed: ok ? 1 : 0, failed: ok ? 0 : 1 };
  results.push({ name, ok, ...counts });
  return ok;
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(new URL(path, `file://${root}/`), "utf8"));
  } catch {
    return undefined;
  }
}

const chromium = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"].find(
  (p) => p && existsSync(p),
);
if (!chromium) {
  console.error(
    "✖ Chromium was not found. The browser tests use the machine's own Chromium (no download).\n" +
      "  On Debian/Ubuntu, as root: apt-get update && apt-get install -y chromium fonts-noto-cjk\n" +
      "  Or point CHROMIUM_PATH at a Chromium or Chrome binary.",
  );
  process.exit(1);
}

rmSync(new URL("test-results/", `file://${root}/`), { recursive: true, force: true });
const npx = "npx";
step(
  "unit and component tests",
  npx,
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
const built = step("build", "npm", ["run", "--silent", "build"]);
if (built) {
  step("browser tests (Chromium)", npx, ["playwright", "test", "--config", "tests/playwright.config.ts"], {
    countFrom: () => {
      const r = readJson("test-results/e2e.json");
      return r ? { passed: r.stats.expected, failed: r.stats.unexpected + r.stats.flaky } : undefined;
    },
  });
}

const passed = results.reduce((n, r) => n + r.passed, 0);
const failed = results.reduce((n, r) => n + r.failed, 0);
console.log("\nSummary:");
for (const r of results) console.log(`  ${r.ok ? "✔" : "✖"} ${r.name}: ${r.passed} passed, ${r.failed} failed`);
const allOk = results.every((r) => r.ok) && built;
console.log(`\n${passed} passed, ${allOk ? failed : Math.max(failed, 1)} failed`);
process.exit(allOk ? 0 : 1);
