/** The contact facts of a brand file: sourced, typed, and rejected with a message naming the field. */
import { describe, expect, it } from "vitest";
import { contactFactSchema } from "../../../src/schemas/brand-contact.ts";
import {
  compileContact,
  linkHostFactOf,
  mailSenderFactOf,
  phoneDigits,
  smsSenderFactOf,
} from "../../../src/lib/brand/contact.ts";

const own = { url: "https://www.example.co.jp/security/", title: "当社を装ったSMSにご注意", checked: "2026-12-03" };
const messages = (fact: unknown) => {
  const r = contactFactSchema.safeParse(fact);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
};

describe("contactFactSchema", () => {
  it("accepts typed facts with the brand's own page", () => {
    expect(messages({ kind: "sms-sender", numbers: ["0120-936-795", "0032069000", "157"], sources: [own] })).toEqual(
      [],
    );
    expect(messages({ kind: "link-domain", hosts: ["s.vpass.jp"], channels: ["sms"], sources: [own] })).toEqual([]);
    expect(
      messages({
        kind: "never-sends",
        channel: "sms",
        topics: ["any"],
        statement: "SMS では案内しません",
        sources: [own],
      }),
    ).toEqual([]);
  });

  it("rejects a fact without a source, or with one secondary page only", () => {
    expect(
      messages({ kind: "link-domain", hosts: ["a.example.jp"], channels: ["sms"], sources: [] }).join(""),
    ).toContain("出典");
    const secondary = { ...own, url: "https://blog.example.com/a", secondary: true };
    expect(
      messages({ kind: "link-domain", hosts: ["a.example.jp"], channels: ["sms"], sources: [secondary] }).join(""),
    ).toContain("二次情報");
  });

  it("names an unknown kind and values of the wrong shape", () => {
    expect(messages({ kind: "fax-sender", sources: [own] }).join("")).toContain('"fax-sender" は使えません');
    expect(messages({ kind: "sms-sender", numbers: ["12"], sources: [own] }).join("")).toContain("numbers.0");
    expect(
      messages({ kind: "link-domain", hosts: ["https://x.example.jp/"], channels: ["sms"], sources: [own] }).join(""),
    ).toContain("hosts.0");
    expect(
      messages({ kind: "never-asks", items: ["dna"], channels: ["sms"], statement: "聞きません", sources: [own] }).join(
        "",
      ),
    ).toContain("items.0");
  });
});

describe("compileContact", () => {
  const contact = compileContact([
    { kind: "sms-sender", numbers: ["+81 3-1234-5678"], names: ["Rakuten"], sources: [own] },
    { kind: "mail-sender", addresses: ["Notice@Example.co.jp"], hosts: ["mail.example.co.jp"], sources: [own] },
    { kind: "link-domain", hosts: ["r10.to"], channels: ["sms"], sources: [own] },
  ]);

  it("matches numbers in any writing, exact addresses and published hosts", () => {
    expect(phoneDigits("+81 3-1234-5678")).toBe("0312345678");
    expect(smsSenderFactOf(contact, "03-1234-5678")?.source.url).toBe(own.url);
    expect(smsSenderFactOf(contact, "rakuten")?.source.url).toBe(own.url);
    expect(smsSenderFactOf(contact, "090-0000-0000")).toBeUndefined();
    expect(mailSenderFactOf(contact, "notice@example.co.jp")?.source.url).toBe(own.url);
    expect(mailSenderFactOf(contact, "x@news.mail.example.co.jp")?.source.url).toBe(own.url);
    expect(mailSenderFactOf(contact, "x@example.co.jp")).toBeUndefined();
    expect(linkHostFactOf(contact, "r10.to")?.source.url).toBe(own.url);
    expect(linkHostFactOf(contact, "r10.to.evil.example")).toBeUndefined();
  });
});
