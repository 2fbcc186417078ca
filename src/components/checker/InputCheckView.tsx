/**
 * What the checker found for one input, in the order a worried reader needs it (issue 20): the
 * verdict first; then what the message claims to be, where its links really go, who really sent it
 * and the tricks its words use; then the expert sections (the header breakdown with the route and
 * authentication, the message itself, attachments), collapsed on phones. Renders the plain data of
 * the analysis (src/lib/analysis/view.ts); computes nothing.
 */
import type { AnalysisView } from "../../lib/analysis/view.ts";
import { useEffect, useState } from "preact/hooks";
import { SafeLinkView } from "../breakdown/SafeLinkView.tsx";
import { Wrappable } from "../breakdown/Wrappable.tsx";
import { VerdictView } from "./VerdictView.tsx";

export interface CaseLink {
  title: string;
  path: string;
}

interface Props {
  result: AnalysisView;
  /** Cases of the casebook by brand id (only brands that have one). */
  casesByBrand: Record<string, CaseLink[]>;
  /** Open the expert sections (a wide screen has room for them). */
  expertOpen: boolean;
  /** Nesting level for a forwarded original (0 for what the reader gave). */
  level?: number;
}

const KIND_TEXT: Record<AnalysisView["kind"], string> = {
  mail: "メール全体（ヘッダーと本文）",
  headers: "メールのヘッダー",
  text: "SMS・メッセージなどの文面",
  urls: "URL",
  sender: "差出人",
  msg: "Outlook のメール（.msg ファイル）",
  binary: "ファイル",
  empty: "空の入力",
};

const SEVERITY_LABEL = { high: "危険", medium: "注意", low: "要確認", info: "参考" } as const;

const FORWARD_TEXT = {
  attachment: "添付されていたメール",
  "msg-attachment": "Outlook のメールの中に添付されていたメール",
  inline: "本文の中に転送されていた元のメール",
} as const;

type ExpertViews = typeof import("./expert-views.ts");
/** The expert views' module, imported once for the page's life. */
let expertViews: Promise<ExpertViews> | undefined;

/**
 * The expert views, imported after the first render (the verdict is then on screen); null until
 * they are there, "failed" when they cannot be loaded now. Offline, the import is not even tried (a
 * module import that fails stays failed for the page's life): it is when the browser is back online.
 */
function useExpertViews(needed: boolean): ExpertViews | null | "failed" {
  const [views, setViews] = useState<ExpertViews | null | "failed">(null);
  useEffect(() => {
    if (!needed || (views !== null && views !== "failed")) return;
    let live = true;
    const load = () => {
      expertViews ??= import("./expert-views.ts");
      expertViews.then(
        (m) => live && setViews(m),
        () => live && setViews("failed"),
      );
    };
    if (navigator.onLine || expertViews) load();
    else setViews("failed");
    addEventListener("online", load);
    return () => {
      live = false;
      removeEventListener("online", load);
    };
  }, [needed, views === null || views === "failed"]);
  return views;
}

function ExpertPending({ views }: { views: "failed" | null }) {
  return (
    <p class="hb-detail">
      {views === "failed"
        ? "詳しい表示を読み込めませんでした（オフラインかもしれません）。上の判定はそのまま使えます。"
        : "詳しい表示を読み込んでいます…"}
    </p>
  );
}

export function InputCheckView({ result, casesByBrand, expertOpen, level = 0 }: Props) {
  const views = useExpertViews(result.problem === null && (result.mail !== null || result.body !== null));
  const id = (name: string) => `checker-${name}-${level}`;
  /** Section names of a forwarded original say so, so that no two regions share a name. */
  const prefix = level === 0 ? "" : level === 1 ? "元のメールの" : `転送 ${level} 段目のメールの`;
  const named = (name: string) => `${prefix}${name}`;
  if (result.problem !== null)
    return (
      <p class="checker-empty checker-problem" data-overall-verdict="unknown" tabIndex={-1} id="checker-verdict">
        {result.problem}
      </p>
    );
  const claimed = result.claimedBrands;
  const hasTextFlags = result.kind === "text" || result.kind === "urls" || result.body !== null;
  return (
    <div class={level === 0 ? "checker-result" : "checker-result checker-result--inner"}>
      {level === 0 && (
        <VerdictView
          verdict={result.verdict}
          detailId={(section) => (section === "headers" ? id("sender") : id(section))}
        />
      )}

      {result.caseMatch && (
        <section
          class="checker-case"
          aria-labelledby={id("case-h")}
          id={id("case")}
          data-case-match={result.caseMatch.path}
        >
          <h2 id={id("case-h")}>図鑑の事例と同じ文面です</h2>
          <p>
            この文面は、図鑑の事例「<a href={result.caseMatch.path}>{result.caseMatch.title}</a>
            」と同じ文面です（会社名や
            URL、番号だけを変えたものを含みます）。事例のページで、どこが偽物なのかを確かめられます。
          </p>
        </section>
      )}

      {claimed.length > 0 && (
        <section class="checker-brands" aria-labelledby={id("brands-h")} id={id("brand")}>
          <h2 id={id("brands-h")}>{named("名乗っているブランド")}</h2>
          {claimed.map((b) => (
            <div class="checker-brand">
              <p>
                <strong>{b.nameJa}</strong>（{b.nameEn}）を名乗っています。{" "}
                {b.mailDomains.length > 0 && (
                  <>
                    本物のメールの送信元は <Wrappable text={b.mailDomains.join("、")} />{" "}
                    です（差出人は偽装できます）。{" "}
                  </>
                )}
                <a href={`/brands/${b.id}/`}>{b.nameJa}の本物の連絡先と確かめ方</a>
              </p>
              {(casesByBrand[b.id] ?? []).length > 0 && (
                <ul>
                  {(casesByBrand[b.id] ?? []).map((c) => (
                    <li>
                      <a href={c.path}>{c.title}</a>
                    </li>
                  ))}
                </ul>
              )}
            </div>
          ))}
        </section>
      )}

      {result.kind !== "headers" && result.kind !== "sender" && (
        <section aria-labelledby={id("links-h")} id={id("links")}>
          <h2 id={id("links-h")}>{named(result.kind === "urls" ? "URL の本当の行き先" : "リンクの本当の行き先")}</h2>
          {result.links.length === 0 ? (
            <p>URL は見つかりませんでした。</p>
          ) : (
            result.links.map((model) => (
              <SafeLinkView model={model} caption="書かれていた URL（無害化して表示）" wrap />
            ))
          )}
          {result.linksOmitted > 0 && <p class="hb-detail">ほかに {result.linksOmitted} 個の URL がありました。</p>}
        </section>
      )}

      {result.sender && !result.mail && (
        <section aria-labelledby={id("sender-h")} id={id("sender")}>
          <h2 id={id("sender-h")}>{named("差出人")}</h2>
          <p>
            <Wrappable text={result.sender.line} />
          </p>
          <p class="hb-detail">
            {result.sender.phone
              ? "SMS の送信元の番号や名前は、偽装されることがあります。"
              : "差出人の名前は誰でも自由に書けます。"}
          </p>
        </section>
      )}

      {result.tactics.length > 0 && (
        <section aria-labelledby={id("tactics-h")} id={id("tactics")}>
          <h2 id={id("tactics-h")}>{named("詐欺によくある口実")}</h2>
          <ul class="checker-tactics">
            {result.tactics.map((t) => (
              <li data-tactic={t.id}>
                <strong>{t.label}</strong>（文中の「{t.words.join("」「")}」）。{t.explanation}
              </li>
            ))}
          </ul>
        </section>
      )}

      {hasTextFlags && result.textFlags.length > 0 && (
        <section aria-labelledby={id("text-h")}>
          <h2 id={id("text-h")}>{named("文面とリンクの危険信号")}</h2>
          <ul class="hb-flags">
            {result.textFlags.map((f) => (
              <li class={`hb-flag hb-flag--${f.severity}`} data-flag={f.id}>
                <span class={`hb-badge hb-badge--${f.severity}`}>{SEVERITY_LABEL[f.severity]}</span>
                <span class="hb-flag-message">
                  <Wrappable text={f.message} />
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}

      {result.mail && (
        <details class="checker-expert" id={id("sender")} open={expertOpen || level > 0}>
          <summary>
            {named("送った人とメールの経路（ヘッダーの分析）")}
            <span class="checker-expert-hint">差出人・返送先・経路・送信元の認証</span>
          </summary>
          {views === null || views === "failed" ? (
            <ExpertPending views={views} />
          ) : (
            <views.HeaderBreakdownView
              model={result.mail.breakdown}
              title={level === 0 ? "あなたのメールのヘッダー分析" : named("ヘッダー分析")}
              explain
              raw={<views.RawHeaderText model={result.mail.breakdown} />}
            />
          )}
          {result.headersFromItem && (
            <p class="hb-detail">
              （このヘッダーは配送の記録ではなく、メールや貼り付けた文面に書かれていた差出人・件名などから作ったものです）
            </p>
          )}
          {result.mail.rawLinesOmitted > 0 && (
            <p class="hb-detail">
              （ヘッダーの原文は長いため、先頭の部分だけを表示しています。残り {result.mail.rawLinesOmitted}{" "}
              行は省略しました）
            </p>
          )}
        </details>
      )}

      {result.attachments.length > 0 && (
        <section aria-labelledby={id("att-h")}>
          <h2 id={id("att-h")}>{named("添付ファイル")}</h2>
          <p>添付ファイルは開かないでください。このページでも中身は開かず、名前と種類だけを表示しています。</p>
          <ul>
            {result.attachments.map((a) => (
              <li>
                <code>{a.filename ?? "（名前なし）"}</code>（{a.contentType}）
              </li>
            ))}
          </ul>
        </section>
      )}

      {result.body && (
        <details class="checker-expert" open={expertOpen || level > 0}>
          <summary>{named("メッセージの本文（安全な表示）")}</summary>
          {views === null || views === "failed" ? (
            <ExpertPending views={views} />
          ) : (
            <views.MailBodyView view={result.body} title={named("メッセージの本文（安全な表示）")} />
          )}
        </details>
      )}

      <details class="checker-scope">
        <summary>{named("調べたこと・調べられなかったこと")}</summary>
        <p>
          {level === 0 ? "入力は" : "このメールは"}「{KIND_TEXT[result.kind]}」として調べました。
        </p>
        <ul>
          {result.analysed.map((line) => (
            <li>調べた: {line}</li>
          ))}
          {result.notChecked.map((line) => (
            <li class="checker-not-checked">調べられなかった: {line}</li>
          ))}
        </ul>
      </details>

      {result.forwarded && (
        <section class="checker-forwarded" aria-labelledby={id("fwd-h")}>
          <h2 id={id("fwd-h")}>{level === 0 ? "転送された元のメール" : `${prefix}中に転送されていたメール`}</h2>
          <p class="checker-forward-note">
            {FORWARD_TEXT[result.forwarded.how]}
            {result.forwarded.filename ? `（${result.forwarded.filename}）` : ""}
            を見つけたので、その中身も調べました。上の判定は、この元のメールについてのものです。
            <strong>
              転送したメールのヘッダーは、転送した人とそのメールサーバーの記録で、元の差出人のものではありません。
            </strong>
          </p>
          <InputCheckView
            result={result.forwarded.inner}
            casesByBrand={casesByBrand}
            expertOpen={expertOpen}
            level={level + 1}
          />
        </section>
      )}
    </div>
  );
}
