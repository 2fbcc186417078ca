/**
 * The suffix list in per-TLD chunks (what the checker's worker fetches) answers exactly as `tldts`,
 * which Node uses, for every host whose TLD chunk is loaded.
 */
import { describe, expect, it } from "vitest";
import { IDN_TLDS } from "../../../src/lib/url/suffix/idn-tlds.ts";
import * as real from "tldts";
import { compileSuffixes } from "../../../src/lib/url/suffix/compile.node.ts";
import { candidateTlds, getDomain, parse, useSuffixChunks } from "../../../src/lib/url/suffix/chunked-tldts.ts";
import { findUrls } from "../../../src/lib/url/find-urls.ts";
import { fixture, fixtureNames } from "../mail/helpers.ts";

const HOSTS = [
  "amazon.co.jp",
  "www.amazon.co.jp",
  "s.vpass.jp",
  "a.b.kawasaki.jp",
  "city.kawasaki.jp",
  "www.city.kawasaki.jp",
  "x.github.io",
  "github.io",
  "foo.blogspot.com",
  "sagawa-exz.com",
  "go-koyatamato.co.jp-adva.dkauqie.cn",
  "www.ck",
  "a.www.ck",
  "xn--mex-5cd.com",
  "ドコモ.jp",
  "example.unknowntld",
  "localhost",
  "192.168.1.1",
  "a.b.c.d.e.f.tokyo.jp",
  "pref.tokyo.lg.jp",
  "abc.duckdns.org",
  "x.compute.amazonaws.com",
  "x.y.compute.amazonaws.com",
  "nta.go.jp",
  "e-tax.nta.go.jp",
  "rakuten-card.co.jp.abcd.top",
];

describe("the chunked suffix list", async () => {
  const { index, chunks } = await compileSuffixes();
  useSuffixChunks(chunks);
  const fixtureHosts = fixtureNames()
    .flatMap((n) => findUrls(new TextDecoder().decode(fixture(n))))
    .flatMap((u) => {
      try {
        return [new URL(u).hostname];
      } catch {
        return [];
      }
    });

  it("holds every TLD of the list", () => {
    expect(index.tlds.length).toBeGreaterThan(1000);
    expect(index.tlds).toEqual(expect.arrayContaining(["jp", "com", "top", "io"]));
    expect(chunks.get("jp")?.rules["co.jp"]).toBe(1);
    expect(chunks.get("jp")?.exceptions["city.kawasaki.jp"]).toBe(1);
  });

  it.each([true, false])(
    "answers as tldts does (private domains %s), for tricky hosts and every fixture URL",
    (priv) => {
      const opts = { allowPrivateDomains: priv };
      for (const host of [...HOSTS, ...fixtureHosts]) {
        const ours = parse(host, opts);
        const theirs = real.parse(host, opts);
        expect({ host, ...ours }).toEqual({ host, ...theirs });
        expect(getDomain(host, opts)).toBe(real.getDomain(host, opts));
      }
    },
  );

  it("finds the TLDs a text may name, in any width and defanged", () => {
    expect([...candidateTlds("再配達 sagawa-exz[.]com/ja と ｅｘａｍｐｌｅ．ｔｏｐ、amazon.co.jp")].sort()).toEqual(
      expect.arrayContaining(["com", "top", "jp", "co"]),
    );
  });

  it("knows every internationalised TLD of the list, and reads no Japanese sentence as one", () => {
    expect([...IDN_TLDS].sort()).toEqual(index.tlds.filter((t) => t.startsWith("xn--")).sort());
    // 「例え.みんな」 names the IDN TLD みんな (xn--q9jyb4c); the words after 「。」 name none.
    expect([...candidateTlds("例え.みんな を見て")]).toContain("xn--q9jyb4c");
    const sms =
      "お荷物のお届けにあがりましたが不在の為持ち帰りました。下記よりご確認ください。詳細はこちら。 http://sagawa-exz.com/ja";
    expect([...candidateTlds(sms)]).toEqual(["com"]);
  });
});
