import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sameTemplatePosts } from "../../../src/lib/site/posts.ts";
import { mailText } from "../../../src/lib/template/body-text.ts";
import { postTemplateMatches, readPostMailText } from "../../../src/lib/template/post-mail.node.ts";
import { TEST_BRANDS } from "./test-brands.ts";

const EMAILS = join(import.meta.dirname, "../../fixtures/emails");
const eml = (name: string): Buffer => readFileSync(join(EMAILS, `${name}.eml`));
const headersOnly = (name: string): string =>
  eml(name)
    .toString("latin1")
    .split(/\r?\n\r?\n/)[0]! + "\n";

describe("post mails at build time", () => {
  let posts: string;
  beforeAll(() => {
    posts = mkdtempSync(join(tmpdir(), "sagimail-posts-"));
    const post = (id: string, files: Record<string, string | Buffer>): void => {
      mkdirSync(join(posts, id));
      writeFileSync(join(posts, id, "index.mdx"), "---\ntitle: x\n---\n");
      for (const [name, data] of Object.entries(files)) writeFileSync(join(posts, id, name), data);
    };
    const resona = mailText(new Uint8Array(eml("9488290e1b5d"))).text;
    // body.txt beside the headers, as npm run new writes them.
    post("resona", { "headers.eml": headersOnly("9488290e1b5d"), "body.txt": resona });
    post("smbc", { "body.txt": resona.replaceAll("りそな銀行", "三井住友銀行") });
    // A whole .eml with its body.
    post("mizuho", { "mail.eml": eml("9488290e1b5d").toString("latin1").replaceAll("りそな銀行", "みずほ銀行") });
    // The two versions of the えきねっと mail; a different えきねっと text; headers only.
    post("eki-a", { "mail.eml": eml("da21cdad1a04") });
    post("eki-b", { "mail.eml": eml("dd736ac3e1d0") });
    post("eki-other", { "mail.eml": eml("8eac73e1ca3f") });
    post("headers-only", { "headers.eml": headersOnly("177ff295e234") });
    writeFileSync(join(posts, "single-file.mdx"), "---\ntitle: x\n---\n");
  });
  afterAll(() => rmSync(posts, { recursive: true, force: true }));

  it("reads body.txt first, else the body of an .eml in the post's folder, else nothing", () => {
    expect(readPostMailText(posts, "resona")?.file).toBe("body.txt");
    expect(readPostMailText(posts, "mizuho")?.file).toBe("mail.eml");
    expect(readPostMailText(posts, "headers-only")).toBeNull();
    expect(readPostMailText(posts, "single-file")).toBeNull();
    expect(readPostMailText(posts, "missing")).toBeNull();
  });

  it("links the posts whose mails share a template, across brands, and no others", () => {
    const ids = ["resona", "smbc", "mizuho", "eki-a", "eki-b", "eki-other", "headers-only", "single-file"];
    const matches = postTemplateMatches(posts, ids, TEST_BRANDS);
    const of = (id: string): string[] => (matches.get(id) ?? []).map((m) => m.id).sort();
    expect(of("resona")).toEqual(["mizuho", "smbc"]);
    expect(of("smbc")).toEqual(["mizuho", "resona"]);
    expect(of("eki-a")).toEqual(["eki-b"]);
    expect(of("eki-other")).toEqual([]);
    expect(of("headers-only")).toEqual([]);
  });
});

describe("sameTemplatePosts", () => {
  const post = (id: string, draft = false) => ({
    id,
    data: { pubDate: new Date("2026-11-20"), draft, brands: [], tags: [] },
  });
  it("keeps the matcher's order and leaves out drafts, unknown ids and the post itself", () => {
    const all = [post("a"), post("b"), post("c", true), post("d")];
    const result = sameTemplatePosts(all[0]!, all, [
      { id: "d", score: 0.9 },
      { id: "c", score: 0.8 },
      { id: "x", score: 0.7 },
      { id: "a", score: 1 },
      { id: "b", score: 0.3 },
    ]);
    expect(result.map((r) => [r.post.id, r.score])).toEqual([
      ["d", 0.9],
      ["b", 0.3],
    ]);
  });
});
