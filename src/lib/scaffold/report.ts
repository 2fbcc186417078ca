/** What `npm run new` prints after writing a draft: what it found and where the files are. */
import { terminalSafe } from "./escape.ts";
import type { ScaffoldResult } from "./index.ts";

const SEVERITY_LABEL = { high: "危険", medium: "注意", low: "参考", info: "情報" } as const;

/** The report, in Japanese, with every string from the mail made safe for a terminal. */
export function formatScaffoldReport(result: ScaffoldResult, postPath: string, headersPath: string | null): string {
  const out: string[] = [];
  const a = result.analysis;
  out.push(`下書きの記事を作りました: ${terminalSafe(postPath)}`);
  if (headersPath) out.push(`ヘッダー（受信者のアドレスなどを伏せ字にしたもの）: ${terminalSafe(headersPath)}`);
  if (headersPath && result.body)
    out.push(
      `本文（受信者のアドレスを伏せ字にしたもの）: ${terminalSafe(headersPath.replace(/headers\.eml$/, result.body.fileName))}`,
    );
  out.push("", `タイトル案   ${terminalSafe(result.title)}`);
  out.push(
    `ブランド     ${result.brands.length > 0 ? result.brands.map((b) => `${b.id}（${b.nameJa}）`).join(", ") : "（見つかりません。frontmatter の brands に手で書いてください）"}`,
  );
  if (a) {
    out.push(`差出人       ${terminalSafe(a.summary.from?.address ?? null)}`);
    out.push(`送信元IP     ${terminalSafe(a.originIp ?? "（特定できません）")}`);
    out.push(
      `伏せ字       ${a.redactions.length > 0 ? a.redactions.map((r) => `${r.kind === "host" ? "ホスト名" : r.kind === "recipient-header" ? "受信者のヘッダー" : "アドレス"} ${r.count} か所（${r.headers.map(terminalSafe).join(", ")}）`).join(" / ") : "なし"}`,
    );
    out.push("", "危険信号:");
    if (a.flags.length === 0) out.push("  （自動チェックで見つかったものはありません）");
    for (const flag of a.flags) out.push(`  [${SEVERITY_LABEL[flag.severity]}] ${terminalSafe(flag.message)}`);
    out.push("", `本文の URL（無害化表示、${result.urls.length} 件）:`);
    if (result.urls.length === 0) out.push("  （なし）");
    result.urls.forEach((u, i) => out.push(`  ${i < result.linkCount ? "-" : "（省略）"} ${terminalSafe(u.defanged)}`));
    if (result.urls.length > result.linkCount) out.push(`  ※ 記事に入れたのは最初の ${result.linkCount} 件です。`);
    out.push("", "添付ファイル（保存も実行もしていません）:");
    if (a.attachments.length === 0) out.push("  （なし）");
    for (const att of a.attachments)
      out.push(
        `  - ${terminalSafe(att.filename ?? "（名前なし）")}（${terminalSafe(att.contentType)}、${att.size} バイト）`,
      );
  }
  out.push(
    "",
    "次にすること:",
    "  1. npm run dev で http://localhost:4321/posts/" + result.slug + "/ を開いて確認する（下書きも表示されます）",
    "  2. {/* TODO: … */} の箇所に自分の言葉で解説を書き、description を要約に書き換える",
    "  3. 書き終えたら frontmatter の draft: true を false にする（true の間は npm run build で公開されません）",
  );
  return out.join("\n");
}
