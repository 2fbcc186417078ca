import { describe, expect, it } from "vitest";
import type { Brand } from "../../../src/lib/brand.ts";
import { brandsClaimedBy } from "../../../src/lib/mail/brand-claims.ts";
import { buildHops } from "../../../src/lib/mail/hops.ts";
import { parseMail } from "../../../src/lib/mail/parse.ts";
import { MAIL_RULES, runRules, type Finding } from "../../../src/lib/mail/rules/index.ts";

const BRANDS: Brand[] = [
  {
    id: "american-express",
    nameJa: "アメリカン・エキスプレス",
    nameEn: "American Express",
    aliases: ["アメックス", "AMEX"],
    officialDomains: ["americanexpress.com"],
  },
  {
    id: "smbc-card",
    nameJa: "三井住友カード",
    nameEn: "Sumitomo Mitsui Card",
    aliases: ["SMBC", "Vpass"],
    officialDomains: ["smbc-card.com", "vpass.jp"],
  },
];

function flags(headers: string): Finding[] {
  const mail = parseMail(headers);
  const claimedBrands = brandsClaimedBy(mail.from?.name, BRANDS);
  return runRules(mail, { brands: BRANDS, hops: buildHops(mail), claimedBrands, now: NOW });
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

  it("brand-display-name: a brand in the name with an unofficial domain is high; the official domain is fine", () => {
    const found = flags(`${AUTH_PASS}From: "=?UTF-8?B?44Ki44Oh44OD44Kv44K5?=" <info@amex-secure.top>\n`);
    expect(found[0]).toMatchObject({ id: "brand-display-name", severity: "high", header: "From", lineIndex: 1 });
    expect(found[0]?.message).toContain("アメリカン・エキスプレス");
    expect(ids(`${AUTH_PASS}From: American Express <service@welcome.americanexpress.com>\n`)).not.toContain(
      "brand-display-name",
    );
  });

  it("free-mail-brand: a brand on a free mail account", () => {
    expect(ids(`${AUTH_PASS}From: SMBC <smbc.support@gmail.com>\n`)).toEqual(
      expect.arrayContaining(["brand-display-name", "free-mail-brand"]),
    );
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

  it("subject-spam-tag and subject-brand", () => {
    const found = flags(`${AUTH_PASS}From: info@notice.example\nSubject: [SPAM] 【三井住友カード】ご利用確認\n`);
    expect(found.map((f) => f.id)).toEqual(["subject-brand", "subject-spam-tag"]);
    expect(found[1]?.message).toContain("[SPAM]");
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
      runRules(mail, { brands: [], hops: [], claimedBrands: [], now: NOW }, [broken, ...MAIL_RULES]).map((f) => f.id),
    ).toEqual(["reply-to-domain"]);
  });
});
