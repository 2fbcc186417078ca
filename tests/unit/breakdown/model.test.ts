import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { analyzeMail } from "../../../src/lib/reading/index.ts";
import { buildBreakdown } from "../../../src/lib/breakdown/model.ts";
import { formatDelay, authResultLabel } from "../../../src/lib/breakdown/labels.ts";
import { loadBrands } from "../../../src/lib/brand/registry.node.ts";

const brands = loadBrands();
const fixtures = new URL("../../fixtures/emails/", import.meta.url);
const truth = readFileSync(new URL("truth.jsonl", fixtures), "utf8")
  .trim()
  .split("\n")
  .map((l) => JSON.parse(l) as { file: string; spf: string | null; received_count: number; origin_ip: string | null });
const read = (file: string) => new Uint8Array(readFileSync(new URL(file, fixtures)));

describe("buildBreakdown on real mail", () => {
  it("lists hops oldest first, one per Received header, and marks the origin hop", () => {
    for (const t of truth.filter((x) => x.received_count > 1).slice(0, 15)) {
      const model = buildBreakdown(analyzeMail(read(t.file), { brands }));
      expect(model.hops.map((h) => h.number)).toEqual(Array.from({ length: t.received_count }, (_, i) => i + 1));
      expect(model.originIp).toBe(t.origin_ip);
      if (t.origin_ip) expect(model.hops.filter((h) => h.isOrigin).map((h) => h.ip)).toEqual([t.origin_ip]);
    }
  });

  it("marks the hops after the origin of a mailing-list mail as the list's, and only those", () => {
    // 9e7861eb4ba1: jmmlm.com [173.82.212.139] → SourceForge's MX (the origin, hop 1), then three
    // hops inside SourceForge's list servers and on to the reader's server.
    const model = buildBreakdown(analyzeMail(read("9e7861eb4ba1.eml"), { brands }));
    expect(model.mailingList).toBe("v9fs-developer.lists.sourceforge.net");
    // Its Return-Path is the list's bounce address: said so, not "another domain than From".
    expect(model.summary.find((r) => r.header === "Return-Path")).toMatchObject({
      status: "plain",
      statusText: "メーリングリストの返送先（送り主のものではありません）",
    });
    expect(model.hops.map((h) => [h.number, h.isOrigin, h.listLeg])).toEqual([
      [1, true, false],
      [2, false, true],
      [3, false, true],
      [4, false, true],
    ]);
    const direct = buildBreakdown(analyzeMail(read("03524da84b21.eml"), { brands }));
    expect(direct.mailingList).toBeNull();
    expect(direct.hops.some((h) => h.listLeg)).toBe(false);
  });

  it("keeps only the main headers, and any flagged or annotated one, in an excerpt's raw text", () => {
    const analysis = analyzeMail(read("45f6257658e4.eml"), { brands });
    const full = buildBreakdown(analysis);
    const excerpt = buildBreakdown(analysis, { excerpt: true, notes: { "X-Mailer": "古いメールソフトの名前" } });
    const fields = (m: typeof full) => [...new Set(m.rawLines.map((l) => l.fieldName))];
    // The SourceForge list added DKIM signatures, List-* headers and a spam report: not in the excerpt.
    expect(fields(full)).toContain("DKIM-Signature");
    expect(fields(excerpt)).not.toContain("DKIM-Signature");
    expect(fields(excerpt)).not.toContain("List-Unsubscribe");
    expect(fields(excerpt)).toEqual(
      expect.arrayContaining([
        "Return-Path",
        "Received",
        "From",
        "To",
        "Subject",
        "Date",
        "Message-ID",
        "List-Id",
        "X-Mailer",
      ]),
    );
    expect(excerpt.rawLinesOmitted).toBe(full.rawLines.length - excerpt.rawLines.length);
    expect(excerpt.rawLinesOmitted).toBeGreaterThan(10);
    // The analysis is the same: hops and flags come from every header.
    expect(excerpt.hops).toEqual(full.hops);
    expect(excerpt.flags).toEqual(full.flags);
    expect(full.rawLinesOmitted).toBe(0);
  });

  it("puts SPF verdicts in words matching the top-most Authentication-Results", () => {
    const failing = truth.filter((t) => t.spf === "fail");
    expect(failing.length).toBeGreaterThan(0);
    for (const t of failing) {
      const spf = buildBreakdown(analyzeMail(read(t.file), { brands })).auth.find((a) => a.method === "SPF")!;
      expect(spf).toMatchObject({ result: "fail", label: "不合格", tone: "fail" });
    }
  });

  it("keeps the raw header text line for line, as tokens", () => {
    for (const t of truth.slice(0, 20)) {
      const analysis = analyzeMail(read(t.file), { brands });
      const model = buildBreakdown(analysis);
      expect(model.rawLines.map((l) => l.tokens.map((k) => k.text).join(""))).toEqual(
        analysis.headerLines.map((l) => l.text),
      );
    }
  });
});

describe("notes, facts and hidden flags", () => {
  const headers = [
    'From: "Amex" <a@evil.top>',
    "Return-Path: <b@other.example>",
    "Subject: hi",
    "To: me@example.jp",
  ].join("\n");
  const analysis = analyzeMail(headers, { brands });
  const model = buildBreakdown(analysis, {
    notes: { "return-path": "返送先が違う", Subject: "件名の解説" },
    facts: [{ about: "evil.top", inUse: false, checked: "2026-11-20" }],
    hideFlags: ["no-auth-results"],
  });

  it("attaches a note to its header, case-insensitively, once: in the summary when the header has a row", () => {
    expect(model.summary.find((r) => r.header === "Return-Path")?.note).toBe("返送先が違う");
    expect(model.subjectNote).toBe("件名の解説");
    expect(model.rawLines.find((l) => l.fieldName.toLowerCase() === "return-path")?.note).toBeNull();
    expect(model.rawLines.find((l) => l.fieldName === "Subject")?.note).toBeNull();
    expect(model.flags.every((f) => f.note === null || f.header !== "Return-Path")).toBe(true);
  });

  it("puts a note on Received beside the origin hop's field only, and not again with its flag", () => {
    const mail = analyzeMail(read("45f6257658e4.eml"), { brands });
    const noted = buildBreakdown(mail, { notes: { Received: "外からの入り口" } });
    const withNote = noted.rawLines.filter((l) => l.note !== null);
    expect(withNote).toHaveLength(1);
    expect(withNote[0]?.tokens.map((t) => t.text).join("")).toContain("116.85.57.230");
    expect(noted.flags.filter((f) => f.note !== null)).toEqual([]);
  });
  it("marks Return-Path on another domain and flags its line", () => {
    expect(model.summary.find((r) => r.header === "Return-Path")?.status).toBe("different");
    expect(model.rawLines.find((l) => l.fieldName === "Return-Path")?.flagged).toBe(true);
  });
  it("hides the flags the author turned off and counts them", () => {
    expect(model.flags.some((f) => f.id === "no-auth-results")).toBe(false);
    expect(model.hiddenFlagCount).toBe(analysis.flags.filter((f) => f.id === "no-auth-results").length);
  });
  it("shows facts with the day they were checked", () => {
    expect(model.facts).toEqual([
      { about: "evil.top", lines: ["確認時点で使われていなかった"], checked: "2026年11月20日に確認" },
    ]);
  });
});

describe("labels", () => {
  it("formats delays for people", () => {
    expect(formatDelay(0)).toBe("+0秒");
    expect(formatDelay(75)).toBe("+1分15秒");
    expect(formatDelay(-300)).toBe("−5分");
    expect(formatDelay(7260)).toBe("+2時間1分");
  });
  it("words every verdict, and an unknown one as written", () => {
    expect(authResultLabel(null).tone).toBe("missing");
    expect(authResultLabel("softfail")).toEqual({ label: "不合格（弱）", tone: "fail" });
    expect(authResultLabel("x-weird")).toEqual({ label: "x-weird", tone: "neutral" });
  });
});
