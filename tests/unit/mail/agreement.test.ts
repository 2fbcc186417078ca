/**
 * Agreement with truth.jsonl (what Python's `email` package reads, see tests/fixtures/emails and the
 * fixtures README): per field, over the fields Python read without a defect, through the same
 * `toJson()` that `npm run analyze -- --json` prints.
 */
import { describe, expect, it } from "vitest";
import { toJson, type AnalyzeJson } from "../../../src/cli/analyze.ts";
import { loadBrands } from "../../../src/lib/brand/registry.node.ts";
import { analyzeInput } from "../../../src/lib/analysis/index.ts";
import { fixture, fixtureNames, truthRecords } from "./helpers.ts";

type Field =
  | "subject"
  | "from_address"
  | "from_name"
  | "from_domain"
  | "return_path_address"
  | "reply_to_address"
  | "message_id"
  | "date"
  | "origin_ip"
  | "spf"
  | "dkim"
  | "dmarc";

const READ: Record<Field, (json: AnalyzeJson) => string | null> = {
  subject: (j) => j.subject,
  from_address: (j) => j.from.address,
  from_name: (j) => (j.from.address === null ? null : j.from.name),
  from_domain: (j) => j.from.domain,
  return_path_address: (j) => j.returnPath?.address ?? null,
  reply_to_address: (j) => j.replyTo?.address ?? null,
  message_id: (j) => j.messageId,
  date: (j) => j.date,
  origin_ip: (j) => j.originIp,
  spf: (j) => j.auth.spf,
  dkim: (j) => j.auth.dkim,
  dmarc: (j) => j.auth.dmarc,
};

/** Which header a field comes from: a defect in that header nulls the field in the truth, so it is skipped. */
const SOURCE_HEADER: Partial<Record<Field, string>> = {
  subject: "subject",
  from_address: "from",
  from_name: "from",
  from_domain: "from",
  return_path_address: "return-path",
  reply_to_address: "reply-to",
  message_id: "message-id",
  date: "date",
};

/**
 * Where we differ from Python on purpose (all marked "ambiguous" in truth.jsonl). Each entry gives
 * our value, which the test checks exactly.
 */
const DELIBERATE: Record<string, { field: Field; ours: string; why: string }[]> = {
  "96f7bb0e9905.eml": [
    {
      field: "subject",
      ours: "[Osst-users]\tお客様のJCBアカウントがロックされている 番号：「84009852」",
      why: "encoded words labelled gb2312 hold GBK bytes; strict GB2312 (Python) gives U+FFFD, the WHATWG decoder (gb2312 = GBK) gives the intended text",
    },
  ],
  "d8279edb6014.eml": [{ field: "subject", ours: "E T Cサービスのお知らせ", why: "same gb2312/GBK label as above" }],
  "e18e1a17e725.eml": [
    {
      field: "dkim",
      ours: "pass",
      why: "lists.ozlabs.org wrote spf, dmarc and dkim as three Authentication-Results headers above its one Received line: read together, as one server's verdicts (the truth reads only the first)",
    },
    { field: "dmarc", ours: "none", why: "same three headers as above" },
  ],
  "e558a3745926.eml": [
    {
      field: "from_address",
      ours: '""@mspz9.gob.ec',
      why: 'an empty quoted local part is kept as written (""); Python drops it and gives "@mspz9.gob.ec"',
    },
  ],
  "62e63064265e.eml": [
    {
      field: "from_name",
      ours: "イオンフィナンシャルサービス株式会社",
      why: "RFC 2047 §6.2: whitespace between adjacent encoded words is dropped; Python keeps it in phrases (email.header.decode_header agrees with us)",
    },
  ],
};

const brands = loadBrands();
const truth = truthRecords();
const ours = new Map(
  fixtureNames().map((name) => [
    name,
    toJson(name, analyzeInput(fixture(name), brands, { redact: false, now: new Date("2026-12-01T00:00:00Z") }), brands),
  ]),
);

describe("agreement with truth.jsonl", () => {
  it("covers every fixture", () => {
    expect(truth.map((t) => t["file"])).toEqual([...ours.keys()]);
    expect(truth).toHaveLength(60);
  });

  const table: string[] = [];
  for (const field of Object.keys(READ) as Field[]) {
    it(`${field}: at least 98% agreement (deliberate differences give the documented value)`, () => {
      let compared = 0;
      let equal = 0;
      let agreed = 0;
      const mismatches: string[] = [];
      for (const record of truth) {
        const file = String(record["file"]);
        const defects = (record["defects"] ?? {}) as Record<string, unknown>;
        const header = SOURCE_HEADER[field];
        if (header && header in defects) continue;
        const json = ours.get(file);
        if (!json) throw new Error(`no analysis for ${file}`);
        compared++;
        const value = READ[field](json);
        const expected = record[field] ?? null;
        const deliberate = DELIBERATE[file]?.find((d) => d.field === field);
        if (value === expected) {
          equal++;
          agreed++;
        } else if (deliberate && value === deliberate.ours) {
          agreed++;
        } else {
          mismatches.push(`${file}: truth ${JSON.stringify(expected)}, ours ${JSON.stringify(value)}`);
        }
      }
      table.push(`${field}: ${equal}/${compared} equal, ${agreed}/${compared} with deliberate differences`);
      expect(mismatches).toEqual([]);
      expect(agreed / compared).toBeGreaterThanOrEqual(0.98);
    });
  }

  it("every deliberate difference really differs from the truth (the list stays honest)", () => {
    for (const [file, list] of Object.entries(DELIBERATE)) {
      const record = truth.find((t) => t["file"] === file);
      for (const entry of list) {
        expect(record?.[entry.field]).not.toBe(entry.ours);
        expect((record?.["ambiguous"] ?? {}) as Record<string, unknown>).toHaveProperty(
          entry.field === "from_address"
            ? "from_address"
            : entry.field === "from_name"
              ? "from_name"
              : entry.field === "dkim" || entry.field === "dmarc"
                ? "authentication_results"
                : "subject",
        );
      }
    }
    console.log(table.join("\n"));
  });

  it("counts Received headers as Python does", () => {
    for (const record of truth) {
      const json = ours.get(String(record["file"]));
      expect(json?.received.length, String(record["file"])).toBe(record["received_count"]);
    }
  });
});
