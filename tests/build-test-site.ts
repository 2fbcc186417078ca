#!/usr/bin/env node
/**
 * Builds the test site (tests/e2e/test-site.ts) once, before the browser tests: copies the site
 * without its posts into test-results/test-site/, drafts posts from real fixture mails with
 * `npm run new`, adds a post with a <Figure> screenshot and a post full of lure links, turns the
 * drafts on and runs `npm run build` there. Records every command's status and output in
 * test-results/test-site.json for scaffold.spec.ts and site-guard.spec.ts, which assert on them.
 * Exits non-zero when the build fails (the specs then say why).
 * Usage: npm run build:test-site
 */
import { spawnSync } from "node:child_process";
import {
  cpSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import sharp from "sharp";
import {
  draftsAsWritten,
  EMPTY_TITLE,
  MAILS,
  recordPath,
  root,
  testSite,
  type ProcessRun,
  type TestSiteRecord,
} from "./e2e/test-site.ts";

const started = Date.now();
const emails = join(root, "tests", "fixtures", "emails");
const posts = join(testSite, "content", "posts");

function run(cmd: string, args: string[]): ProcessRun {
  const t0 = Date.now();
  const r = spawnSync(cmd, args, {
    cwd: testSite,
    encoding: "utf8",
    env: { ...process.env, FORCE_COLOR: "0" },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: r.status, stdout: r.stdout ?? "", stderr: r.stderr ?? String(r.error ?? ""), ms: Date.now() - t0 };
}
const runNew = (args: string[]) => run("npm", ["run", "--silent", "new", "--", ...args]);

rmSync(testSite, { recursive: true, force: true });
rmSync(draftsAsWritten, { recursive: true, force: true });
mkdirSync(posts, { recursive: true });
for (const entry of ["src", "public", "astro.config.mjs", "package.json", "tsconfig.json"])
  cpSync(join(root, entry), join(testSite, entry), { recursive: true });
cpSync(join(root, "content", "brands"), join(testSite, "content", "brands"), { recursive: true });
// The packages, one link each, so that Astro's and Vite's caches (node_modules/.astro, .vite) stay
// the test site's own and never mix with the real site's build.
mkdirSync(join(testSite, "node_modules"));
for (const entry of readdirSync(join(root, "node_modules")))
  if (entry !== ".astro" && entry !== ".vite")
    symlinkSync(join(root, "node_modules", entry), join(testSite, "node_modules", entry));

const record: TestSiteRecord = { scaffold: {}, build: { status: null, stdout: "", stderr: "", ms: 0 } };
for (const mail of MAILS) record.scaffold[mail.slug] = runNew([join(emails, mail.file), mail.slug]);
record.scaffold["case-empty"] = runNew(["--title", EMPTY_TITLE, "case-empty"]);
cpSync(posts, draftsAsWritten, { recursive: true });

// A post with a screenshot beside it: a red band under a box mask, a striped blue band under a blur.
const figureDir = join(posts, "case-figure");
mkdirSync(figureDir, { recursive: true });
cpSync(join(root, "tests", "fixtures", "scaffold", "figure-post.mdx"), join(figureDir, "index.mdx"));
await sharp({ create: { width: 400, height: 240, channels: 3, background: { r: 240, g: 240, b: 250 } } })
  .composite([
    {
      input: Buffer.from(
        `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="240"><rect x="40" y="60" width="320" height="40" fill="#c00"/><rect x="40" y="140" width="320" height="40" fill="#06c"/>${Array.from({ length: 40 }, (_, i) => `<rect x="${40 + i * 8}" y="140" width="3" height="40" fill="#fff"/>`).join("")}</svg>`,
      ),
      top: 0,
      left: 0,
    },
  ])
  .png()
  .toFile(join(figureDir, "shot.png"));

// A post holding a lure link in every form an author could type.
mkdirSync(join(posts, "lure"), { recursive: true });
cpSync(join(root, "tests", "fixtures", "lure-post", "index.mdx"), join(posts, "lure", "index.mdx"));

// The drafts are built as articles.
for (const slug of [...MAILS.map((m) => m.slug), "case-empty"]) {
  const path = join(posts, slug, "index.mdx");
  try {
    writeFileSync(path, readFileSync(path, "utf8").replace(/^draft: true$/m, "draft: false"));
  } catch {
    // `npm run new` failed for this one: scaffold.spec.ts reports it with the command's output.
  }
}
record.build = run("npm", ["run", "--silent", "build"]);
writeFileSync(recordPath, JSON.stringify(record, null, 2));

const seconds = ((Date.now() - started) / 1000).toFixed(1);
if (record.build.status !== 0) {
  console.error(`${record.build.stdout}\n${record.build.stderr}`.slice(-6000));
  console.error(`✖ The test site did not build (${seconds} s); see ${recordPath}.`);
  process.exit(1);
}
const failedNew = Object.entries(record.scaffold).filter(([, r]) => r.status !== 0);
console.log(
  `✔ Test site built in ${seconds} s (npm run new ${Object.values(record.scaffold).reduce((n, r) => n + r.ms, 0)} ms, ` +
    `npm run build ${record.build.ms} ms): ${testSite}` +
    (failedNew.length ? ` (npm run new failed for ${failedNew.map(([slug]) => slug).join(", ")})` : ""),
);
