/**
 * Mailing lists against real fixtures that came through SourceForge and ozlabs lists: what the
 * list changed (Return-Path, From, the footer's URL) is told apart from what the sender wrote. The
 * expected values are read off the fixtures' own headers.
 */
import { describe, expect, it } from "vitest";
import { loadBrands } from "../../../src/lib/brand/registry.node.ts";
import { analyzeMail } from "../../../src/lib/reading/index.ts";
import { detectMailingList, isListUrl } from "../../../src/lib/mail/mailing-list.ts";
import { parseMail } from "../../../src/lib/mail/parse.ts";
import { fixture } from "./helpers.ts";

const brands = loadBrands();
const NOW = new Date("2026-01-01T00:00:00Z");

describe("detectMailingList", () => {
  it("reads a SourceForge list mail: bounce Return-Path, subject tag, footer, removed parts, the sender's envelope", () => {
    const list = detectMailingList(parseMail(fixture("9e7861eb4ba1.eml")));
    expect(list).toMatchObject({
      id: "v9fs-developer.lists.sourceforge.net",
      name: "v9fs-developer",
      returnPathIsList: true,
      fromRewritten: false,
      originalEnvelopeFrom: "amazon.co.jp@jmmlm.com",
      subjectTag: "[V9fs-developer]",
      hasFooter: true,
      removedParts: true,
    });
    expect(list?.domains).toContain("sourceforge.net");
    expect(list?.originalFrom?.address).toBe("amazon.co.jp@jmmlm.com");
    expect(isListUrl(list, "https://lists.sourceforge.net/lists/listinfo/v9fs-developer")).toBe(true);
    expect(isListUrl(list, "https://lists.sourceforge.net/lists/listinfo/other-list")).toBe(false);
  });

  it("finds the sender in Reply-To when the list rewrote From to “Name via List”", () => {
    const list = detectMailingList(parseMail(fixture("128b988d8297.eml")));
    expect(list?.fromRewritten).toBe(true);
    expect(list?.originalFrom?.address).toBe("no-reply8@emyhqit.cn");
  });

  it("reads an ozlabs list (List-Id with a description)", () => {
    const list = detectMailingList(parseMail(fixture("e18e1a17e725.eml")));
    expect(list?.id).toBe("linux-erofs.lists.ozlabs.org");
    expect(list?.domains).toContain("ozlabs.org");
  });

  it("is null for a mail sent straight to its reader", () => {
    expect(detectMailingList(parseMail(fixture("03524da84b21.eml")))).toBeNull();
  });

  it("does not trust a List-Id the sender wrote when the reader's server did not receive the mail from the list", () => {
    const forged = [
      "Received: from evil.example (evil.example [203.0.113.9]) by mx.reader.example with ESMTP; Mon, 1 Jan 2024 00:00:00 +0000",
      "From: Amazon <info@evil.example>",
      "Return-Path: <bounce@evil.example>",
      "List-Id: <news.evil.example>",
      "List-Subscribe: <https://login.evil.example/amazon>",
      "Subject: お支払い方法の情報を更新",
      "",
      "Amazon をご利用いただきありがとうございます。https://login.evil.example/amazon",
      "",
    ].join("\r\n");
    expect(detectMailingList(parseMail(forged))).toBeNull();
    const analysis = analyzeMail(forged, { brands, now: NOW });
    expect(analysis.urls.map((u) => u.host)).toEqual(["login.evil.example"]);
    expect(analysis.flags.map((f) => f.id)).toContain("links-unrelated-to-brand");
  });
});

describe("rules on list mail judge the sender, not the list", () => {
  it("leaves the list's footer URL out of the mail's links and says the mail came through a list", () => {
    const analysis = analyzeMail(fixture("9e7861eb4ba1.eml"), { brands, now: NOW });
    expect(analysis.urls).toEqual([]);
    const ids = analysis.flags.map((f) => f.id);
    expect(ids).not.toContain("links-unrelated-to-brand");
    expect(ids).not.toContain("return-path-domain");
    expect(ids).toContain("claimed-brand-sender");
    expect(analysis.flags.find((f) => f.id === "mailing-list")?.message).toContain("v9fs-developer");
  });

  it("judges the original sender of a rewritten From (Reply-To), with no Reply-To warning", () => {
    const analysis = analyzeMail(fixture("128b988d8297.eml"), { brands, now: NOW });
    expect(analysis.brandVerdicts[0]).toMatchObject({ sender: "not-brand", senderDomain: "emyhqit.cn" });
    expect(analysis.flags.map((f) => f.id)).not.toContain("reply-to-domain");
    expect(analysis.flags.find((f) => f.id === "claimed-brand-sender")?.message).toContain("emyhqit[.]cn");
  });

  it("compares the original From with the envelope the list received when From was forged on the brand's domain", () => {
    const analysis = analyzeMail(fixture("8eac73e1ca3f.eml"), { brands, now: NOW });
    // Reply-To keeps the forged From (member@eki-net.com); the list received it from eki-net@yeiuitlrkhdk.com.
    expect(analysis.brandVerdicts[0]).toMatchObject({ sender: "unconfirmed", senderDomain: "eki-net.com" });
    expect(analysis.flags.find((f) => f.id === "return-path-domain")?.message).toContain("yeiuitlrkhdk.com");
    expect(analysis.flags.map((f) => f.id)).toContain("brand-sender-auth");
  });
});

describe("a mail that dresses as a list", () => {
  it("is not a list when the sender is on the list's own domain (a newsletter, or a forgery)", () => {
    const raw = [
      "Received: from lists.evil.example (lists.evil.example [203.0.113.9]) by mx.reader.example with ESMTP; Mon, 1 Jan 2024 00:00:00 +0000",
      "From: Amazon <info@evil.example>",
      "Return-Path: <bounces@lists.evil.example>",
      "List-Id: <news.lists.evil.example>",
      "List-Subscribe: <https://lists.evil.example/lists/listinfo/news>",
      "Subject: お支払い方法の情報を更新",
      "",
      "https://lists.evil.example/lists/listinfo/news",
      "",
    ].join("\r\n");
    expect(detectMailingList(parseMail(raw))).toBeNull();
    expect(analyzeMail(raw, { brands, now: NOW }).urls).toHaveLength(1);
  });
});
