/**
 * The checker's worker flow (src/lib/checker/run-check.ts): the verdict first, then, once the page
 * has shown it, the same analysis with what came later — here the casebook's match, which decides
 * the verdict again as strong evidence.
 */
import { describe, expect, it } from "vitest";
import { loadBrands } from "../../../src/lib/brand/registry.node.ts";
import { runCheck } from "../../../src/lib/checker/run-check.ts";

const brands = loadBrands();
// A 東京電力 lure quoted on did2memo.net (2024-07-30), its address masked by the page.
const sms = "【料金滞納のお知らせ】請求書が処理されない場合は、電力供給を停止させていただきます。 https://~";

describe("runCheck", () => {
  it("sends the verdict at once, then the verdict decided again with a known case", async () => {
    const sent: { level: string; caseMatch: unknown; final: boolean }[] = [];
    const asked: string[] = [];
    let shown = false;
    const result = await runCheck(
      sms,
      brands,
      {
        shown: async () => void (shown = true),
        caseMatch: async (text) => {
          // Only after the page has shown the first verdict.
          expect(shown).toBe(true);
          asked.push(text);
          return { title: "東京電力を名乗る「料金滞納」SMS", path: "/posts/x/" };
        },
      },
      (a, final) => sent.push({ level: a.verdict.level, caseMatch: a.caseMatch, final }),
    );
    expect(asked).toEqual([sms]);
    expect(sent).toHaveLength(2);
    expect(sent[0]).toMatchObject({ final: false, caseMatch: null });
    expect(sent[0]!.level).not.toBe("danger");
    expect(sent[1]).toMatchObject({ final: true, level: "danger", caseMatch: { path: "/posts/x/" } });
    expect(
      result.verdict.reasons.some((r) => r.text.includes("図鑑の事例「東京電力を名乗る「料金滞納」SMS」と同じ")),
    ).toBe(true);
  });

  it("keeps the first verdict when no case matches or the casebook cannot be read", async () => {
    for (const caseMatch of [async () => null, async () => Promise.reject(new Error("offline"))]) {
      const sent: string[] = [];
      const result = await runCheck(sms, brands, { caseMatch }, (a) => sent.push(a.verdict.level));
      expect(sent).toHaveLength(2);
      expect(sent[1]).toBe(sent[0]);
      expect(result.caseMatch).toBeNull();
    }
  });

  it("asks nothing more of an empty input", async () => {
    const sent: boolean[] = [];
    await runCheck("", brands, { caseMatch: async () => ({ title: "x", path: "/x/" }) }, (_, final) =>
      sent.push(final),
    );
    expect(sent).toEqual([true]);
  });
});
