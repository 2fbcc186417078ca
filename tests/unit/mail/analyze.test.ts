import { describe, expect, it } from "vitest";
import { loadBrands } from "../../../src/lib/brand/registry.node.ts";
import { formatJst } from "../../../src/lib/breakdown/labels.ts";
import { analyzeMail } from "../../../src/lib/reading/index.ts";
import { MASKED_ADDRESS } from "../../../src/lib/mail/redact.ts";
import { fixture, fixtureNames } from "./helpers.ts";

const brands = loadBrands();

const MAIL = [
  "Received: from mx.evil.example (mx.evil.example [8.8.8.8])\r\n\tby mail.home.example (Postfix) with ESMTP id 1\r\n\tfor <taro@home.example>; Mon, 1 Jan 2024 00:00:05 +0000",
  "Received: from pc (unknown [192.168.1.2]) by mx.evil.example with ESMTPA id 2; Mon, 1 Jan 2024 00:00:01 +0000",
  "Authentication-Results: mail.home.example; spf=fail smtp.mailfrom=evil.example; dkim=none; dmarc=fail header.from=smbc-card.com",
  "Return-Path: <bounce@evil.example>",
  "From: =?UTF-8?B?5LiJ5LqV5L2P5Y+L44Kr44O844OJ?= <info@smbc-card.com.evil.example>",
  "To: taro@home.example",
  "Subject: =?UTF-8?B?44CQ6YeN6KaB44CR44GU5Yip55So56K66KqN?=",
  "Date: Mon, 1 Jan 2024 09:00:00 +0900",
  "Message-ID: <abc@evil.example>",
  "Content-Type: text/html; charset=utf-8",
  "",
  '<a href="https://smbc-card.com.evil.example/login">https://www.smbc-card.com/</a>',
].join("\r\n");

describe("analyzeMail", () => {
  const analysis = analyzeMail(MAIL, { brands });

  it("summarises the sender, domains and date", () => {
    expect(analysis.summary).toMatchObject({
      subject: "【重要】ご利用確認",
      from: {
        name: "三井住友カード",
        address: "info@smbc-card.com.evil.example",
        domain: "smbc-card.com.evil.example",
        registrableDomain: "evil.example",
      },
      fromNameWasEncoded: true,
      returnPath: { address: "bounce@evil.example", sameDomainAsFrom: true },
      replyTo: null,
      messageIdDomain: "evil.example",
      dateIso: "2024-01-01T00:00:00Z",
      claimedBrandIds: ["smbc-card"],
    });
  });

  it("builds hops oldest first with delays and marks the origin", () => {
    expect(analysis.hops.map((h) => [h.number, h.from, h.by, h.ip, h.delaySeconds, h.isOrigin])).toEqual([
      [1, "pc", "mx.evil.example", "192.168.1.2", null, false],
      [2, "mx.evil.example", "mail.home.example", "8.8.8.8", 4, true],
    ]);
    expect(analysis.originIp).toBe("8.8.8.8");
  });

  it("raises the flags, most severe first", () => {
    expect(analysis.flags.map((f) => f.id)).toEqual([
      "claimed-brand-sender",
      "link-impersonates-brand",
      "dmarc-result",
      // The body's link shows www.smbc-card.com but leads to smbc-card.com.evil.example.
      "link-text-mismatch",
      "spf-result",
      "dkim-result",
    ]);
    expect(analysis.auth.spf?.result).toBe("fail");
  });

  it("analyses the body's URLs through the URL library", () => {
    expect(analysis.urls.map((u) => [u.url, u.registrableDomain])).toEqual([
      ["https://smbc-card.com.evil.example/login", "evil.example"],
      ["https://www.smbc-card.com/", "smbc-card.com"],
    ]);
    expect(analysis.urls[0]?.defanged).not.toContain("https://");
  });

  it("masks the recipient in the raw lines and hops, and says so", () => {
    const raw = analysis.headerLines.map((l) => l.text).join("\n");
    expect(raw).not.toContain("taro@");
    expect(analysis.hops[1]?.for).toBe(MASKED_ADDRESS);
    expect(analysis.redactions.length).toBeGreaterThan(0);
    expect(
      analyzeMail(MAIL, { brands, redact: false })
        .headerLines.map((l) => l.text)
        .join("\n"),
    ).toContain("taro@home.example");
  });

  it("numbers the raw header lines and marks the flagged ones", () => {
    const from = analysis.headerLines.find((l) => l.fieldName === "From");
    expect(from).toMatchObject({ isFieldStart: true, findingIds: ["claimed-brand-sender"] });
    expect(analysis.headerLines[1]).toMatchObject({ number: 2, fieldName: "Received", isFieldStart: false });
    expect(analysis.headerLines.find((l) => l.fieldName === "Authentication-Results")?.findingIds).toEqual([
      "dmarc-result",
      "spf-result",
      "dkim-result",
    ]);
  });

  it("formats dates in Japan time", () => {
    expect(formatJst(new Date("2024-08-04T22:57:49Z"))).toBe("2024年8月5日 7:57:49");
  });

  it("reads every fixture, masked, without leaking phishing@pot in the header lines", () => {
    for (const name of fixtureNames()) {
      const result = analyzeMail(fixture(name), { brands });
      const raw = result.headerLines.map((l) => l.text).join("\n");
      const to = /^To:.*$/m.exec(new TextDecoder().decode(fixture(name)))?.[0] ?? "";
      if (/phishing@pot/i.test(to)) expect(raw, name).not.toMatch(/phishing@pot(?![-\w])/i);
    }
  });

  it("flags real fixtures as a reader would expect", () => {
    const now = new Date("2026-01-01T00:00:00Z");
    const smbc = analyzeMail(fixture("45f6257658e4.eml"), { brands, now });
    expect(smbc.summary.claimedBrandIds).toEqual(["smbc-card"]);
    // From is info@vpass.ne.jp (the brand's real mail domain), forged: no authentication, and the
    // first server only says "helo=vpass.ne.jp" from an IP with no host name. Return-Path is the
    // SourceForge list's bounce address, and the envelope sender the list received (ehy@vpass.ne.jp)
    // is on From's domain: no Return-Path flag, but a note that the mail came through a list.
    expect(smbc.flags.map((f) => f.id)).toEqual([
      "brand-origin-server",
      "brand-sender-auth",
      "no-auth-results",
      "mailing-list",
    ]);
    expect(smbc.brandVerdicts[0]).toMatchObject({ sender: "forged-server", senderDomain: "vpass.ne.jp" });
    const amex = analyzeMail(fixture("14043bf32cf4.eml"), { brands, now });
    expect(amex.flags.map((f) => f.id)).toContain("claimed-brand-sender");
    expect(amex.summary.claimedBrands[0]).toMatchObject({ id: "american-express", where: ["subject", "body"] });
    expect(amex.summary.subjectSpamTag).toBe("[SPAM]");
    const outlook = analyzeMail(fixture("1fff87c1af9b.eml"), { brands, now });
    expect(outlook.hops.find((h) => h.isOrigin)?.ip).toBe("2603:1096:400:340::8");
    expect(outlook.hops.map((h) => h.number)).toEqual([1, 2, 3, 4, 5, 6]);
  });
});
