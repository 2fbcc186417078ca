/**
 * `npm run new` on real fixture mails, in the test site (a copy of the site built once before the
 * browser tests: tests/e2e/test-site.ts): the drafts build at once (once draft is turned off), render
 * the header breakdown and one safe preview per body URL, hold no recipient address of the source
 * mail, and leave no clickable off-site link. An existing post is never overwritten. A post with a
 * <Figure> builds an optimised, lazily loaded, masked image.
 */
import { expect, test } from "@playwright/test";
import { spawnSync, type SpawnSyncReturns } from "node:child_process";
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import sharp from "sharp";
import { recipientAddresses } from "../../src/lib/mail/redact.ts";
import { splitMessage } from "../../src/lib/mail/headers.ts";
import { checkBuiltSite, listHtmlFiles } from "../../src/lib/site-guard/check-built-site.node.ts";
import { formatFindings } from "../../src/lib/site-guard/check-document.ts";
import { loadBrandFiles } from "../../src/lib/brand/registry.node.ts";
import { registryLinks } from "../../src/lib/brand/page.ts";
import { site } from "../../src/site.config.ts";
import { draftsAsWritten, MAILS, root, testSite, testSiteRecord } from "./test-site.ts";

const policy = { allowList: site.outboundAllowList, siteOrigin: site.url };
const emails = join(root, "tests", "fixtures", "emails");
const work = testSite;
const dist = join(work, "dist");
/** What the build stage recorded (read per test, so that a missing test site fails these tests only). */
const record = () => testSiteRecord();

function runNew(args: string[]): SpawnSyncReturns<string> {
  return spawnSync("npm", ["run", "--silent", "new", "--", ...args], {
    cwd: work,
    encoding: "utf8",
    env: { ...process.env, FORCE_COLOR: "0" },
  });
}

/** Every address the source mail's headers give for the recipient, plus the honeypot's own. */
function recipientsOf(file: string): string[] {
  const headers = splitMessage(new Uint8Array(readFileSync(join(emails, file)))).headerText;
  return [...new Set([...recipientAddresses(headers), "phishing@pot"])];
}

test("the scaffolder writes a draft post and masked headers for each fixture mail", () => {
  const cli = record().scaffold;
  for (const mail of MAILS) {
    const run = cli[mail.slug]!;
    expect(run.status, `${mail.file} (${mail.what}): ${run.stdout}\n${run.stderr}`).toBe(0);
    expect(run.stdout).toContain(`content/posts/${mail.slug}/index.mdx`);
    expect(run.stdout).toContain("draft: true");
    const dir = join(draftsAsWritten, mail.slug);
    const mdx = readFileSync(join(dir, "index.mdx"), "utf8");
    const headers = readFileSync(join(dir, "headers.eml"), "utf8");
    expect(mdx).toMatch(/^draft: true$/m);
    expect(mdx).toContain(`<HeaderBreakdown file={"${mail.slug}/headers.eml"}`);
    expect(splitMessage(headers).separated, "headers.eml holds the header section only").toBe(false);
    const bodyPath = join(dir, "body.txt");
    const body = existsSync(bodyPath) ? readFileSync(bodyPath, "utf8") : "";
    for (const address of recipientsOf(mail.file)) {
      expect(headers.toLowerCase(), `${mail.file}: ${address} in headers.eml`).not.toContain(address);
      expect(mdx.toLowerCase(), `${mail.file}: ${address} in index.mdx`).not.toContain(address);
      expect(body.toLowerCase(), `${mail.file}: ${address} in body.txt`).not.toContain(address);
    }
  }
  expect(cli["case-empty"]!.status, cli["case-empty"]!.stderr).toBe(0);
  expect(existsSync(join(draftsAsWritten, "case-empty", "headers.eml"))).toBe(false);
});

test("an existing post is never overwritten", () => {
  record(); // the test site is there
  const target = join(work, "content", "posts", "case-iso2022jp", "index.mdx");
  const before = readFileSync(target, "utf8");
  const again = runNew([join(emails, "62e63064265e.eml"), "case-iso2022jp"]);
  expect(again.status).toBe(1);
  expect(again.stderr).toContain("上書きしません");
  expect(readFileSync(target, "utf8")).toBe(before);
  const title = runNew(["--title", "別の記事", "case-iso2022jp"]);
  expect(title.status).toBe(1);
  expect(readFileSync(target, "utf8")).toBe(before);
  // A single-file post with the same slug counts too.
  writeFileSync(join(work, "content", "posts", "case-single.mdx"), "x");
  expect(runNew(["--title", "別の記事", "case-single"]).status).toBe(1);
  rmSync(join(work, "content", "posts", "case-single.mdx"));
});

test("the drafts build as articles with the breakdown and safe previews, masked and without off-site links", () => {
  // Built in the build stage (tests/build-test-site.ts) once `draft` was turned off.
  const build = record().build;
  expect(build.status, `${build.stdout}\n${build.stderr}`.slice(-6000)).toBe(0);

  for (const mail of MAILS) {
    const html = readFileSync(join(dist, "posts", mail.slug, "index.html"), "utf8");
    expect(html, mail.file).toContain('class="hb"');
    const mdx = readFileSync(join(work, "content", "posts", mail.slug, "index.mdx"), "utf8");
    const links = (mdx.match(/^<SafeLink /gm) ?? []).length;
    expect((html.match(/class="sl sl--/g) ?? []).length, `${mail.file}: one preview per URL`).toBe(links);
    expect(html).toContain("<h1");
  }
  expect(readFileSync(join(dist, "posts", "case-many-urls", "index.html"), "utf8")).toContain("件名のない詐欺メール");
  const empty = readFileSync(join(dist, "posts", "case-empty", "index.html"), "utf8");
  expect(empty).toContain("空の事例 {テスト} &lt;b&gt;太字&lt;/b&gt;");
  // Attribute values may keep a raw "<" (harmless inside quotes); no element may come of it.
  expect(empty.replace(/<meta [^>]*>/g, "")).not.toContain("<b>太字</b>");

  // No recipient address of any source mail anywhere in the built site.
  const everyRecipient = [...new Set(MAILS.flatMap((m) => recipientsOf(m.file)))];
  // (One assertion over all files: an expect() per file and address, on pages of 100 KB and more,
  // took Playwright minutes.)
  const leaks = listHtmlFiles(dist).flatMap((file) => {
    const text = readFileSync(file, "utf8").toLowerCase();
    return everyRecipient.filter((address) => text.includes(address)).map((address) => `${address} in ${file}`);
  });
  expect(leaks).toEqual([]);
  const findings = checkBuiltSite(dist, {
    ...policy,
    allowedUrls: registryLinks(loadBrandFiles(root).map((f) => f.record)),
  });
  expect(findings, formatFindings(findings)).toEqual([]);
});

test("a <Figure> renders an optimised, lazily loaded image with its size and the masks burned into the pixels", async () => {
  expect(record().build.status, "the test site built").toBe(0);
  const html = readFileSync(join(dist, "posts", "case-figure", "index.html"), "utf8");
  const img = /<img [^>]*src="(\/_astro\/[^"]+\.webp)"[^>]*>/.exec(html);
  expect(img, html.slice(0, 2000)).not.toBeNull();
  expect(img![0]).toContain('alt="偽のログイン画面のスクリーンショット。メールアドレスの欄が隠してある。"');
  expect(img![0]).toContain('width="400"');
  expect(img![0]).toContain('height="240"');
  expect(img![0]).toContain('loading="lazy"');
  expect(html).toContain('data-masks="2"');
  expect(html).toContain("偽サイトのログイン画面（受信者のアドレスを隠しています）");
  const figure = html.slice(
    html.indexOf('<figure class="fig'),
    html.indexOf("</figure>", html.indexOf('<figure class="fig')),
  );
  expect(figure).not.toMatch(/\sstyle=/);

  // The shipped image itself hides the regions: the red band under the box is gone, the blue band
  // under the blur has lost its sharp edge.
  const { data, info } = await sharp(join(dist, img![1]!)).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const pixel = (x: number, y: number) => [...data.subarray((y * info.width + x) * 3, (y * info.width + x) * 3 + 3)];
  const [r, g, b] = pixel(200, 80);
  expect(r).toBeLessThan(60);
  expect(Math.abs(r! - g!) + Math.abs(g! - b!)).toBeLessThan(30); // dark grey, not red
  // Under the blur, the fine white stripes drawn on the blue band (like small text) are smeared out.
  const row = Array.from({ length: 200 }, (_, i) => pixel(100 + i, 160)[0]!);
  const mean = row.reduce((a, v) => a + v, 0) / row.length;
  const spread = Math.sqrt(row.reduce((a, v) => a + (v - mean) ** 2, 0) / row.length);
  expect(spread).toBeLessThan(15); // the unblurred stripes swing between 0 and 255
  const clear = pixel(200, 20);
  expect(clear[0]).toBeGreaterThan(200); // outside the masks the picture is untouched

  // The unmasked original is not shipped anywhere.
  const original = readFileSync(join(work, "content", "posts", "case-figure", "shot.png"));
  for (const file of readdirSync(join(dist, "_astro")))
    expect(readFileSync(join(dist, "_astro", file)).equals(original), file).toBe(false);
});
