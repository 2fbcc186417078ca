import { describe, expect, it } from "vitest";
import { postsByTag, publishedNewestFirst, relatedPosts, tagPath } from "../../../src/lib/site/posts.ts";
import { formatJaDate, isoDateJst } from "../../../src/lib/site/dates.ts";

const post = (
  id: string,
  date: string,
  extra: Partial<{ brands: string[]; tags: string[]; campaign: string; draft: boolean }> = {},
) => ({
  id,
  data: {
    pubDate: new Date(date),
    draft: extra.draft ?? false,
    brands: (extra.brands ?? []).map((b) => ({ id: b })),
    tags: extra.tags ?? [],
    campaign: extra.campaign,
  },
});

describe("publishedNewestFirst", () => {
  it("drops drafts and sorts newest first, stable on equal dates", () => {
    const posts = [
      post("b", "2026-11-20"),
      post("a", "2026-11-20"),
      post("c", "2026-11-25"),
      post("d", "2026-11-30", { draft: true }),
    ];
    expect(publishedNewestFirst(posts).map((p) => p.id)).toEqual(["c", "a", "b"]);
  });
});

describe("relatedPosts", () => {
  const amex = post("amex", "2026-11-20", { brands: ["american-express"], campaign: "x" });
  const smbc = post("smbc", "2026-11-21", { brands: ["smbc-card"], campaign: "x" });
  const amex2 = post("amex2", "2026-11-25", { brands: ["american-express"] });
  const nitori = post("nitori", "2026-11-26", { brands: ["nitori"] });
  const draft = post("draft", "2026-11-27", { brands: ["american-express"], draft: true });
  const all = [amex, smbc, amex2, nitori, draft];

  it("puts the same campaign before the same brand and leaves out unrelated posts, drafts and the post itself", () => {
    expect(relatedPosts(amex, all).map((r) => [r.post.id, r.kind])).toEqual([
      ["smbc", "campaign"],
      ["amex2", "brand"],
    ]);
  });
  it("returns nothing for a post with no brand or campaign in common", () => {
    expect(relatedPosts(nitori, all)).toEqual([]);
  });
  it("respects the limit", () => {
    expect(relatedPosts(amex, all, 1)).toHaveLength(1);
  });
});

describe("tags", () => {
  it("groups posts by tag, most used first", () => {
    const byTag = postsByTag([
      post("a", "2026-01-01", { tags: ["なりすまし", "カード会社"] }),
      post("b", "2026-01-02", { tags: ["なりすまし"] }),
    ]);
    expect([...byTag.keys()]).toEqual(["なりすまし", "カード会社"]);
    expect(byTag.get("なりすまし")!.map((p) => p.id)).toEqual(["b", "a"]);
  });
  it("encodes Japanese tags in URLs", () => {
    expect(tagPath("カード会社")).toBe("/tags/%E3%82%AB%E3%83%BC%E3%83%89%E4%BC%9A%E7%A4%BE/");
  });
});

describe("dates", () => {
  it("shows dates in Japan time", () => {
    const lateUtc = new Date("2026-11-20T16:30:00Z"); // 01:30 on the 21st in Tokyo
    expect(formatJaDate(lateUtc)).toBe("2026年11月21日");
    expect(isoDateJst(lateUtc)).toBe("2026-11-21");
  });
});
