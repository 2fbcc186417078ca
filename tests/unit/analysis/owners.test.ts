/** Who holds the route's IPs: added after the analysis, shown when the data can be read, a plain notice when not. */
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { addOwners, OWNER_DATA_UNAVAILABLE } from "../../../src/lib/analysis/owners.ts";
import { analyzeInput } from "../../../src/lib/analysis/index.ts";
import { loadBrands } from "../../../src/lib/brand/registry.node.ts";
import { nodeIpOwnerLookup } from "../../../src/lib/ip-owner/store.node.ts";
import type { IpOwnerLookup } from "../../../src/lib/ip-owner/lookup.ts";

const brands = loadBrands();
const amex = readFileSync(
  new URL("../../../content/posts/2026-11-amex-suspension-lifted/headers.eml", import.meta.url),
  "utf8",
);
const never = (): IpOwnerLookup => ({
  index: () => Promise.reject(new Error("should not be called")),
  lookup: () => Promise.reject(new Error("should not be called")),
  lookupMany: () => Promise.reject(new Error("should not be called")),
});

describe("addOwners", () => {
  it("adds the holder of the origin IP and the data's date, without analysing again", async () => {
    const first = analyzeInput(amex, brands);
    expect(first.mail?.breakdown.originOwner).toBeNull();
    const result = await addOwners(first, nodeIpOwnerLookup());
    expect(result.mail?.breakdown.originOwner?.asn).toBe(9370);
    expect(result.mail?.breakdown.originOwner?.label).toContain("さくらインターネット");
    expect(result.mail?.breakdown.ownerSource?.dataLabel).toBe("2026年6月時点の公開データ");
    expect(result.mail?.breakdown.ownerNotice).toBeNull();
    // The analysis itself is the very same object: only the view model changed.
    expect(result.mail?.analysis).toBe(first.mail?.analysis);
    expect(result.verdict).toBe(first.verdict);
  });

  it("says so when the data cannot be read, and otherwise gives the same result", async () => {
    const failing: IpOwnerLookup = {
      index: () => Promise.reject(new Error("offline")),
      lookup: () => Promise.reject(new Error("offline")),
      lookupMany: () => Promise.reject(new Error("offline")),
    };
    const first = analyzeInput(amex, brands);
    const result = await addOwners(first, failing);
    expect(result.mail?.breakdown.ownerNotice).toBe(OWNER_DATA_UNAVAILABLE);
    expect(result.mail?.breakdown.originOwner).toBeNull();
    expect({ ...result.mail?.breakdown, ownerNotice: null }).toEqual(first.mail?.breakdown);
  });

  it("gives up after the time-out when the data never arrives", async () => {
    const hanging: IpOwnerLookup = {
      index: () => new Promise(() => {}),
      lookup: () => new Promise(() => {}),
      lookupMany: () => new Promise(() => {}),
    };
    const result = await addOwners(analyzeInput(amex, brands), hanging, 50);
    expect(result.mail?.breakdown.ownerNotice).toBe(OWNER_DATA_UNAVAILABLE);
  });

  it("asks nothing for a mail with no public IP, nor for a text", async () => {
    const mail = await addOwners(
      analyzeInput("Received: from a ([10.0.0.1]) by b\nFrom: x@y.example\n", brands),
      never(),
    );
    expect(mail.mail?.breakdown.ownerNotice).toBeNull();
    const text = await addOwners(analyzeInput("お荷物のお届けにあがりました http://a.example/", brands), never());
    expect(text.mail).toBeNull();
  });
});
