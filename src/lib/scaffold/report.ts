/** What `npm run new` prints after writing a draft: what it found and where the files are. */
import { terminalSafe } from "./escape.ts";
import type { LookedUpFact } from "../breakdown/model.ts";
import type { ScaffoldResult } from "./index.ts";

const SEVERITY_LABEL = { high: "危険", medium: "注意", low: "参考", info: "情報" } as const;

/** The report, in Japanese, with every string from the mail made safe for a terminal. */
export function formatScaffoldReport(
  result: ScaffoldResult,
  postPath: string,
  headersPath: string | null,
  bodyPath: string | null = null,
  originOwner: LookedUpFact | null = null,
): string {
  const out: string[] = [];
  const a = result.analysis;
  out.push(`下書きの記事を作りました: ${terminalSafe(postPath)}`);
  if (headersPath) out.push(`ヘッダー（受信者のアドレスなどを伏せ字にしたもの）: ${terminalSafe(headersPath)}`);
  const bodyFile =
    bodyPath ?? (headersPath && result.body ? headersPath.replace(/headers\.eml$/, result.body.fileName) : null);
  if (bodyFile)
    out.push(
      `本文（受信者のアドレスと名前を伏せ字にしたもの。記事の <MailBody> が安全に表示します）: ${terminalSafe(bodyFile)}`,
      "  ※ 会員番号や電話番号など、ほかの個人情報が残っていないか確かめてください。",
    );
  if (result.verdict) {
    out.push("", `判定         ${terminalSafe(result.verdict.headline)}（npm run analyze と /check/ と同じ判定）`);
    for (const r of result.verdict.reasons) out.push(`  ・${terminalSafe(r.text)}`);
  }
  out.push("", `タイトル案   ${terminalSafe(result.title)}`);
  out.push(
    `ブランド     ${result.brands.length > 0 ? result.brands.map((b) => `${b.id}（${b.nameJa}）`).join(", ") : "（見つかりません。frontmatter の brands に手で書いてください）"}`,
  );
  if (a) {
    out.push(`差出人       ${terminalSafe(a.summary.from?.address ?? null)}`);
    if (a.mailingList?.fromRewritten)
      out.push(
        `  元の差出人 ${terminalSafe(a.mailingList.originalFrom?.address ?? "（わかりません）")}（From はメーリングリストが「〜 via リスト名」に書き換えたもの。元の差出人は Reply-To にあります）`,
      );
    out.push(`送信元IP     ${terminalSafe(a.originIp ?? "（特定できません）")}`);
    if (originOwner)
      out.push(
        `  持ち主     ${[originOwner.owner, originOwner.country]
          .filter((x) => x)
          .map((x) => terminalSafe(x))
          .join(
            " / ",
          )}（${terminalSafe(originOwner.note ?? "")} 記事の分析には自動で表示されるので、facts に書く必要はありません）`,
      );
    if (a.mailingList)
      out.push(
        `メーリングリスト ${terminalSafe(a.mailingList.id)}（Return-Path と新しい側の Received はリストのもの。本文末尾のリストの URL は記事に入れていません）`,
      );
    for (const fact of result.facts)
      out.push(
        `調べた事実   ${terminalSafe(fact.about)}: ${[fact.owner, fact.country, fact.note]
          .filter((x) => x)
          .map((x) => terminalSafe(x))
          .join(" / ")}（${fact.checked}）`,
      );
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
    out.push("", "同じ文面の事例（本文の文章の多くが同じ既存の記事）:");
    if (result.sameTemplate.length === 0) out.push("  （見つかりません）");
    for (const m of result.sameTemplate)
      out.push(
        `  - ${terminalSafe(m.id)}（${terminalSafe(m.title)}、一致 約${Math.round(m.score * 100)}%${m.draft ? "、下書き" : ""}${m.campaign ? `、campaign: ${terminalSafe(m.campaign)}` : ""}）`,
      );
    if (result.campaign)
      out.push(
        `  → frontmatter に campaign: "${terminalSafe(result.campaign)}" を入れました。違う送り手なら消してください。`,
      );
    else if (result.sameTemplate.length > 0)
      out.push(
        "  → どの事例にも campaign がありません。同じ送り手とみるなら、両方の記事に同じ campaign を書いてください。",
      );
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
