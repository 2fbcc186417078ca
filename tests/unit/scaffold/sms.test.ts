/**
 * `npm run new -- --sms`: the draft SMS case, from real SMS texts quoted on public pages
 * (tests/fixtures/texts/corpus.jsonl).
 */
import { parse as parseYaml } from "yaml";
import { describe, expect, it } from "vitest";
import { loadBrands } from "../../../src/lib/brand/registry.node.ts";
import { maskSmsText, scaffoldFromSms, type SmsInput } from "../../../src/lib/scaffold/sms.ts";

const brands = loadBrands();
const now = new Date("2026-12-03T03:00:00Z");
const sms = (text: string, more: Partial<SmsInput> = {}): SmsInput => ({
  text,
  sender: null,
  received: null,
  source: null,
  mask: [],
  ...more,
});
const frontmatter = (mdx: string) => parseYaml(mdx.split("---")[1] ?? "") as Record<string, unknown>;

describe("maskSmsText", () => {
  it("masks the reader's name in a greeting but not a generic one", () => {
    expect(maskSmsText("山田太郎様、お荷物が届いています", [])).toBe("（受信者の名前）様、お荷物が届いています");
    expect(maskSmsText("お客様、お荷物が届いています", [])).toBe("お客様、お荷物が届いています");
  });
  it("masks what the author names, wherever it is", () => {
    expect(maskSmsText("携帯番号09012345678の利用停止予告 09012345678", ["09012345678"])).toBe(
      "携帯番号（伏せ字）の利用停止予告 （伏せ字）",
    );
  });
});

describe("scaffoldFromSms", () => {
  // did2memo.net, 2022-12-15 (corpus deliv-nta-009): a 国税庁 SMS whose host the page masked.
  const nta = "【国税庁12月15日】未払い税金お支払いのお願い。詳細はこちら。 http://**********.duckdns.org";

  it("drafts a case with the checker's verdict, the brand, the category and the source", () => {
    const draft = scaffoldFromSms(
      sms(nta, {
        received: "2022-12-15",
        source: { url: "https://did2memo.net/x", title: "国税庁を装う SMS", checked: "2026-12-03", masked: true },
      }),
      { brands, now },
    );
    expect(draft.slug).toBe("2026-12-03-nta-sms-unpaid");
    expect(draft.brands.map((b) => b.id)).toEqual(["nta"]);
    expect(draft.verdict.level).toBe("danger");
    const fm = frontmatter(draft.mdx);
    expect(fm.category).toBe("phishing-sms");
    expect(fm.brands).toEqual(["nta"]);
    expect(fm.tags).toContain("SMS");
    expect(fm.draft).toBe(true);
    expect(draft.mdx).toContain('<SmsView file={"2026-12-03-nta-sms-unpaid/sms.txt"}');
    expect(draft.mdx).toContain("masked: true");
    expect(draft.mdx).toContain('<BrandContact brand={"nta"} />');
    expect(draft.mdx).toContain("## 国税庁からの本物の連絡");
    // The masked address is named in a comment for the author, never made a <SafeLink>.
    expect(draft.mdx).toContain("http://**********.duckdns.org");
    expect(draft.mdx).not.toContain("<SafeLink url");
    expect(draft.smsText).toBe(`${nta}\n`);
  });

  it("makes a <SafeLink> per unmasked address, judged against the brand", () => {
    const draft = scaffoldFromSms(
      sms(
        "【佐川急便】お荷物のお届けにあがりましたが不在の為持ち帰りました。下記よりご確認ください。 http://sagawa-exz.com/ja",
      ),
      { brands, now },
    );
    expect(draft.mdx).toContain('<SafeLink url={"http://sagawa-exz.com/ja"} brand={"sagawa"}');
    expect(draft.urls).toEqual(["hxxp://sagawa-exz[.]com/ja"]);
    expect(draft.slug).toBe("2026-12-03-sagawa-sms-redelivery");
  });

  it("marks a draft without a source and takes another slug when one is taken", () => {
    const taken = new Set(["2026-12-03-sagawa-sms-redelivery"]);
    const draft = scaffoldFromSms(sms("【佐川急便】不在の為持ち帰りました http://sagawa-exz.com/ja"), {
      brands,
      now,
      slugTaken: (s) => taken.has(s),
    });
    expect(draft.slug).toBe("2026-12-03-sagawa-sms-redelivery-2");
    expect(draft.mdx).toContain("TODO: 出典がありません");
  });

  it("keeps hostile text out of the MDX's code", () => {
    const draft = scaffoldFromSms(sms('</SmsView>{alert(1)} <script>x</script> "}/>'), { brands, now });
    expect(draft.mdx).not.toContain("{alert(1)}");
    expect(draft.mdx).not.toContain("<script>");
    expect(draft.smsText).toContain("{alert(1)}");
  });
});
