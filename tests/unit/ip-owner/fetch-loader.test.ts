/** The browser loader: same files as on disk, gzip or already unpacked by the host, errors rejected. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { fetchLoader } from "../../../src/lib/ip-owner/fetch-loader.ts";
import { createIpOwnerLookup } from "../../../src/lib/ip-owner/lookup.ts";
import { ensureIpOwnerData } from "../../../src/lib/ip-owner/store.node.ts";

describe("fetchLoader", () => {
  const dir = ensureIpOwnerData();
  const requested: string[] = [];
  const serve =
    (unpack: boolean): typeof fetch =>
    async (input) => {
      const url = new URL(String(input));
      requested.push(url.pathname);
      const file = url.pathname.replace(/^\/ip-owner\//, "");
      let bytes: Buffer;
      try {
        bytes = readFileSync(join(dir, file));
      } catch {
        return new Response("not found", { status: 404 });
      }
      return new Response(new Uint8Array(unpack && file.endsWith(".bin") ? gunzipSync(bytes) : bytes));
    };

  it("reads gzip chunks, and chunks a host already unpacked, fetching only what one look-up needs", async () => {
    for (const unpack of [false, true]) {
      requested.length = 0;
      const lookup = createIpOwnerLookup(fetchLoader("https://site.example/ip-owner/", serve(unpack)));
      expect(await lookup.lookup("163.43.131.56")).toMatchObject({ asn: 9370, country: "JP" });
      expect(requested).toHaveLength(3);
      expect(requested[0]).toBe("/ip-owner/index.json");
      expect(requested.slice(1).every((p) => /^\/ip-owner\/(v4|names)-\d+\.bin$/.test(p))).toBe(true);
    }
  });

  it("rejects when the site answers with an error or the network fails", async () => {
    const notFound = fetchLoader("https://site.example/ip-owner/", async () => new Response("", { status: 404 }));
    await expect(notFound("index.json")).rejects.toThrow(/HTTP 404/);
    const offline = fetchLoader("https://site.example/ip-owner/", async () => {
      throw new TypeError("Failed to fetch");
    });
    await expect(createIpOwnerLookup(offline).lookup("8.8.8.8")).rejects.toThrow(/Failed to fetch/);
  });
});
