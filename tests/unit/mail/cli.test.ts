import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FIXTURE_DIR } from "./helpers.ts";

const ROOT = join(import.meta.dirname, "..", "..", "..");
const run = (...args: string[]) =>
  spawnSync(process.execPath, ["src/cli/analyze.ts", ...args], { cwd: ROOT, encoding: "utf8" });

describe("npm run analyze", () => {
  it("--json prints one object per file, in order, and an error line for an unreadable file", () => {
    const files = [join(FIXTURE_DIR, "3deac214ba29.eml"), "does-not-exist.eml", join(FIXTURE_DIR, "1fff87c1af9b.eml")];
    const result = run("--json", ...files);
    expect(result.status).toBe(0);
    const lines = result.stdout
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines.map((l) => l["file"])).toEqual(files);
    expect(Object.keys(lines[1] ?? {})).toEqual(["file", "error"]);
    const first = lines[0] ?? {};
    expect(Object.keys(first)).toEqual([
      "file",
      "subject",
      "from",
      "returnPath",
      "replyTo",
      "messageId",
      "date",
      "received",
      "originIp",
      "originIpOwner",
      "auth",
      "urls",
      "flags",
      "claimedBrands",
      "kind",
      "tactics",
      "verdict",
    ]);
    expect(Object.keys(first["verdict"] as object)).toEqual(["level", "headline", "reasons", "actions"]);
    expect(first["kind"]).toBe("mail");
    expect(first["originIp"]).toBe("2601:806:8300:7b8:ac03:4531:a569:d062");
    expect(first["date"]).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(Object.keys((first["received"] as object[])[0] ?? {})).toEqual([
      "from",
      "by",
      "with",
      "ip",
      "date",
      "owner",
    ]);
    expect(lines[2]?.["originIp"]).toBe("2603:1096:400:340::8");
  });

  it("prints a readable Japanese report without colour when not on a TTY", () => {
    const result = run(join(FIXTURE_DIR, "e18e1a17e725.eml"));
    expect(result.status).toBe(0);
    // The same headings and words as the site's breakdown (one vocabulary: src/lib/breakdown/).
    expect(result.stdout).toContain("メールがたどった経路（古い順）");
    expect(result.stdout).toContain("危険信号");
    expect(result.stdout).toContain("[参考] メーリングリスト");
    expect(result.stdout).not.toContain("\u001b[");
  });

  it("exits non-zero on usage errors only", { timeout: 60_000 }, () => {
    expect(run().status).toBe(2);
    expect(run("--bogus", "x.eml").status).toBe(2);
    expect(run("missing.eml").status).toBe(0);
  });
});

describe("formatReport", () => {
  it("shows control and bidi characters from the mail as escapes, never raw", async () => {
    const { formatReport } = await import("../../../src/cli/analyze.ts");
    const { analyzeInput } = await import("../../../src/lib/analysis/index.ts");
    const report = formatReport(
      "x.eml",
      analyzeInput("Subject: \u001b[31mred\u202egnp.exe\r\nFrom: a@b.example\r\n", []),
      false,
    );
    expect(report).not.toContain("\u001b");
    expect(report).not.toContain("\u202e");
    expect(report).toContain("\\u{1b}[31mred\\u{202e}gnp.exe");
  });
});

describe("npm run analyze on what is not a mail", () => {
  const sms =
    "【佐川急便】お荷物のお届けにあがりましたが不在の為持ち帰りました。下記よりご確認ください。 http://sagawa-exz.com/ja";
  const json = (...args: string[]) =>
    run("--json", ...args)
      .stdout.trim()
      .split("\n")
      .map((line) => JSON.parse(line) as Record<string, unknown>);

  it("--text analyses an SMS with the same fields and kind text", () => {
    const [line] = json("--text", sms);
    expect(line?.["kind"]).toBe("text");
    expect(line?.["file"]).toBe("--text");
    expect(line?.["received"]).toEqual([]);
    expect(line?.["urls"]).toEqual([
      {
        url: "http://sagawa-exz.com/ja",
        host: "sagawa-exz.com",
        registrableDomain: "sagawa-exz.com",
        defanged: "hxxp://sagawa-exz[.]com/ja",
      },
    ]);
    expect((line?.["flags"] as { id: string }[]).map((f) => f.id)).toContain("text-lure-link");
    expect((line?.["verdict"] as { level: string }).level).toBe("danger");
  });

  it("reads a saved SMS text file in Shift_JIS, an Outlook .msg, and refuses a zip", () => {
    const dir = mkdtempSync(join(tmpdir(), "sagimail-cli-"));
    const sjis = join(dir, "sms.txt");
    // 「不在」 and 「持ち帰り」 in Shift_JIS, then an address.
    writeFileSync(
      sjis,
      Buffer.concat([
        Buffer.from([0x95, 0x73, 0x8d, 0xdd, 0x8e, 0x9d, 0x82, 0xbf, 0x8b, 0x41, 0x82, 0xe8]),
        Buffer.from(" https://track-parcel.top/"),
      ]),
    );
    const zip = join(dir, "a.eml");
    writeFileSync(zip, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0]));
    const msg = join(ROOT, "tests", "fixtures", "msg", "ansi-cp932.msg");
    const [text, outlook, refused] = json(sjis, msg, zip);
    expect(text?.["kind"]).toBe("text");
    expect((text?.["flags"] as { id: string }[]).map((f) => f.id)).toContain("text-lure-link");
    expect(outlook?.["kind"]).toBe("msg");
    expect(outlook?.["subject"]).toBe("日本語 Non Unicode タイトル");
    expect(refused).toEqual({ file: zip, kind: "binary", error: expect.stringContaining("ZIP 圧縮ファイル") });
  });

  it("prints a readable report for a text that says what it could not check", () => {
    const result = run("--text", sms);
    expect(result.stdout).toContain("送信元のサーバーと送信元認証");
    expect(result.stdout).toContain("判定: 詐欺の可能性が高いです");
    expect(result.stdout).toContain("hxxp://sagawa-exz[.]com/ja");
    expect(result.stdout).not.toContain("http://sagawa-exz.com");
  });
});
