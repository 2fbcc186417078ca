/** The reader's check with IP owners: shown when the data can be read, a plain notice when not. */
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { checkMail, checkMailWithOwners, OWNER_DATA_UNAVAILABLE } from "../../../src/lib/checker/check-mail.ts";
import { loadBrands } from "../../../src/lib/brand-registry.node.ts";
import { nodeIpOwnerLookup } from "../../../src/lib/ip-owner/store.node.ts";
import type { IpOwnerLookup } from "../../../src/lib/ip-owner/lookup.ts";

const brands = loadBrands();
const amex = readFileSync(
  new URL("../../../content/posts/2026-11-amex-suspension-lifted/headers.eml", import.meta.url),
  "utf8",
);

describe("checkMailWithOwners", () => {
  it("adds the holder of the origin IP and the data's date", async () => {
    const result = await checkMailWithOwners(amex, brands, nodeIpOwnerLookup());
    expect(result.breakdown.originOwner?.asn).toBe(9370);
    expect(result.breakdown.originOwner?.label).toContain("さくらインターネット");
    expect(result.breakdown.ownerSource?.dataLabel).toBe("2026年6月時点の公開データ");
    expect(result.breakdown.ownerNotice).toBeNull();
  });

  it("says so when the data cannot be read, and otherwise gives the same result", async () => {
    const failing: IpOwnerLookup = {
      index: () => Promise.reject(new Error("offline")),
      lookup: () => Promise.reject(new Error("offline")),
      lookupMany: () => Promise.reject(new Error("offline")),
    };
    const result = await checkMailWithOwners(amex, brands, failing);
    expect(result.breakdown.ownerNotice).toBe(OWNER_DATA_UNAVAILABLE);
    expect(result.breakdown.originOwner).toBeNull();
    expect({ ...result.breakdown, ownerNotice: null }).toEqual(checkMail(amex, brands).breakdown);
  });

  it("gives up after the time-out when the data never arrives", async () => {
    const hanging: IpOwnerLookup = {
      index: () => new Promise(() => {}),
      lookup: () => new Promise(() => {}),
      lookupMany: () => new Promise(() => {}),
    };
    const result = await checkMailWithOwners(amex, brands, hanging, 50);
    expect(result.breakdown.ownerNotice).toBe(OWNER_DATA_UNAVAILABLE);
  });

  it("asks nothing for a mail with no public IP", async () => {
    const untouched: IpOwnerLookup = {
      index: () => Promise.reject(new Error("should not be called")),
      lookup: () => Promise.reject(new Error("should not be called")),
      lookupMany: () => Promise.reject(new Error("should not be called")),
    };
    const result = await checkMailWithOwners(
      "Received: from a ([10.0.0.1]) by b\nFrom: x@y.example\n",
      brands,
      untouched,
    );
    expect(result.breakdown.ownerNotice).toBeNull();
  });
});
