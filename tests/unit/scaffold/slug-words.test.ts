/** Slugs of posts drafted from Japanese subjects: the brand, then what the subject is about. */
import { describe, expect, it } from "vitest";
import { mailSlug } from "../../../src/lib/scaffold/draft.ts";
import { subjectSlugWords } from "../../../src/lib/scaffold/slug-words.ts";

describe("subjectSlugWords", () => {
  it("says the subject's Japanese words in English, in the subject's order, the longer phrase first", () => {
    expect(subjectSlugWords("アカウント情報を時間内に更新してください")).toEqual(["account", "update"]);
    expect(subjectSlugWords("本人確認情報の更新について")).toEqual(["identity", "update"]);
    expect(subjectSlugWords("ご利用確認のお願い")).toEqual(["usage-check"]);
    expect(subjectSlugWords("重要なお知らせ")).toEqual([]);
  });
});

describe("mailSlug", () => {
  it("makes a meaningful slug from a Japanese subject, without the parts of a domain", () => {
    expect(mailSlug("2026-12-02", "amazon", "【Amazon】アカウント情報を時間内に更新してください")).toBe(
      "2026-12-02-amazon-account-update",
    );
    expect(mailSlug("2026-12-02", "amazon", "[V9fs-developer] Amazon.co.jp重要なお知らせ")).toBe("2026-12-02-amazon");
    expect(mailSlug("2026-12-02", "jcb", "お客様のJCBアカウントがロックされている 番号：「84009852」")).toBe(
      "2026-12-02-jcb-account-locked",
    );
    expect(
      mailSlug("2026-12-02", "rakuten", "楽天会員規約」改定のお知らせ/Revision of 'Rakuten Membership Rules'"),
    ).toBe("2026-12-02-rakuten-terms-revision-membership");
  });
});
