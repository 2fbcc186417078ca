/**
 * The second site the browser tests check: a copy of this site holding only the brand registry, the
 * drafts `npm run new` writes from real fixture mails (and one empty draft), a post with a
 * <Figure> screenshot, and a post full of lure links, built once by tests/build-test-site.ts in
 * `npm test`'s build stage (before Playwright starts). Its specs read what was recorded then.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

export const root = new URL("../..", import.meta.url).pathname;
/** The copy of the site (content/, dist/, …). */
export const testSite = join(root, "test-results", "test-site");
/** The drafts as `npm run new` wrote them, before the build stage turned `draft` off to build them. */
export const draftsAsWritten = join(root, "test-results", "test-site-drafts");
const recordFile = join(root, "test-results", "test-site.json");

/** Varied real mails: ISO-2022-JP subject, HTML-only with base64-hidden recipient, attachment, no subject, [SPAM] tag. */
export const MAILS = [
  { file: "809f65503e04.eml", slug: "case-iso2022jp", what: "ISO-2022-JP subject, text body" },
  { file: "62e63064265e.eml", slug: "case-html-only", what: "HTML-only body, six URLs, recipient hidden in base64" },
  { file: "26d0fc6cb7c1.eml", slug: "case-attachment", what: "multipart with a PDF attachment" },
  { file: "3b74b15b3675.eml", slug: "case-many-urls", what: "empty subject, HTML with many URLs" },
  { file: "128b988d8297.eml", slug: "case-spam-tag", what: "[SPAM] tag and a TAB in the subject" },
] as const;

/** The empty draft's title (`npm run new -- --title …`): braces and markup an author might type. */
export const EMPTY_TITLE = "空の事例 {テスト} <b>太字</b>";

export interface ProcessRun {
  status: number | null;
  stdout: string;
  stderr: string;
  /** How long it took. */
  ms: number;
}

export interface TestSiteRecord {
  /** `npm run new` per slug (the mails' slugs and "case-empty"). */
  scaffold: Record<string, ProcessRun>;
  /** `npm run build` of the test site. */
  build: ProcessRun;
}

/** What the build stage recorded; a clear error when it has not run. */
export function testSiteRecord(): TestSiteRecord {
  if (!existsSync(recordFile))
    throw new Error(
      `The test site has not been built (${recordFile} is missing): run \`npm run build:test-site\` first (\`npm test\` does).`,
    );
  return JSON.parse(readFileSync(recordFile, "utf8")) as TestSiteRecord;
}

export const recordPath = recordFile;
