/**
 * The one answer a reader came for (issue 18): the headline, at most three reasons (each pointing
 * to its detail below), what to do now, and what to do if they already opened or typed something.
 * Renders a {@link Verdict}; computes nothing. Sources of brand facts are named here and linked on
 * the brand's own page of this site, where the registry's sources are clickable.
 */
import type { Verdict } from "../../lib/verdict/types.ts";
import { AFTER_CLICK, REPORT } from "../../lib/verdict/advice.ts";
import { Wrappable } from "../breakdown/Wrappable.tsx";
import "./verdict.css";

interface Props {
  verdict: Verdict;
  /** Prefix of the detail sections' ids (`checker-links-0` → `checker-`, level `0`). */
  detailId: (section: string) => string;
}

const LEVEL_LABEL = {
  danger: "危険",
  caution: "注意",
  unknown: "判断できません",
  consistent: "特徴が一致",
} as const;

export function VerdictView({ verdict, detailId }: Props) {
  const { level } = verdict;
  return (
    <section
      class={`verdict verdict--${level}`}
      data-overall-verdict={level}
      aria-labelledby="verdict-headline"
      tabIndex={-1}
      id="checker-verdict"
    >
      <p class="verdict-label">
        <span class="verdict-badge">{LEVEL_LABEL[level]}</span>
        {verdict.brand && <span class="verdict-brand">「{verdict.brand.nameJa}」を名乗るメッセージ</span>}
      </p>
      <h2 id="verdict-headline" class="verdict-headline">
        {verdict.headline}
      </h2>
      {verdict.reasons.length > 0 && (
        <ul class="verdict-reasons">
          {verdict.reasons.map((r) => (
            <li class={r.positive ? "verdict-reason verdict-reason--positive" : "verdict-reason"}>
              <Wrappable text={r.text} />
              {r.source && (
                <span class="verdict-source">
                  （出典: {r.source.title}、{r.source.checked} 確認）
                </span>
              )}{" "}
              <a href={`#${detailId(r.detail)}`} class="verdict-more">
                詳しく
              </a>
            </li>
          ))}
        </ul>
      )}
      {verdict.missing && <p class="verdict-missing">{verdict.missing}</p>}
      <h3 class="verdict-subhead">いまできること</h3>
      <ul class="verdict-actions">
        {verdict.actions.map((a) => (
          <li>{a}</li>
        ))}
        {verdict.brand && (
          <li>
            <a href={`/brands/${verdict.brand.id}/`}>{verdict.brand.nameJa}の本物の連絡先と確かめ方</a>
          </li>
        )}
      </ul>
      {(level === "danger" || level === "caution") && (
        <details class="verdict-after">
          <summary>もう開いた・入力してしまったときは</summary>
          <dl>
            {AFTER_CLICK.map((item) => (
              <>
                <dt>{item.when}</dt>
                <dd>
                  {item.what}
                  <span class="verdict-source">（出典: {item.sources.map((s) => s.title).join("、")}）</span>
                </dd>
              </>
            ))}
            <dt>{REPORT.when}</dt>
            <dd>{REPORT.what}</dd>
          </dl>
          <p>
            <a href="/guide/if-you-clicked/">開いてしまったときの対処と出典の一覧</a>
          </p>
        </details>
      )}
    </section>
  );
}
