import { describe, expect, it } from "vitest";
import { analyzeMail } from "../../../src/lib/reading/index.ts";
import { brandsClaimedBy } from "../../../src/lib/mail/brand-claims.ts";
import { parseMail } from "../../../src/lib/mail/parse.ts";
import { MAIL_RULES, runRules } from "../../../src/lib/mail/rules/index.ts";
import { type Finding } from "../../../src/lib/mail/rules/types.ts";
import { testBrand } from "./helpers.ts";

const BRANDS = [
  testBrand("american-express", {
    nameJa: "アメリカン・エキスプレス",
    nameEn: "American Express",
    aliases: ["アメックス", "AMEX"],
    mail: ["americanexpress.com"],
    web: ["americanexpress.com"],
  }),
  testBrand("smbc-card", {
    nameJa: "三井住友カード",
    nameEn: "Sumitomo Mitsui Card",
    aliases: ["SMBC", "Vpass"],
    mail: ["vpass.ne.jp", "smbc-card.com"],
    web: ["smbc-card.com", "vpass.ne.jp"],
  }),
];

/** The findings of the whole pipeline (claims, URL verdicts, rules) on a mail, unmasked. */
function flags(mail: string): Finding[] {
  return analyzeMail(mail, { brands: BRANDS, now: NOW, redact: false }).flags;
}
const ids = (headers: string): string[] => flags(headers).map((f) => f.id);

const NOW = new Date("2024-06-01T00:00:00Z");
const AUTH_PASS = "Authentication-Results: mx.example; spf=pass; dkim=pass; dmarc=pass\n";

describe("brandsClaimedBy", () => {
  it("matches names and aliases case- and width-insensitively (NFKC), ignoring middle dots and spaces", () => {
    expect(brandsClaimedBy("ＡＭＥＸ サポート", BRANDS).map((b) => b.id)).toEqual(["american-express"]);
    expect(brandsClaimedBy("american  express", BRANDS).map((b) => b.id)).toEqual(["american-express"]);
    expect(brandsClaimedBy("アメリカンエキスプレス", BRANDS).map((b) => b.id)).toEqual(["american-express"]);
    expect(brandsClaimedBy("【三井住友カード】", BRANDS).map((b) => b.id)).toEqual(["smbc-card"]);
    expect(brandsClaimedBy("smbc-card.com", BRANDS).map((b) => b.id)).toEqual(["smbc-card"]);
  });
  it("does not match a Latin name inside a longer word", () => {
    expect(brandsClaimedBy("Ramexx camexe", BRANDS)).toEqual([]);
    expect(brandsClaimedBy(null, BRANDS)).toEqual([]);
  });
});

describe("rules", () => {
  it("every rule has a unique id and a description", () => {
    const all = MAIL_RULES.map((r) => r.id);
    expect(new Set(all).size).toBe(all.length);
    for (const rule of MAIL_RULES) expect(rule.description.length).toBeGreaterThan(5);
  });

  it("claimed-brand-sender: a brand in the name with an unofficial domain is high; the brand's mail domain is fine", () => {
    const found = flags(`${AUTH_PASS}From: "=?UTF-8?B?44Ki44Oh44OD44Kv44K5?=" <info@amex-secure.top>\n`);
    expect(found[0]).toMatchObject({ id: "claimed-brand-sender", severity: "high", header: "From", lineIndex: 1 });
    expect(found[0]?.message).toContain("アメリカン・エキスプレス");
    expect(found[0]?.message).toContain("差出人の表示名");
    expect(ids(`${AUTH_PASS}From: American Express <service@welcome.americanexpress.com>\n`)).toEqual([]);
  });

  it("claimed-brand-sender: a claim in the subject alone counts, and names where it was made", () => {
    const found = flags(`${AUTH_PASS}From: info@notice.example\nSubject: [SPAM] 【三井住友カード】ご利用確認\n`);
    expect(found.map((f) => f.id)).toEqual(["claimed-brand-sender", "subject-spam-tag"]);
    expect(found[0]).toMatchObject({ severity: "high", header: "From" });
    expect(found[0]?.message).toContain("件名");
    expect(found[1]?.message).toContain("[SPAM]");
  });

  it("claimed-brand-sender: a brand with no sourced domain is medium (cannot judge), never high", () => {
    const unknown = testBrand("visa", { nameJa: "Visa", nameEn: "Visa" });
    const found = analyzeMail(`${AUTH_PASS}From: Visa <a@b.example>\n`, { brands: [unknown], redact: false }).flags;
    expect(found.map((f) => [f.id, f.severity])).toEqual([["claimed-brand-sender", "medium"]]);
  });

  it("brand-sender-auth: on the brand's domain, DMARC or SPF fail is high, no record medium, DMARC pass nothing", () => {
    const from = "From: 三井住友カード <mail@contact.vpass.ne.jp>\n";
    const fail = flags(`Authentication-Results: mx.example; spf=pass; dkim=none; dmarc=fail\n${from}`);
    expect(fail.find((f) => f.id === "brand-sender-auth")).toMatchObject({ severity: "high" });
    const spfFail = flags(`Authentication-Results: mx.example; spf=fail; dkim=none\n${from}`);
    expect(spfFail.find((f) => f.id === "brand-sender-auth")).toMatchObject({ severity: "high" });
    const none = flags(from);
    expect(none.find((f) => f.id === "brand-sender-auth")).toMatchObject({ severity: "medium" });
    expect(flags(`${AUTH_PASS}${from}`)).toEqual([]);
  });

  it("free-mail-brand: a brand on a free mail account", () => {
    expect(ids(`${AUTH_PASS}From: SMBC <smbc.support@gmail.com>\n`)).toEqual(
      expect.arrayContaining(["claimed-brand-sender", "free-mail-brand"]),
    );
  });

  it("link-impersonates-brand and fake-jp-domain: brand domains inside unrelated ones", () => {
    const mail = (url: string) =>
      `${AUTH_PASS}From: 三井住友カード <mail@contact.vpass.ne.jp>\nContent-Type: text/plain; charset=utf-8\n\nこちら ${url}\n`;
    const embedded = flags(mail("https://smbc-card.com.verify-id.cn/login"));
    expect(embedded.find((f) => f.id === "link-impersonates-brand")?.message).toContain("verify-id[.]cn");
    const hyphen = flags(mail("https://my-smbc-card-com.diezdesigngroup.com/"));
    expect(hyphen.map((f) => f.id)).toContain("link-impersonates-brand");
    const fakeJp = flags(mail("https://www.go-koyatamato.co.jp-adva.dkauqie.cn/"));
    expect(fakeJp.find((f) => f.id === "fake-jp-domain")?.message).toContain("dkauqie[.]cn");
    expect(flags(mail("https://www.smbc-card.com/mem/index.jsp"))).toEqual([]);
    expect(flags(mail("https://www.example.co.jp/")).map((f) => f.id)).not.toContain("fake-jp-domain");
  });

  it("links-unrelated-to-brand: a brand's mail whose links all go elsewhere", () => {
    const body = "Content-Type: text/plain; charset=utf-8\n\n";
    const found = flags(
      `${AUTH_PASS}From: 三井住友カード <mail@contact.vpass.ne.jp>\n${body}https://a.example/x https://b.example/y\n`,
    );
    expect(found.find((f) => f.id === "links-unrelated-to-brand")).toMatchObject({ severity: "high" });
    expect(
      flags(
        `${AUTH_PASS}From: 三井住友カード <mail@contact.vpass.ne.jp>\n${body}https://a.example/x https://www.smbc-card.com/\n`,
      ).map((f) => f.id),
    ).not.toContain("links-unrelated-to-brand");
  });

  it("return-path-domain and reply-to-domain compare registrable domains", () => {
    const base = `${AUTH_PASS}From: a@mail.shop.example.co.jp\n`;
    expect(ids(`${base}Return-Path: <b@bounce.shop.example.co.jp>\nReply-To: c@shop.example.co.jp\n`)).toEqual([]);
    const found = flags(`${base}Return-Path: <b@evil.example>\nReply-To: c@other.example\n`);
    expect(found.map((f) => [f.id, f.severity, f.header])).toEqual([
      ["return-path-domain", "medium", "Return-Path"],
      ["reply-to-domain", "medium", "Reply-To"],
    ]);
  });

  it("spf/dkim/dmarc: fail, none and missing", () => {
    const found = flags(
      "Authentication-Results: mx; spf=softfail; dmarc=fail\nFrom: a@b.example\nReceived: from x by y; Mon, 1 Jan 2024 00:00:00 +0000\n",
    );
    expect(found.map((f) => [f.id, f.severity])).toEqual([
      ["dmarc-result", "high"],
      ["spf-result", "medium"],
      ["dkim-result", "low"],
    ]);
    expect(ids("From: a@b.example\nReceived: from x by y; Mon, 1 Jan 2024 00:00:00 +0000\n")).toEqual([
      "no-auth-results",
    ]);
  });

  it("message-id-domain: unrelated to From and Return-Path", () => {
    expect(ids(`${AUTH_PASS}From: a@bank.example\nMessage-ID: <1@mailer.evil.example>\n`)).toEqual([
      "message-id-domain",
    ]);
    expect(
      ids(`${AUTH_PASS}From: a@bank.example\nReturn-Path: <b@esp.example>\nMessage-ID: <1@esp.example>\n`),
    ).toEqual(["return-path-domain"]);
    // e18e1a17e725 writes `<…$@c>`: no domain at all, said so instead of "made on c".
    const noDomain = flags(`${AUTH_PASS}From: a@bank.example\nMessage-ID: <004bcc9c8674$b9ae159e$@c>\n`);
    expect(noDomain.map((f) => f.id)).toEqual(["message-id-domain"]);
    expect(noDomain[0]?.message).toContain("ドメイン名になっていません");
  });

  it("date-skew: Date far from the first hop, with more tolerance for a Date without zone", () => {
    const received = "Received: from x (x [8.8.8.8]) by y; Mon, 1 Jan 2024 12:00:00 +0000\n";
    expect(ids(`${AUTH_PASS}${received}From: a@b.example\nDate: Sun, 31 Dec 2023 12:00:00 +0000\n`)).toEqual([
      "date-skew",
    ]);
    expect(ids(`${AUTH_PASS}${received}From: a@b.example\nDate: Mon, 1 Jan 2024 11:30:00 +0000\n`)).toEqual([]);
    expect(ids(`${AUTH_PASS}${received}From: a@b.example\nDate: Mon, 1 Jan 2024 21:00:00\n`)).toEqual([]);
  });

  it("encoded-name-address: an encoded name hiding another address is high; a plain one is medium", () => {
    // =?UTF-8?B?c2VydmljZUBhbWF6b24uY28uanA=?= is service@amazon.co.jp
    expect(flags(`${AUTH_PASS}From: =?UTF-8?B?c2VydmljZUBhbWF6b24uY28uanA=?= <x@evil.example>\n`)[0]).toMatchObject({
      id: "encoded-name-address",
      severity: "high",
    });
    expect(flags(`${AUTH_PASS}From: "service@amazon.co.jp" <x@evil.example>\n`)[0]).toMatchObject({
      id: "name-address-mismatch",
      severity: "medium",
    });
    expect(ids(`${AUTH_PASS}From: "x@evil.example" <X@evil.example>\n`)).toEqual([]);
  });

  it("future-date: a Date more than a day after now", () => {
    expect(ids(`${AUTH_PASS}From: a@b.example\nDate: Mon, 1 Jan 2035 00:00:00 +0000\n`)).toEqual(["future-date"]);
    expect(ids(`${AUTH_PASS}From: a@b.example\nDate: Sat, 1 Jun 2024 12:00:00 +0000\n`)).toEqual([]);
  });

  it("hop-delay: a hop stamped before the previous one, or hours after it", () => {
    const found = flags(
      `${AUTH_PASS}Received: from c by d; Mon, 1 Jan 2024 18:00:00 +0000\nReceived: from b by c; Mon, 1 Jan 2024 09:00:00 +0000\nReceived: from a (a [8.8.8.8]) by b; Mon, 1 Jan 2024 10:00:00 +0000\nFrom: a@b.example\n`,
    );
    expect(found.map((f) => [f.id, f.lineIndex])).toEqual([
      ["hop-delay", 2],
      ["hop-delay", 1],
    ]);
  });

  it("a rule that throws does not stop the others", () => {
    const mail = parseMail(`${AUTH_PASS}From: a@b.example\nReply-To: c@d.example\n`);
    const broken = {
      id: "broken",
      description: "always throws",
      check: () => {
        throw new Error("x");
      },
    };
    expect(
      runRules(
        mail,
        { brands: [], hops: [], claims: [], claimedBrands: [], urls: [], htmlLinks: [], mailingList: null, now: NOW },
        [broken, ...MAIL_RULES],
      ).map((f) => f.id),
    ).toEqual(["reply-to-domain"]);
  });
});
