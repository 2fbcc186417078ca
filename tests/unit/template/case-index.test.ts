/**
 * The casebook's fingerprint file (`/check/cases.bin`): built from the cases' own texts (content/posts),
 * it finds a case's text rewritten under another brand, and no case for unrelated or genuine messages.
 */
import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadBrands } from "../../../src/lib/brand/registry.node.ts";
import {
  bestCaseMatch,
  CASE_INDEX_HASHES,
  caseSignature,
  decodeCaseIndex,
  encodeCaseIndex,
} from "../../../src/lib/template/case-index.ts";
import { readPostMailText } from "../../../src/lib/template/post-mail.node.ts";
import { loadCorpus } from "../verdict/corpus.ts";

const brands = loadBrands();
const postsDir = new URL("../../../content/posts/", import.meta.url).pathname;
const cases = readdirSync(postsDir)
  .flatMap((id) => {
    const message = readPostMailText(postsDir, id);
    const signature = message ? caseSignature(message.text, brands) : null;
    return message && signature ? [{ id, text: message.text, signature }] : [];
  })
  .sort((a, b) => a.id.localeCompare(b.id));
const index = decodeCaseIndex(encodeCaseIndex(cases.map((c) => c.signature)))!;
const matchOf = (text: string) => {
  const signature = caseSignature(text, brands);
  const best = signature ? bestCaseMatch(index, signature) : null;
  return best ? cases[best.case]!.id : null;
};

describe("the case index", () => {
  it("holds every case with a text, SMS cases included, in 28 bytes each", () => {
    expect(cases.filter((c) => c.id.includes("sms")).length).toBeGreaterThanOrEqual(12);
    expect(index.count).toBe(cases.length);
    expect(encodeCaseIndex(cases.map((c) => c.signature)).length).toBe(
      12 + cases.length * ((CASE_INDEX_HASHES * 2) / 8),
    );
  });

  it("finds each case's own text", () => {
    for (const c of cases) expect({ id: c.id, match: matchOf(c.text) }).toEqual({ id: c.id, match: c.id });
  });

  it("finds a case's text rewritten under another brand, with another address", () => {
    const sagawa = cases.find((c) => c.id.includes("sagawa-sms"))!;
    const rewritten = sagawa.text
      .replaceAll("佐川急便", "ヤマト運輸")
      .replace(/http:\/\/\S+/, "https://yamato-kzr.top/a");
    expect(rewritten).not.toBe(sagawa.text);
    expect(matchOf(rewritten)).toBe(sagawa.id);
    const nta = cases.find((c) => c.id.includes("nta-sms"))!;
    expect(matchOf(nta.text.replace("国税庁", "日本年金機構").replace("8月31日", "11月2日"))).toBe(nta.id);
  });

  it("finds no case for an unrelated text, nor for any genuine message of the corpus", () => {
    expect(matchOf("明日の会議は10時からです。資料は共有フォルダに置きました。よろしくお願いします。")).toBeNull();
    const genuine = loadCorpus().filter((e) => e.label === "genuine");
    expect(genuine.length).toBeGreaterThan(10);
    for (const e of genuine) expect({ id: e.id, match: matchOf(e.text) }).toEqual({ id: e.id, match: null });
  });

  it("says nothing about a text too short to compare", () => {
    expect(caseSignature("不在のため持ち帰りました", brands)).toBeNull();
  });

  it("refuses a file it cannot read", () => {
    expect(decodeCaseIndex(new Uint8Array([1, 2, 3]))).toBeNull();
    const good = encodeCaseIndex(cases.slice(0, 2).map((c) => c.signature));
    expect(decodeCaseIndex(good.subarray(0, good.length - 1))).toBeNull();
    const otherVersion = good.slice();
    otherVersion[4] = 9;
    expect(decodeCaseIndex(otherVersion)).toBeNull();
  });
});
