/** Draft facts from IP owners and DNS answers, written as MDX-safe JavaScript. */
import { describe, expect, it } from "vitest";
import { domainFact, factsProp, originOwnerFact } from "../../../src/lib/scaffold/facts.ts";
import type { IpOwner } from "../../../src/lib/ip-owner/lookup.ts";

const owners = new Map<string, IpOwner>([
  ["163.43.131.56", { ip: "163.43.131.56", asn: 9370, org: "SAKURA Internet Inc.", country: "JP" }],
  ["8.8.4.4", { ip: "8.8.4.4", asn: 64500, org: 'Evil {x} </script> "q"', country: "SG" }],
]);

describe("draft facts", () => {
  it("names the origin IP's holder, country and the data's date", () => {
    expect(originOwnerFact("163.43.131.56", owners, "2026-12-01", "2026-06")).toEqual({
      about: "163.43.131.56",
      owner: "さくらインターネット（SAKURA Internet Inc.、AS9370）",
      country: "日本",
      note: "2026年6月時点の公開データ（ip-location-db）で調べた持ち主です。誰でも借りられるサーバーです。会社自身が送ったとは限りません。",
      checked: "2026-12-01",
    });
    expect(originOwnerFact(null, owners, "2026-12-01", "2026-06")).toBeNull();
    expect(originOwnerFact("10.0.0.1", owners, "2026-12-01", "2026-06")).toBeNull();
  });

  it("writes NXDOMAIN as unused, located addresses by country, and nothing for a failed query", () => {
    expect(domainFact({ domain: "gone.example", kind: "nxdomain" }, owners, "2026-12-01")).toEqual({
      about: "gone.example",
      note: "確認時点で使われていない（DNS に名前の登録がありません）",
      checked: "2026-12-01",
    });
    const found = domainFact(
      { domain: "x.example", kind: "found", addresses: ["8.8.4.4"], mx: [] },
      owners,
      "2026-12-01",
    );
    expect(found?.note).toBe("このドメインは現在シンガポールのサーバーを指しています（8.8.4.4）。");
    expect(found?.inUse).toBe(true);
    expect(domainFact({ domain: "t.example", kind: "failed", reason: "ETIMEOUT" }, owners, "2026-12-01")).toBeNull();
    expect(domainFact({ domain: "e.example", kind: "found", addresses: [], mx: [] }, owners, "2026-12-01")?.inUse).toBe(
      false,
    );
  });

  it("escapes every string so hostile names cannot open JSX or an expression", () => {
    const fact = domainFact(
      { domain: "x.example", kind: "found", addresses: ["8.8.4.4"], mx: [] },
      owners,
      "2026-12-01",
    );
    const prop = factsProp([fact!]);
    const inner = prop.slice("facts={[".length, -"]}".length);
    expect(inner).not.toMatch(/[<>]/);
    expect(inner.replace(/\{ about|\},/g, "")).not.toMatch(/[{}]/);
    // It still evaluates to the same data.
    expect(new Function(`return [${inner}]`)()).toEqual([fact]);
  });
});
