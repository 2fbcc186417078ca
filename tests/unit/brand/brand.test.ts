import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { isOfficialHost, mailDomainOf, webDomainOf } from "../../../src/lib/brand/brand.ts";
import { loadBrandFiles, loadBrands } from "../../../src/lib/brand/registry.node.ts";
import { findSharedNames } from "../../../src/lib/brand/registry.ts";
import { registryLinks } from "../../../src/lib/brand/page.ts";

describe("brand registry", () => {
  const brands = loadBrands();
  const files = loadBrandFiles();
  const smbc = brands.find((b) => b.id === "smbc-card")!;

  it("holds at least 80 brands, every one with names, a category and a way to check", () => {
    expect(brands.length).toBeGreaterThanOrEqual(80);
    for (const f of files) {
      expect(f.record.howToCheck.length, f.id).toBeGreaterThan(10);
      expect(f.record.nameJa, f.id).not.toBe("");
    }
  });

  it("has a source for every non-empty domain list (the schema's rule, checked on the real files)", () => {
    for (const f of files)
      for (const list of [f.record.mailDomains, f.record.webDomains]) {
        if (list.domains.length === 0) expect(list.note, f.id).toBeTruthy();
        else expect(list.sources.length, f.id).toBeGreaterThan(0);
      }
  });

  it("knows the domain 三井住友カード's mails really come from, apart from its web domains", () => {
    expect(mailDomainOf(smbc, "contact.vpass.ne.jp")).toBe("vpass.ne.jp");
    expect(webDomainOf(smbc, "www.smbc-card.com")).toBe("smbc-card.com");
    expect(isOfficialHost(smbc, "smbc-card.com.evil.top")).toBe(false);
    expect(isOfficialHost(smbc, "fakesmbc-card.com")).toBe(false);
  });

  it("lists only the brands' own https pages as clickable registry links", () => {
    const links = registryLinks(files.map((f) => f.record));
    expect(links.length).toBeGreaterThan(20);
    for (const url of links) expect(url).toMatch(/^https:\/\//);
    const secondary = files.flatMap((f) =>
      [...f.record.mailDomains.sources, ...f.record.webDomains.sources].filter((s) => s.secondary).map((s) => s.url),
    );
    for (const url of secondary) if (!links.includes(url)) expect(links).not.toContain(url);
  });
});

describe("registry-wide checks", () => {
  it("reports an alias that two brands share, folded for width and kana, naming file and field", () => {
    const problems = findSharedNames([
      { id: "rakuten", nameJa: "楽天", nameEn: "Rakuten", aliases: ["らくてん"] },
      { id: "rakuten-card", nameJa: "楽天カード", nameEn: "Rakuten Card", aliases: ["ラクテン"] },
    ]);
    expect(problems).toEqual([
      {
        file: "content/brands/rakuten-card.json",
        field: "aliases[0]",
        message:
          "別名「ラクテン」は rakuten.json の aliases[0] と同じです。別名は一つのブランドにだけ書いてください（検索とメールの判定がどちらのブランドか決められません）。",
      },
    ]);
  });

  it("stops on a bad brand file with every problem, each naming the file and the field", () => {
    const root = mkdtempSync(join(tmpdir(), "brands-"));
    mkdirSync(join(root, "content", "brands"), { recursive: true });
    const good = {
      nameJa: "例",
      nameEn: "Example",
      category: "card",
      aliases: ["れい"],
      mailDomains: { domains: [], sources: [], note: "見つかりません。" },
      webDomains: { domains: [], sources: [], note: "見つかりません。" },
      howToCheck: "公式アプリで確かめます。",
    };
    writeFileSync(join(root, "content", "brands", "a.json"), JSON.stringify(good));
    writeFileSync(
      join(root, "content", "brands", "b.json"),
      JSON.stringify({ ...good, nameJa: "別", aliases: ["レイ"] }),
    );
    writeFileSync(
      join(root, "content", "brands", "c.json"),
      JSON.stringify({ ...good, nameJa: "三", mailDomains: { domains: ["mail.example.com"], sources: [] } }),
    );
    expect(() => loadBrandFiles(root)).toThrowError(
      /content\/brands\/c\.json の mailDomains\.domains\.0: "mail\.example\.com" はサブドメインです[\s\S]*content\/brands\/b\.json の aliases\[0\]: 別名「レイ」/,
    );
  });
});

describe("summariseRegistry", () => {
  it("counts facts and pages, and lists unsourced files and facts read more than a year ago", async () => {
    const { summariseRegistry } = await import("../../../src/lib/brand/registry.ts");
    const page = (url: string, checked: string, secondary = false) => ({ url, title: "t", checked, secondary });
    const s = summariseRegistry(
      [
        {
          id: "a",
          mailDomains: { sources: [page("https://a.example/1", "2026-12-01")] },
          webDomains: { sources: [] },
          contact: [{ kind: "never-sends", sources: [page("https://a.example/2", "2025-01-10")] }],
        },
        { id: "b", mailDomains: { sources: [] }, webDomains: { sources: [] } },
      ],
      new Date("2026-12-03T00:00:00Z"),
    );
    expect(s).toMatchObject({
      brands: 2,
      facts: 1,
      brandsWithFacts: 1,
      brandsWithOwnFacts: 1,
      sources: 2,
      unsourced: ["b"],
    });
    expect(s.stale).toEqual(["content/brands/a.json contact[0] (never-sends)（2025-01-10 確認）"]);
  });
});
