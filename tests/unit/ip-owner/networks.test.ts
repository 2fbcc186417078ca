/** The table of well-known networks must come from the data: each AS number is in the package CSV
 * with the holder's name the table expects. */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { knownNetworks, kindExplanation } from "../../../src/lib/ip-owner/networks.ts";
import { describeOwner, dataDateLabel, countryNameJa } from "../../../src/lib/ip-owner/describe.ts";

const dir = dirname(createRequire(import.meta.url).resolve("@ip-location-db/asn/package.json"));
const namesInData = new Map<number, Set<string>>();
for (const file of ["asn-ipv4-num.csv", "asn-ipv6-num.csv"]) {
  for (const line of readFileSync(join(dir, file), "utf8").split("\n")) {
    const m = /^\d+,\d+,(\d+),(.*)$/.exec(line);
    if (!m) continue;
    const name = (m[2] ?? "").startsWith('"') ? (m[2] ?? "").slice(1, -1).replace(/""/g, '"') : (m[2] ?? "");
    const set = namesInData.get(Number(m[1])) ?? new Set<string>();
    set.add(name);
    namesInData.set(Number(m[1]), set);
  }
}

describe("well-known networks", () => {
  it.each(knownNetworks.map((k) => [k.asn, k.nameJa, k] as const))("AS%i (%s) is in the data", (asn, _n, k) => {
    const names = [...(namesInData.get(asn) ?? [])];
    expect(names.length, `AS${asn} not in the package data`).toBeGreaterThan(0);
    expect(
      names.some((name) => k.holder.test(name)),
      `AS${asn} is ${names.join(" / ")}`,
    ).toBe(true);
  });

  it("lists each AS number once and covers the networks the issue names", () => {
    const asns = knownNetworks.map((k) => k.asn);
    expect(new Set(asns).size).toBe(asns.length);
    const names = knownNetworks.map((k) => k.nameJa).join(" ");
    for (const word of [
      "さくらインターネット",
      "GMO",
      "KDDI",
      "NTT",
      "ソフトバンク",
      "IIJ",
      "Amazon",
      "Google",
      "マイクロソフト",
      "アリババ",
      "テンセント",
      "Chinanet",
      "OVH",
      "Hetzner",
      "DigitalOcean",
      "Linode",
      "Cloudflare",
    ])
      expect(names).toContain(word);
  });
});

describe("describeOwner", () => {
  it("writes a well-known holder with its Japanese name, the data's name, the AS number and the country", () => {
    const view = describeOwner({ ip: "163.43.131.56", asn: 9370, org: "SAKURA Internet Inc.", country: "JP" });
    expect(view.label).toBe("さくらインターネット（SAKURA Internet Inc.、AS9370）・日本");
    expect(view.explanation).toBe("誰でも借りられるサーバーです。会社自身が送ったとは限りません。");
  });

  it("writes an unknown holder as the data has it, with no explanation", () => {
    const view = describeOwner({ ip: "45.163.40.1", asn: 268548, org: "R A DELFINO", country: "BR" });
    expect(view.label).toBe("R A DELFINO（AS268548）・ブラジル");
    expect(view.explanation).toBeNull();
  });

  it("says when an address is in no announced range", () => {
    expect(describeOwner({ ip: "1.2.3.4", asn: null, org: null, country: "SG" }).label).toBe(
      "どのネットワークからも経路が公開されていないアドレスです（登録国: シンガポール）",
    );
    expect(describeOwner({ ip: "1.2.3.4", asn: null, org: null, country: null }).label).toBe(
      "どのネットワークからも経路が公開されていないアドレスです",
    );
  });

  it("dates the data and names countries in Japanese", () => {
    expect(dataDateLabel("2026-06")).toBe("2026年6月時点の公開データ");
    expect(countryNameJa("CN")).toBe("中国");
    expect(countryNameJa("??")).toBe("??");
    expect(Object.keys(kindExplanation).sort()).toEqual(["hosting", "isp", "mail"]);
  });
});
