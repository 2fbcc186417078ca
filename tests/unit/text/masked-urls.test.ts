/** Addresses a quoting page masked are not judged as domains; a masked path leaves the host to judge. */
import { describe, expect, it } from "vitest";
import { maskedUrls, withoutMaskedUrls } from "../../../src/lib/text/masked-urls.ts";

describe("maskedUrls", () => {
  it.each([
    "http://paths●●●●.com",
    "https://XXXX/sagawa",
    "https://~",
    "http://**********.duckdns.org",
    "https://mydocomo.○○○",
    "http://(偽サイトへのリンク)",
  ])("finds %s masked", (url) => {
    expect(maskedUrls(`お荷物の確認 ${url} まで`)).toEqual([url]);
    expect(withoutMaskedUrls(`確認 ${url}`)).toBe("確認 ［伏せられた URL］");
  });

  it.each([
    "http://sagawa-exz.com/ja",
    "https://s.vpass.jp/?id=...",
    "https://bit.ly/○○○",
    "hxxps://nta-go-jp[.]tax-pay[.]top/",
    "http://109.252.84.170/login",
  ])("leaves %s to judge", (url) => {
    expect(maskedUrls(url)).toEqual([]);
  });
});
