/**
 * One analysis, one verdict, whatever the door (issue 18): `npm run analyze -- --json` and the
 * checker's worker entry (`runCheck`) give the same verdict and the same findings for the same file.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadBrands } from "../../../src/lib/brand/registry.node.ts";
import { runCheck } from "../../../src/lib/checker/run-check.ts";
import { readMsg } from "../../../src/lib/msg/read-msg.ts";
import { htmlToView } from "../../../src/lib/html/html-to-view.ts";
import { FIXTURE_DIR, fixtureNames } from "../mail/helpers.ts";

const ROOT = join(import.meta.dirname, "..", "..", "..");
const brands = loadBrands();

const texts: Record<string, string> = {
  "sms-sagawa.txt":
    "【佐川急便】お荷物のお届けにあがりましたが不在の為持ち帰りました。下記よりご確認ください。 http://sagawa-exz.com/ja",
  "sender-line.txt": "差出人: Amazon.co.jp <support-amazon.jp@pcihrah.cn>",
  "bare-address.txt": "support-amazon.jp@pcihrah.cn",
  "urls.txt": "https://amazon-co-jp.icu/login\nhttps://www.amazon.co.jp/",
  "plain.txt": "明日の会議は10時からです。",
};

function files(): string[] {
  const dir = mkdtempSync(join(tmpdir(), "sagimail-doors-"));
  const written = Object.entries(texts).map(([name, text]) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  });
  return [
    ...fixtureNames().map((n) => join(FIXTURE_DIR, n)),
    join(ROOT, "tests", "fixtures", "msg", "ansi-cp932.msg"),
    join(ROOT, "tests", "fixtures", "msg", "html-link.msg"),
    ...written,
  ];
}

describe("the CLI and the checker agree", () => {
  it("give the same verdict and findings for every fixture mail, Outlook item and text", async () => {
    const paths = files();
    const cli = spawnSync(process.execPath, ["src/cli/analyze.ts", "--json", ...paths], {
      cwd: ROOT,
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
    });
    expect(cli.status).toBe(0);
    const lines = cli.stdout
      .trim()
      .split("\n")
      .map(
        (l) =>
          JSON.parse(l) as {
            file: string;
            verdict: { level: string; headline: string; reasons: string[] };
            flags: { id: string; severity: string }[];
          },
      );
    expect(lines.map((l) => l.file)).toEqual(paths);
    const levels = new Set<string>();
    for (const [i, path] of paths.entries()) {
      const bytes = new Uint8Array(readFileSync(path));
      const checked = await runCheck(
        bytes,
        brands,
        // As the worker loads them: the Outlook reader and the HTML parser on demand.
        {
          readMsg: async () => readMsg,
          readHtml: async () => htmlToView,
          messagePart: () => import("../../../src/lib/analysis/message-part.ts"),
        },
        () => {},
      );
      const line = lines[i];
      const id = `${path.split("/").pop()}`;
      expect({ id, level: line?.verdict.level, headline: line?.verdict.headline }).toEqual({
        id,
        level: checked.verdict.level,
        headline: checked.verdict.headline,
      });
      expect({ id, reasons: line?.verdict.reasons.length }).toEqual({ id, reasons: checked.verdict.reasons.length });
      const checkerFlags = [...(checked.mail?.analysis.flags ?? []), ...checked.textFlags].map(
        (f) => `${f.id}:${f.severity}`,
      );
      expect({ id, flags: line?.flags.map((f) => `${f.id}:${f.severity}`) }).toEqual({ id, flags: checkerFlags });
      levels.add(checked.verdict.level);
    }
    // The fixtures exercise more than one answer.
    expect([...levels].sort()).toEqual(expect.arrayContaining(["danger", "unknown"]));
  }, 60_000);
});
