import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, cpSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { main } from "../../../src/cli/new-post.ts";
import { mailText } from "../../../src/lib/template/body-text.ts";
import { readPostMailText } from "../../../src/lib/template/post-mail.node.ts";
import { fingerprintText } from "../../../src/lib/template/fingerprint.ts";
import { frontmatterValue, readTemplateCases } from "../../../src/lib/scaffold/existing-posts.node.ts";
import { mailSlug, uniqueSlug } from "../../../src/lib/scaffold/draft.ts";
import { maskGreetingName, scaffoldFromMail } from "../../../src/lib/scaffold/index.ts";
import { type TemplateCase } from "../../../src/lib/scaffold/same-template.ts";
import { TEST_BRANDS } from "../template/test-brands.ts";

const now = new Date("2026-11-26T16:30:00Z"); // 2026-11-27 in Japan
const EMAILS = join(import.meta.dirname, "../../fixtures/emails");
const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(join(EMAILS, `${name}.eml`)));

/** The りそな銀行 mail's text sent under 三井住友銀行's name, as an existing case. */
function smbcCase(campaign: string | null): TemplateCase {
  const text = mailText(fixture("9488290e1b5d")).text.replaceAll("りそな銀行", "三井住友銀行");
  return {
    id: "2026-11-smbc-bank-limit",
    title: "三井住友銀行を名乗る「一時的なご利用制限」メール",
    campaign,
    draft: false,
    signature: fingerprintText(text, { brands: TEST_BRANDS })!.signature,
  };
}

const other: TemplateCase = {
  id: "2026-11-amazon-account",
  title: "Amazon を名乗るメール",
  campaign: "amazon-2026",
  draft: false,
  signature: fingerprintText(mailText(fixture("177ff295e234")).text, { brands: TEST_BRANDS })!.signature,
};

describe("slugs from the brand and the subject", () => {
  it("uses the brand and the subject's own ASCII words, never numbers or a masked address", () => {
    expect(mailSlug("2026-11-27", "amazon", "【Amazon】Amazonプライム Prime 会費 871", ["evil.top"])).toBe(
      "2026-11-27-amazon-prime",
    );
    expect(
      mailSlug("2026-11-27", "resona", "【 重要 】りそな銀行における一時的なご利用制限のお知らせ", ["bdgdq.com"]),
    ).toBe("2026-11-27-resona-restriction");
    expect(mailSlug("2026-11-27", null, "お知らせ", ["masked.invalid", "bdgdq.com"])).toBe("2026-11-27-bdgdq-com");
    expect(mailSlug("2026-11-27", null, "recipient@masked.invalid 様へ", ["masked.invalid"])).toBe("2026-11-27-mail");
  });

  it("adds -2, -3 … until the slug is free", () => {
    const taken = new Set(["2026-11-27-resona", "2026-11-27-resona-2"]);
    expect(uniqueSlug("2026-11-27-resona", (s) => taken.has(s))).toBe("2026-11-27-resona-3");
    expect(uniqueSlug("2026-11-27-amazon", (s) => taken.has(s))).toBe("2026-11-27-amazon");
  });

  it("never names a post after the masked recipient when the mail was sent from the recipient's own address", () => {
    const raw = "From: victim@example.jp\nTo: victim@example.jp\nSubject: お支払い\n\n本文\n";
    const result = scaffoldFromMail(raw, { brands: TEST_BRANDS, now });
    expect(result.slug).not.toContain("masked");
    expect(result.slug).toBe("2026-11-27-mail");
  });
});

describe("the saved body text", () => {
  it("masks the recipient's address and the name in the greeting line, and keeps generic greetings", () => {
    expect(maskGreetingName("山田 太郎 様\nお客様\n会員各位\n本文です。お客様には")).toBe(
      "（受信者の名前） 様\nお客様\n会員各位\n本文です。お客様には",
    );
    const raw =
      "From: a@evil.example\nTo: victim@example.jp\nSubject: x\n\n鈴木花子様\n会員ID victim@example.jp の確認\n";
    const body = scaffoldFromMail(raw, { brands: TEST_BRANDS, now }).body;
    expect(body?.fileName).toBe("body.txt");
    expect(body?.text).toBe("（受信者の名前）様\n会員ID recipient@masked.invalid の確認\n");
  });
});

describe("template check when drafting", () => {
  it("names the existing case whose mail carries the same text under another brand, and takes its campaign", () => {
    const result = scaffoldFromMail(fixture("9488290e1b5d"), {
      brands: TEST_BRANDS,
      now,
      templateCases: [other, smbcCase("bank-limit-2026-11")],
    });
    expect(result.sameTemplate.map((m) => m.id)).toEqual(["2026-11-smbc-bank-limit"]);
    expect(result.sameTemplate[0]!.score).toBeGreaterThan(0.9);
    expect(result.campaign).toBe("bank-limit-2026-11");
    expect(frontmatterValue(result.mdx, "campaign")).toBe("bank-limit-2026-11");
    expect(result.mdx).toContain("同じ文面の事例: 2026-11-smbc-bank-limit");
  });

  it("names no case for an unrelated mail and leaves campaign as a comment", () => {
    const result = scaffoldFromMail(fixture("96f7bb0e9905"), {
      brands: TEST_BRANDS,
      now,
      templateCases: [other, smbcCase("bank-limit-2026-11")],
    });
    expect(result.sameTemplate).toEqual([]);
    expect(result.campaign).toBeNull();
    expect(frontmatterValue(result.mdx, "campaign")).toBeNull();
    expect(result.mdx).toMatch(/^# campaign:/m);
  });
});

describe("npm run new in a site folder", () => {
  let root: string;
  const run = async (args: string[]): Promise<{ code: number; out: string; err: string }> => {
    let out = "";
    let err = "";
    const o = vi.spyOn(process.stdout, "write").mockImplementation((c) => ((out += String(c)), true));
    const e = vi.spyOn(process.stderr, "write").mockImplementation((c) => ((err += String(c)), true));
    try {
      const code = await main(args, root, now);
      return { code, out, err };
    } finally {
      o.mockRestore();
      e.mockRestore();
    }
  };

  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), "sagimail-new-"));
    cpSync(join(import.meta.dirname, "../../../content/brands"), join(root, "content", "brands"), { recursive: true });
    mkdirSync(join(root, "content", "posts"), { recursive: true });
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it("writes body.txt, names the case with the same template, and gives the second mail of a day its own slug", async () => {
    const first = await run([join(EMAILS, "da21cdad1a04.eml")]);
    expect(first.code, first.err).toBe(0);
    const [slug1] = readdirSync(join(root, "content", "posts"));
    expect(slug1).toMatch(/^2026-11-27-/);
    expect(slug1).not.toContain("masked");
    const files = readdirSync(join(root, "content", "posts", slug1!)).sort();
    // Its HTML part was cut short before any visible text, so the text part is kept.
    expect(files).toEqual(["body.txt", "headers.eml", "index.mdx"]);
    const body = readFileSync(join(root, "content", "posts", slug1!, "body.txt"), "utf8");
    expect(readPostMailText(join(root, "content", "posts"), slug1!)?.text).toContain("自動退会処理");
    expect(body.toLowerCase()).not.toContain("osst-users@lists.sourceforge.net");
    expect(first.out).toContain("同じ文面の事例");
    expect(first.out).toContain("（見つかりません）");
    // Give the first case a campaign, as its author would.
    const mdxPath = join(root, "content", "posts", slug1!, "index.mdx");
    writeFileSync(
      mdxPath,
      readFileSync(mdxPath, "utf8").replace(/^# campaign:.*$/m, 'campaign: "eki-net-auto-withdrawal"'),
    );
    expect(readTemplateCases(join(root, "content", "posts"), []).map((c) => c.campaign)).toEqual([
      "eki-net-auto-withdrawal",
    ]);

    // The other version of the えきねっと 「自動退会」 mail: same brand, same day.
    const second = await run([join(EMAILS, "dd736ac3e1d0.eml")]);
    expect(second.code, second.err).toBe(0);
    const slugs = readdirSync(join(root, "content", "posts")).sort();
    expect(slugs).toHaveLength(2);
    const slug2 = slugs.find((s) => s !== slug1)!;
    expect(second.out).toContain(slug1!);
    expect(second.out).toContain("eki-net-auto-withdrawal");
    const mdx2 = readFileSync(join(root, "content", "posts", slug2, "index.mdx"), "utf8");
    expect(frontmatterValue(mdx2, "campaign")).toBe("eki-net-auto-withdrawal");

    // An unrelated mail names no case.
    const third = await run([join(EMAILS, "45f6257658e4.eml")]);
    expect(third.code, third.err).toBe(0);
    expect(third.out).toMatch(/同じ文面の事例[^\n]*\n {2}（見つかりません）/);

    // The same sender on the same day again: a new slug, not a refusal.
    const again = await run([join(EMAILS, "da21cdad1a04.eml")]);
    expect(again.code, again.err).toBe(0);
    expect(readdirSync(join(root, "content", "posts"))).toContain(`${slug1}-2`);
    // A slug the author chose is still never overwritten.
    expect((await run([join(EMAILS, "da21cdad1a04.eml"), slug1!])).code).toBe(1);
  }, 120_000); // the first run in a fresh clone compiles the offline IP-owner data (a few seconds)
});
