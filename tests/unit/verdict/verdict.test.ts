/**
 * The verdict on the messages issues 18 and 19 name, with the real brand registry: what a brand's own
 * pages say about how it contacts people decides, and the reasons cite those pages.
 */
import { describe, expect, it } from "vitest";
import { analyzeInput } from "../../../src/lib/analysis/index.ts";
import { loadBrands } from "../../../src/lib/brand/registry.node.ts";
import { decideVerdict, scoreOf } from "../../../src/lib/verdict/verdict.ts";
import type { Evidence } from "../../../src/lib/verdict/types.ts";

const brands = loadBrands();
const check = (input: string, channel?: "sms" | "mail") => analyzeInput(input, brands, { channel });
const highFlags = (a: ReturnType<typeof check>) =>
  [...(a.mail?.analysis.flags ?? []), ...a.textFlags].filter((f) => f.severity === "high").map((f) => f.id);

function mail(from: string, dmarc: "pass" | "fail", body: string): string {
  return [
    "Received: from mx.example.net (mx.example.net [192.0.2.10]) by mx.recipient.example; Mon, 1 Dec 2025 00:00:00 +0000",
    `Authentication-Results: mx.recipient.example; spf=pass smtp.mailfrom=${from.replace(/.*</, "").replace(/>.*/, "")}; dkim=pass; dmarc=${dmarc} header.from=${from.replace(/.*@/, "").replace(/>.*/, "")}`,
    `From: ${from}`,
    "To: taro@example.jp",
    "Subject: dアカウントのロックについて",
    "Date: Mon, 1 Dec 2025 09:00:00 +0900",
    "Content-Type: text/plain; charset=utf-8",
    "",
    body,
  ].join("\r\n");
}

describe("the verdict with the brands' contact facts (issue 19)", () => {
  it("calls an SMS in 国税庁's name danger, citing its statement that it sends no SMS", () => {
    const sms = "【国税庁】未納の税金があります。本日中にお支払いください。";
    const a = check(sms, "sms");
    expect(a.verdict.level).toBe("danger");
    const reason = a.verdict.reasons.find((r) => r.source?.url.includes("nta.go.jp"));
    expect(reason?.text).toContain("SMS");
    // Not knowing how it came, the checker says so instead of deciding.
    const unknown = check(sms);
    expect(unknown.verdict.level).toBe("caution");
    expect(unknown.verdict.reasons.map((r) => r.text).join("")).toContain("SMS で届いたのなら");
  });

  it("gives no high flag to Amazon's SMS on amzn.asia or 楽天's on r10.to, and finds them consistent", () => {
    const amazon = check(
      "お客様のAmazonプライムの会員資格がまもなく更新されます。詳細はこちら。 https://amzn.asia/8cjhqDs",
      "sms",
    );
    expect(highFlags(amazon)).toEqual([]);
    expect(amazon.verdict.level).toBe("consistent");
    expect(amazon.verdict.headline).toContain("Amazonの本物の連絡の特徴と一致します");
    const rakuten = check(
      "楽天モバイルです。機内モードのON/OFFをお試しください。詳細はこちら https://r10.to/hw6gKH",
      "sms",
    );
    expect(highFlags(rakuten)).toEqual([]);
    expect(rakuten.verdict.level).toBe("consistent");
  });

  it("gives no high flag to 三井住友カード's usage-check SMS on s.vpass.jp, and says the host is not confirmed", () => {
    const a = check(
      "【三井住友カード】カードのご利用確認にご協力をお願いいたします https://s.vpass.jp/?id=abc123",
      "sms",
    );
    expect(highFlags(a)).toEqual([]);
    expect(a.verdict.level).toBe("caution");
    expect(a.links[0]?.verdictKind).toBe("unconfirmed-brand");
  });

  it("gives no high flag to ドコモ's notice from its published address with DMARC pass, but flags a customer's address", () => {
    const genuine = check(
      mail(
        "NTTドコモ <spmodemsgr@wdy.docomo.ne.jp>",
        "pass",
        "dアカウントがロックされました。My docomoでご確認ください。",
      ),
    );
    expect(highFlags(genuine)).toEqual([]);
    expect(genuine.verdict.level).not.toBe("danger");
    const customer = check(mail("NTTドコモ <someone123@docomo.ne.jp>", "pass", "dアカウントがロックされました。"));
    expect(highFlags(customer)).toContain("claimed-brand-sender");
    expect(customer.verdict.level).toBe("danger");
  });

  it("calls a request for a PIN in a bank's name danger, citing the bank's statement", () => {
    const a = check(
      "【三菱UFJ銀行】お客様の口座のご利用を一時停止しました。解除するには暗証番号を入力してください。",
      "sms",
    );
    expect(a.verdict.level).toBe("danger");
    const reason = a.verdict.reasons.find((r) => r.text.includes("暗証番号"));
    expect(reason?.source?.url).toMatch(/mufg\.jp/);
  });
});

describe("the verdict on what readers paste (issue 18)", () => {
  it("judges a sender line and a bare address as a sender, naming the real domain", () => {
    for (const input of ["差出人: Amazon.co.jp <support-amazon.jp@pcihrah.cn>", "support-amazon.jp@pcihrah.cn"]) {
      const a = check(input);
      expect(a.kind).toBe("sender");
      expect(a.verdict.level).toBe("danger");
      expect(a.verdict.reasons.map((r) => r.text).join("")).toContain("pcihrah[.]cn");
      expect(a.links).toEqual([]);
    }
  });

  it("warns on real lures with no link at all, naming the tactic and the brand", () => {
    const a = check("あなたの三菱UFJ口座にはリスクが検出されましたので、一時的にこの口座を制限します");
    expect(a.claimedBrandIds).toContain("mufg-bank");
    expect(a.verdict.level).toBe("caution");
    expect(a.tactics.map((t) => t.id)).toEqual(expect.arrayContaining(["account-restricted", "security-alert"]));
  });

  it("says too little is known about a plain text, and never says safe or real", () => {
    const a = check("明日の会議は10時からです。");
    expect(a.verdict.level).toBe("unknown");
    expect(a.verdict.missing).toContain("貼り付けて");
    for (const input of [
      "明日の会議は10時からです。",
      "【佐川急便】不在の為持ち帰りました http://sagawa-exz.com/",
      "Amazon",
    ])
      expect(check(input).verdict.headline).not.toMatch(/安全です|本物です/);
  });
});

describe("decideVerdict", () => {
  const ev = (signal: Evidence["signal"], n = 1): Evidence[] =>
    Array.from({ length: n }, (_, i) => ({ signal, text: `${signal} ${i}`, detail: "tactics" as const }));
  const brand = [{ id: "x", nameJa: "X社", nameEn: "X" }];

  it("needs one hard signal for danger: soft evidence alone stops at caution", () => {
    const soft = [...ev("tactic", 3), ...ev("link-unconfirmed"), ...ev("shortener-link")];
    expect(scoreOf(soft)).toBeGreaterThanOrEqual(6);
    expect(
      decideVerdict({ evidence: soft, positives: [], claimedBrands: brand, kind: "text", hasContent: true }).level,
    ).toBe("caution");
    const hard = [...ev("tactic"), ...ev("link-off-brand")];
    expect(
      decideVerdict({ evidence: hard, positives: [], claimedBrands: brand, kind: "text", hasContent: true }).level,
    ).toBe("danger");
  });

  it("caps each group, so many tactic phrases cannot outvote the rest", () => {
    expect(scoreOf(ev("tactic", 10))).toBe(4.5);
  });

  it("calls a message consistent only with positive evidence and no pressure", () => {
    const positives = [{ text: "リンクは公式", detail: "links" as const }];
    const input = { evidence: ev("tactic"), positives, claimedBrands: brand, kind: "text", hasContent: true };
    expect(decideVerdict(input).level).toBe("consistent");
    expect(decideVerdict({ ...input, pressure: true }).level).toBe("caution");
    expect(decideVerdict({ ...input, claimedBrands: [] }).level).toBe("caution");
  });

  it("gives at most three reasons, strongest first", () => {
    const v = decideVerdict({
      evidence: [...ev("tactic", 2), ...ev("never-sends"), ...ev("shortener-link"), ...ev("sender-not-brand")],
      positives: [],
      claimedBrands: brand,
      kind: "text",
      hasContent: true,
    });
    expect(v.reasons.map((r) => r.text)).toEqual(["never-sends 0", "sender-not-brand 0", "shortener-link 0"]);
  });
});
