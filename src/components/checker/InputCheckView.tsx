/**
 * What the checker found for one input: what it analysed and what it could not check, the brand
 * claimed, the red flags of the text, the header breakdown (when there are headers), every address as
 * a safe preview, the attachments, the message itself in the safe view, and a forwarded original.
 * Renders the plain data of `checkInput()`; computes nothing.
 */
import type { AnalysisView } from "../../lib/analysis/index.ts";
import type { Brand } from "../../lib/brand.ts";
import { MailBodyView } from "../body/MailBodyView.tsx";
import { HeaderBreakdownView } from "../breakdown/HeaderBreakdownView.tsx";
import { SafeLinkView } from "../breakdown/SafeLinkView.tsx";
import { VerdictView } from "./VerdictView.tsx";

export interface CaseLink {
  title: string;
  path: string;
}

interface Props {
  result: AnalysisView;
  brands: Brand[];
  casesByBrand: Record<string, CaseLink[]>;
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

const SEVERITY_LABEL = { high: "危険", medium: "注意", low: "参考", info: "情報" } as const;

const FORWARD_TEXT = {
  attachment: "添付されていたメール",
  "msg-attachment": "Outlook のメールの中に添付されていたメール",
  inline: "本文の中に転送されていた元のメール",
} as const;

export function InputCheckView({ result, brands, casesByBrand, level = 0 }: Props) {
  const id = (name: string) => `checker-${name}-${level}`;
  /** Section names of a forwarded original say so, so that no two regions share a name. */
  const prefix = level === 0 ? "" : level === 1 ? "元のメールの" : `転送 ${level} 段目のメールの`;
  const named = (name: string) => `${prefix}${name}`;
  if (result.problem !== null)
    return (
      <p class="checker-empty checker-problem" data-overall-verdict="unknown">
        {result.problem}
      </p>
    );
  const claimed = result.claimedBrandIds.flatMap((bid) => brands.find((b) => b.id === bid) ?? []);
  const hasTextAnalysis = result.kind === "text" || result.kind === "urls" || result.body !== null;
  return (
    <div class={level === 0 ? "checker-result" : "checker-result checker-result--inner"}>
      {level === 0 && (
        <VerdictView
          verdict={result.verdict}
          detailId={(section) => (section === "headers" ? id("sender") : id(section))}
        />
      )}
      <section class="checker-scope" aria-labelledby={id("scope-h")}>
        <h2 id={id("scope-h")}>{named("調べたもの")}</h2>
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
      </section>

      {claimed.length > 0 && (
        <section class="checker-brands" aria-labelledby={id("brands-h")} id={id("brand")}>
          <h2 id={id("brands-h")}>{named("名乗っているブランド")}</h2>
          {claimed.map((b) => (
            <div class="checker-brand">
              <p>
                <strong>{b.nameJa}</strong>（{b.nameEn}）を名乗っています。{" "}
                {b.mailDomains.length > 0 && (
                  <>本物のメールの送信元は {b.mailDomains.join("、")} です（差出人は偽装できます）。 </>
                )}
                <a href={`/brands/${b.id}/`}>{b.nameJa}の本物のドメインと確かめ方</a>
              </p>
              {(casesByBrand[b.id] ?? []).length > 0 ? (
                <ul>
                  {(casesByBrand[b.id] ?? []).map((c) => (
                    <li>
                      <a href={c.path}>{c.title}</a>
                    </li>
                  ))}
                </ul>
              ) : (
                <p>このブランドを装った事例の記事はまだありません。</p>
              )}
            </div>
          ))}
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

      {hasTextAnalysis && (
        <section aria-labelledby={id("text-h")}>
          <h2 id={id("text-h")}>{named("文面の危険信号")}</h2>
          {result.textFlags.length === 0 ? (
            <p>
              {result.kind === "urls"
                ? "URL の判定は下のとおりです。"
                : result.tactics.length > 0
                  ? "リンクについての危険信号は見つかりませんでした。文面の口実は上のとおりです。"
                  : "文面の自動チェックでは、詐欺によくある口実は見つかりませんでした。それでも本物とは限りません。"}
            </p>
          ) : (
            <ul class="hb-flags">
              {result.textFlags.map((f) => (
                <li class={`hb-flag hb-flag--${f.severity}`} data-flag={f.id}>
                  <span class={`hb-badge hb-badge--${f.severity}`}>{SEVERITY_LABEL[f.severity]}</span>
                  <span class="hb-flag-message">{f.message}</span>
                </li>
              ))}
            </ul>
          )}
        </section>
      )}

      {result.mail && (
        <div id={id("sender")}>
          <HeaderBreakdownView
            model={result.mail.breakdown}
            title={level === 0 ? "あなたのメールのヘッダー分析" : named("ヘッダー分析")}
          />
          {result.headersFromItem && (
            <p class="hb-detail">
              （このヘッダーは配送の記録ではなく、メールに書かれていた差出人・件名などから作ったものです）
            </p>
          )}
          {result.mail.rawLinesOmitted > 0 && (
            <p class="hb-detail">
              （ヘッダーの原文は長いため、先頭の部分だけを表示しています。残り {result.mail.rawLinesOmitted}{" "}
              行は省略しました）
            </p>
          )}
        </div>
      )}

      {result.kind !== "headers" && (
        <section aria-labelledby={id("links-h")} id={id("links")}>
          <h2 id={id("links-h")}>{named(result.kind === "urls" ? "URL の判定" : "本文の URL")}</h2>
          {result.links.length === 0 ? (
            <p>URL は見つかりませんでした。</p>
          ) : (
            result.links.map((model) => <SafeLinkView model={model} caption="書かれていた URL（無害化して表示）" />)
          )}
          {result.linksOmitted > 0 && <p class="hb-detail">ほかに {result.linksOmitted} 個の URL がありました。</p>}
        </section>
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

      {result.body && <MailBodyView view={result.body} title={named("メッセージの本文（安全な表示）")} />}

      {result.forwarded && (
        <section class="checker-forwarded" aria-labelledby={id("fwd-h")}>
          <h2 id={id("fwd-h")}>{level === 0 ? "転送された元のメール" : `${prefix}中に転送されていたメール`}</h2>
          <p class="checker-forward-note">
            {FORWARD_TEXT[result.forwarded.how]}
            {result.forwarded.filename ? `（${result.forwarded.filename}）` : ""}
            を見つけたので、その中身も調べました。
            <strong>
              転送したメールのヘッダーは、転送した人とそのメールサーバーの記録で、元の差出人のものではありません。
            </strong>
            元の差出人を確かめるには、下の結果を見てください。
          </p>
          <InputCheckView
            result={result.forwarded.inner}
            brands={brands}
            casesByBrand={casesByBrand}
            level={level + 1}
          />
        </section>
      )}
    </div>
  );
}
