import { describe, expect, it } from "vitest";
import { parseAddressList, parseFirstMailbox } from "../../../src/lib/mail/address.ts";

describe("parseAddressList", () => {
  it("reads name and address, lower-casing address and domain", () => {
    expect(parseFirstMailbox('"Amazon.co.jp" <Info@Amazon.CO.JP>')).toEqual({
      name: "Amazon.co.jp",
      rawName: "Amazon.co.jp",
      nameWasEncoded: false,
      address: "info@amazon.co.jp",
      domain: "amazon.co.jp",
    });
  });

  it("collapses whitespace in unquoted names, keeps it in quoted ones, drops comments", () => {
    expect(parseFirstMailbox("Foo   Bar  <a@b.com>")?.name).toBe("Foo Bar");
    expect(parseFirstMailbox('"x  y" <a@b.com>')?.name).toBe("x  y");
    expect(parseFirstMailbox("a@b.com (Someone)")).toMatchObject({ name: "", address: "a@b.com" });
  });

  it("decodes encoded words in names, also inside quotes, joining adjacent words", () => {
    const box = parseFirstMailbox('"=?UTF-8?B?5LiJ5LqV5L2P5Y+L?= =?UTF-8?B?44Kr44O844OJ?=" <x@evil.example>');
    expect(box?.name).toBe("三井住友カード");
    expect(box?.nameWasEncoded).toBe(true);
  });

  it("reads obsolete but common forms the way a person would", () => {
    expect(parseFirstMailbox("Amazon.co.jp <amazon@urutrade.com>")).toMatchObject({
      name: "Amazon.co.jp",
      address: "amazon@urutrade.com",
    });
    expect(parseFirstMailbox("Amazon.co.jp@jmmlm.com <x@jmmlm.com>")).toMatchObject({
      name: "Amazon.co.jp@jmmlm.com",
      address: "x@jmmlm.com",
    });
    expect(parseFirstMailbox("Amazon Gutschein, <a@b.de>")).toMatchObject({
      name: "Amazon Gutschein,",
      address: "a@b.de",
    });
    expect(parseFirstMailbox('"Mr.Johnnie Taylor <info3@gogies.net>')).toMatchObject({ address: "info3@gogies.net" });
  });

  it("keeps an empty quoted local part and unquotes a needless one", () => {
    expect(parseFirstMailbox('"RF" <""@mspz9.gob.ec>')?.address).toBe('""@mspz9.gob.ec');
    expect(parseFirstMailbox('<"john"@example.com>')?.address).toBe("john@example.com");
    expect(parseFirstMailbox('<"john doe"@example.com>')?.address).toBe('"john doe"@example.com');
  });

  it("gives the null sender as an empty address and lists several mailboxes", () => {
    expect(parseFirstMailbox("<>")).toMatchObject({ address: "", domain: null });
    expect(parseAddressList("a@x.com, B <b@y.com>; c@z.com").map((m) => m.address)).toEqual([
      "a@x.com",
      "b@y.com",
      "c@z.com",
    ]);
    expect(parseAddressList("")).toEqual([]);
  });

  it("drops an obsolete source route", () => {
    expect(parseFirstMailbox("<@relay.example:a@b.com>")?.address).toBe("a@b.com");
  });
});

describe("names split by unquoted commas (real spam)", () => {
  it("keeps the name as written, commas included", () => {
    expect(parseFirstMailbox('"👉Gewinnerin🎁", "👉Gewinnerin🎁", <newsletter@news.example>')).toMatchObject({
      name: "👉Gewinnerin🎁, 👉Gewinnerin🎁,",
      address: "newsletter@news.example",
    });
    expect(parseFirstMailbox("sofortige Zustellung, sofortige Zustellung <service@x.example>")?.name).toBe(
      "sofortige Zustellung, sofortige Zustellung",
    );
  });
});
