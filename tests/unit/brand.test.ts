import { describe, expect, it } from "vitest";
import { isOfficialHost } from "../../src/lib/brand.ts";
import { loadBrands } from "../../src/lib/brand-registry.node.ts";

describe("brand registry", () => {
  const brands = loadBrands();
  const amex = brands.find((b) => b.id === "american-express")!;
  it("loads every brand file with its id", () => {
    expect(brands.map((b) => b.id)).toEqual(["american-express", "nitori", "smbc-card"]);
  });
  it("accepts official hosts and their subdomains only", () => {
    expect(isOfficialHost(amex, "www.americanexpress.com")).toBe(true);
    expect(isOfficialHost(amex, "americanexpress.com.")).toBe(true);
    expect(isOfficialHost(amex, "americanexpress.com.evil.top")).toBe(false);
    expect(isOfficialHost(amex, "fakeamericanexpress.com")).toBe(false);
  });
});
