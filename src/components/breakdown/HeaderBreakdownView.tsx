/**
 * The annotated header breakdown, rendered from a {@link BreakdownModel}. A Preact component so that
 * one implementation serves both the articles (rendered to static HTML at build time, no JavaScript)
 * and the reader's in-browser checker (hydrated there only). It renders text only: nothing from a mail
 * is ever inserted as HTML, and nothing is a link.
 */
import type { ComponentChildren } from "preact";
import type { BreakdownModel } from "../../lib/breakdown/model.ts";
import type { Verdict } from "../../lib/verdict/types.ts";
import { OwnerLine, OwnerSource } from "./OwnerLine.tsx";
import { Wrappable } from "./Wrappable.tsx";
import "./header-breakdown.css";

interface Props {
  model: BreakdownModel;
  /** Heading shown at the top. */
  title?: string | undefined;
  /** Level of the component's own heading; its sections use the next level. */
  headingLevel?: 2 | 3 | undefined;
  /** Say that this is an excerpt of the headers. */
  excerpt?: boolean | undefined;
  /** Whether the mail is the article's own (`own`) or one quoted for comparison (`reference`). */
  mailOrigin?: "own" | "reference" | undefined;
  /**
   * Where the raw header text has its own page (articles, to stay light): the raw text is linked,
   * and the notes on headers without a summary row are listed here instead of beside raw lines.
   */
  rawHref?: string | undefined;
  /** How many lines the raw page shows (for the link's text). */
  rawLineCount?: number | undefined;
  /** The checker's verdict on the same file, shown in one line (articles; the checker shows its own). */
  verdict?: Verdict | undefined;
  /**
   * The checker's view: each technical word explained in one plain line where it first appears, and
   * domains wrapping only at dots.
   */
  explain?: boolean | undefined;
  /**
   * The raw header text, coloured (`<RawHeaderText>`, which the checker passes). Without it the raw
   * text is shown plain: its colours' stylesheet stays out of articles, which link the raw text instead.
   */
  raw?: ComponentChildren;
}

/** One-line plain explanations of the words the breakdown uses (issue 20), keyed by header or section. */
const GLOSSARY: Readonly<Record<string, string>> = {
  From: "受信したときに差出人として表示される欄。名前もアドレスも送り手が自由に書けます。",
  "Return-Path": "届かなかったときの戻り先（envelope-from）。これも送り手が決めます。",
  "Reply-To": "返信ボタンを押したときの宛先。",
  "Message-ID": "送ったプログラムがメールに付ける番号。送り手が自由に付けられます。",
  auth: "受信したサーバーが「このメールは本当に差出人のドメインから送られたか」を確かめた結果です。SPF は送ったサーバー、DKIM は電子署名、DMARC はその二つと差出人のドメインが一致するかを見ます。",
  route:
    "Received は、メールが通ったサーバーがそれぞれ書き足す記録です。いちばん古いものが送り出した側に近く、偽造されやすいのもそこです。ESMTPS などはサーバー間の送り方の名前で、S は暗号化ありという意味です。",
};

const VERDICT_WORD = { danger: "危険", caution: "注意", unknown: "判断できません", consistent: "特徴が一致" } as const;

export function HeaderBreakdownView({
  model,
  title = "メールヘッダーの分析",
  headingLevel = 2,
  excerpt = false,
  mailOrigin,
  rawHref,
  rawLineCount,
  verdict,
  explain = false,
  raw,
}: Props) {
  const gloss = (key: string) => (explain && GLOSSARY[key] ? <span class="hb-gloss">{GLOSSARY[key]}</span> : null);
  // In the checker, domains and addresses wrap only at dots (a phone's narrow screen); articles keep plain text.
  const W = ({ text }: { text: string }) => (explain ? <Wrappable text={text} /> : <>{text}</>);
  const H = `h${headingLevel}` as "h2" | "h3";
  // A mailing list's own hops after the origin say nothing about the sender: one line for all.
  const listLeg = model.hops.filter((h) => h.listLeg);
  const Sub = `h${headingLevel + 1}` as "h3" | "h4";
  return (
    <section class="hb" aria-label={title} data-pagefind-ignore="all" data-mail-origin={mailOrigin}>
      <H class="hb-title">
        {title}
        {excerpt && <span class="hb-excerpt">（抜粋）</span>}
      </H>
      {verdict && (
        <p class={`hb-verdict hb-verdict--${verdict.level}`} data-verdict={verdict.level}>
          <a href="/check/">このメールを調べると</a>: <strong>{VERDICT_WORD[verdict.level]}</strong>（{verdict.headline}
          ）
        </p>
      )}
      {model.redactionNotice && (
        <p class="hb-redaction" role="note">
          {model.redactionNotice}
        </p>
      )}

      {model.brandClaims.length > 0 && (
        <div class="hb-claims">
          {model.brandClaims.map((c) => (
            <section class="hb-claim" data-brand={c.brandId}>
              <p class="hb-claim-headline">
                <strong>{c.headline}</strong>
              </p>
              <p class="hb-claim-where">{c.where}</p>
              <p class={`hb-claim-line hb-claim-line--${c.sender.tone}`}>{c.sender.text}</p>
              {c.links && <p class={`hb-claim-line hb-claim-line--${c.links.tone}`}>{c.links.text}</p>}
            </section>
          ))}
        </div>
      )}

      <Sub class="hb-h">件名と差出人</Sub>
      <dl class="hb-summary">
        <div class="hb-row">
          <dt>件名（Subject）</dt>
          <dd>
            {model.subject === null ? (
              <span class="hb-absent">なし</span>
            ) : (
              <span class="hb-value">{model.subject}</span>
            )}
            {model.subjectSpamTag && (
              <span class="hb-detail">先頭の「{model.subjectSpamTag}」は受信側のフィルターが付けた印です</span>
            )}
            {model.subjectNote && <Note text={model.subjectNote} />}
          </dd>
        </div>
        {model.summary.map((row) => (
          <div class={`hb-row hb-row--${row.status}`} data-header={row.header}>
            <dt>
              {row.label}
              {gloss(row.header)}
            </dt>
            <dd>
              {row.value === null ? (
                <span class="hb-absent">なし</span>
              ) : (
                <span class="hb-value">
                  <W text={row.value} />
                </span>
              )}
              {row.detail && <span class="hb-detail">{row.detail}</span>}
              {row.statusText && (
                <span class={`hb-status hb-status--${row.status}`}>
                  <span aria-hidden="true">{row.status === "different" ? "⚠ " : ""}</span>
                  {row.statusText}
                </span>
              )}
              {row.note && <Note text={row.note} />}
            </dd>
          </div>
        ))}
      </dl>

      <Sub class="hb-h">危険信号</Sub>
      {model.flags.length === 0 ? (
        <p>自動チェックで見つかった危険信号はありません。それでも本物とは限りません。</p>
      ) : (
        <ul class="hb-flags">
          {model.flags.map((f) => (
            <li class={`hb-flag hb-flag--${f.severity}`} data-flag={f.id}>
              <span class={`hb-badge hb-badge--${f.severity}`}>{f.severityLabel}</span>
              <span class="hb-flag-message">{f.message}</span>
              {f.note && <Note text={f.note} />}
            </li>
          ))}
        </ul>
      )}
      {model.hiddenFlagCount > 0 && (
        <p class="hb-detail">（抜粋のため当てはまらない自動チェック {model.hiddenFlagCount} 件は省いています）</p>
      )}

      <Sub class="hb-h">送信元の認証（SPF・DKIM・DMARC）</Sub>
      {explain && <p class="hb-gloss">{GLOSSARY["auth"]}</p>}
      <ul class="hb-auth">
        {model.auth.map((a) => (
          <li class={`hb-auth-item hb-tone--${a.tone}`}>
            <span class="hb-auth-method">{a.method}</span>
            <span class="hb-auth-result">
              <span aria-hidden="true">
                {a.tone === "pass" ? "✓ " : a.tone === "fail" ? "✗ " : a.tone === "missing" ? "－ " : "△ "}
              </span>
              {a.label}
              {a.result && <span class="hb-auth-word">（{a.result}）</span>}
            </span>
            {a.detail && <span class="hb-detail">{a.detail}</span>}
          </li>
        ))}
      </ul>
      <p class="hb-detail">{model.authNote}</p>

      <Sub class="hb-h">メールがたどった経路（古い順）</Sub>
      {explain && <p class="hb-gloss">{GLOSSARY["route"]}</p>}
      {model.hops.length === 0 ? (
        <p>Received ヘッダーがありません。</p>
      ) : (
        <ol class="hb-hops">
          {model.hops
            .filter((h) => !h.listLeg)
            .map((h) => (
              <li class={h.isOrigin ? "hb-hop hb-hop--origin" : "hb-hop"}>
                <div class="hb-hop-route">
                  <span class="hb-hop-from">
                    <W text={h.from ?? "（不明）"} />
                  </span>
                  {h.ip && <span class={h.isOrigin ? "hb-ip hb-ip--origin" : "hb-ip"}>{h.ip}</span>}
                  <span class="hb-arrow" aria-label="から">
                    →
                  </span>
                  <span class="hb-hop-by">
                    <W text={h.by ?? "（不明）"} />
                  </span>
                  {h.with && <span class="hb-detail">{h.with}</span>}
                </div>
                {h.owner && <OwnerLine owner={h.owner} />}
                {h.isOrigin && (
                  <p class="hb-origin-label">
                    この中継の IP アドレス {h.ip} が送信元（最初に送り出したサーバー）とみられます
                  </p>
                )}
                <div class="hb-hop-time">
                  {h.time && <span>{h.time}</span>}
                  {h.delay && <span class="hb-detail">前の中継から {h.delay}</span>}
                  {h.anomalies.map((a) => (
                    <span class="hb-anomaly">
                      <span aria-hidden="true">⚠ </span>
                      {a}
                    </span>
                  ))}
                </div>
              </li>
            ))}
          {listLeg.length > 0 && (
            <li class="hb-hop hb-hop--list">
              <span class="hb-list-tag">リストの配信</span> {listLeg.map((h) => h.by ?? "（不明）").join(" → ")}
              <p class="hb-list-note">
                この {listLeg.length} 件の中継は、メーリングリスト {model.mailingList}{" "}
                が受け取ったメールを受信者に配り直したときのものです（送り主とは関係ありません）。
              </p>
            </li>
          )}
        </ol>
      )}
      <p class="hb-origin-summary">
        送信元 IP アドレス:{" "}
        {model.originIp ? (
          <strong class="hb-ip hb-ip--origin">{model.originIp}</strong>
        ) : (
          <span class="hb-absent">特定できません</span>
        )}
      </p>
      {/* The origin hop above shows its owner already; say it here only when no hop does. */}
      {model.originOwner && !model.hops.some((h) => h.isOrigin && h.owner) && <OwnerLine owner={model.originOwner} />}
      {model.ownerSource && <OwnerSource source={model.ownerSource} />}
      {model.ownerNotice && (
        <p class="hb-detail hb-owner-notice" role="note">
          {model.ownerNotice}
        </p>
      )}

      {model.facts.length > 0 && (
        <>
          <Sub class="hb-h">調べてわかったこと</Sub>
          <ul class="hb-facts">
            {model.facts.map((f) => (
              <li>
                <span class="hb-fact-about">{f.about}</span>
                <ul>
                  {f.lines.map((l) => (
                    <li>{l}</li>
                  ))}
                </ul>
                <span class="hb-detail">{f.checked}</span>
              </li>
            ))}
          </ul>
        </>
      )}

      {rawHref ? (
        <>
          {model.otherNotes.length > 0 && (
            <>
              <Sub class="hb-h">ヘッダーの解説</Sub>
              <dl class="hb-other-notes">
                {model.otherNotes.map((n) => (
                  <div data-header={n.header}>
                    <dt>{n.header}</dt>
                    <dd>{n.note}</dd>
                  </div>
                ))}
              </dl>
            </>
          )}
          <p class="hb-raw-link">
            <a href={rawHref}>ヘッダーの原文{rawLineCount ? `（全 ${rawLineCount} 行）` : ""}を見る</a>
          </p>
        </>
      ) : (
        <details class="hb-raw" open>
          <summary>ヘッダーの原文{excerpt ? "（抜粋）" : ""}</summary>
          {raw ?? (
            <pre class="hb-pre" tabindex={0} aria-label="メールヘッダーの原文">
              <code>
                {model.rawLines.map((line) => (
                  <span class="hb-line">
                    {line.tokens.map((t) => t.text).join("")}
                    {line.note && `  ← ${line.note}`}
                  </span>
                ))}
              </code>
            </pre>
          )}
          {model.rawLinesOmitted > 0 && (
            <p class="hb-omitted">
              主なヘッダーだけを載せています（ほかの {model.rawLinesOmitted}{" "}
              行は省略。上の分析はすべての行から行っています）。
            </p>
          )}
        </details>
      )}
    </section>
  );
}

function Note({ text }: { text: string }) {
  return (
    <span class="hb-note">
      <span class="hb-note-label">解説</span>
      {text}
    </span>
  );
}
