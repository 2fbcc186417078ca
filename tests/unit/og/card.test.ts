import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import sharp from "sharp";
import { afterAll, describe, expect, it } from "vitest";
import { claimLine, fitHeadline, HEADLINE_MAX, ogCardTree } from "../../../src/lib/og/card.ts";
import { ogCardOfPost } from "../../../src/lib/og/post-card.ts";
import { ogCacheKey, ogPng } from "../../../src/lib/og/render.node.ts";

describe("the card's words", () => {
  it("says who the message pretended to be and how it came", () => {
    expect(claimLine({ brands: ["佐川急便"], channel: "SMS" })).toBe("佐川急便を名乗るSMS");
    expect(claimLine({ brands: [], channel: "メール" })).toBe("詐欺のメール");
  });
  it("drops a leading 「<ブランド>を名乗る」 from the headline, which the card says above it", () => {
    const card = ogCardOfPost({
      title: "佐川急便を名乗る「不在のため持ち帰り」SMS",
      category: "phishing-sms",
      brandNames: ["佐川急便"],
    });
    expect(card).toMatchObject({ headline: "「不在のため持ち帰り」SMS", channel: "SMS", site: "詐欺メール図鑑" });
  });
  it("cuts a long headline at a character, never inside a surrogate pair", () => {
    const long = "𠮷".repeat(HEADLINE_MAX + 5);
    const cut = fitHeadline(long);
    expect([...cut]).toHaveLength(HEADLINE_MAX);
    expect(cut.endsWith("…")).toBe(true);
    expect(cut).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
    expect(fitHeadline("短い  見出し")).toBe("短い 見出し");
  });
  it("puts the 偽物 label and the headline in the tree as text", () => {
    const text = JSON.stringify(
      ogCardTree({ site: "詐欺メール図鑑", brands: ["国税庁"], channel: "SMS", headline: "見出し" }),
    );
    for (const word of ["偽物", "国税庁を名乗るSMS", "見出し", "詐欺メール図鑑"]) expect(text).toContain(word);
  });
});

describe("ogPng", () => {
  const dir = mkdtempSync(join(tmpdir(), "sagimail-og-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const card = {
    site: "詐欺メール図鑑",
    brands: ["国税庁"],
    channel: "SMS",
    headline: "「未払い税金のお支払い」のお願い",
  };

  it("draws a 1200×630 PNG with the Japanese font from the package, and caches it by what it shows", async () => {
    const png = await ogPng(card, dir);
    const meta = await sharp(png).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(["png", 1200, 630]);
    expect(readdirSync(dir)).toEqual([`${ogCacheKey(card)}.png`]);
    // Drawn text: the image is not a blank card (many colours where the glyphs are antialiased).
    const { data } = await sharp(png)
      .extract({ left: 64, top: 250, width: 1000, height: 200 })
      .raw()
      .toBuffer({ resolveWithObject: true });
    expect(new Set(data).size).toBeGreaterThan(20);
    // The second call reads the cache: the same bytes, no new file.
    expect((await ogPng(card, dir)).equals(png)).toBe(true);
    expect(readdirSync(dir)).toHaveLength(1);
    // Another headline is another image.
    expect(ogCacheKey({ ...card, headline: "別" })).not.toBe(ogCacheKey(card));
  });
});
