/**
 * `npm run analyze -- --json` over every fixture: each origin IP the data covers gets its owner, the
 * same one a linear scan of the package CSV finds; each it does not cover is really in no row.
 */
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { FIXTURE_DIR, fixtureNames } from "../mail/helpers.ts";
import { addressNumber, csvTables, expected } from "./csv-scan.ts";

const ROOT = join(import.meta.dirname, "..", "..", "..");
let tables: ReturnType<typeof csvTables>;
beforeAll(() => {
  tables = csvTables();
}, 60_000);

describe("npm run analyze -- --json and IP owners", () => {
  it("gives an owner for every fixture's origin IP that the data covers", () => {
    const files = fixtureNames().map((f) => join(FIXTURE_DIR, f));
    const result = spawnSync(process.execPath, ["src/cli/analyze.ts", "--json", ...files], {
      cwd: ROOT,
      encoding: "utf8",
    });
    expect(result.status).toBe(0);
    const lines = result.stdout
      .trim()
      .split("\n")
      .map(
        (l) =>
          JSON.parse(l) as {
            originIp: string | null;
            originIpOwner: unknown;
            received: { ip: string | null; owner: unknown }[];
          },
      );
    let covered = 0;
    for (const line of lines) {
      if (!line.originIp) {
        expect(line.originIpOwner).toBeNull();
        continue;
      }
      const { version, value } = addressNumber(line.originIp);
      const t = version === 4 ? tables.v4 : tables.v6;
      const want = expected(t.asn, t.cc, value);
      expect({ ip: line.originIp, owner: line.originIpOwner }).toEqual({ ip: line.originIp, owner: want });
      if (want.asn !== null) covered++;
      const hop = line.received.find((h) => h.ip === line.originIp);
      expect(hop?.owner).toEqual(want);
    }
    expect(covered).toBeGreaterThan(40);
  }, 120_000);
});
