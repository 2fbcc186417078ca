/**
 * A safe preview of a suspicious URL: defanged, taken apart and judged. Text only — no `<a>`, no
 * `href`, nothing focusable as a link — and selectable so the defanged form can be copied.
 */
import type { LinkPreviewModel } from "../../lib/breakdown/link-preview.ts";
import { Wrappable } from "./Wrappable.tsx";
import "./safe-link.css";

interface Props {
  model: LinkPreviewModel;
  /** The author's note about this URL. */
  note?: string | undefined;
  /** A caption such as 「本文の URL」. */
  caption?: string | undefined;
  /** Let addresses wrap only at dots and slashes (the checker, on a phone's narrow screen). */
  wrap?: boolean | undefined;
}

/** No tick for an official domain: a message's author chooses its links (issue 20). */
const toneMark = { official: "", danger: "✗", warn: "△" } as const;

export function SafeLinkView({
  model,
  note,
  caption = "メールに書かれていた URL（無害化して表示）",
  wrap = false,
}: Props) {
  const W = ({ text }: { text: string }) => (wrap ? <Wrappable text={text} /> : <>{text}</>);
  return (
    <figure class={`sl sl--${model.verdictTone}`} data-verdict={model.verdictKind} data-pagefind-ignore="all">
      <figcaption class="sl-caption">{caption}</figcaption>
      <code class="sl-url notranslate">
        <W text={model.defanged} />
      </code>
      <p class="sl-verdict">
        <span class={`sl-badge sl-badge--${model.verdictTone}`}>
          <span aria-hidden="true">{toneMark[model.verdictTone]} </span>
          判定: {model.verdictLabel}
          {model.brandName && `（${model.brandName}）`}
        </span>
      </p>
      <ul class="sl-reasons">
        {model.reasons.map((r) => (
          <li>
            <W text={r} />
          </li>
        ))}
        {model.idnNotes.map((r) => (
          <li>{r}</li>
        ))}
      </ul>
      {model.parts.length > 0 && (
        <dl class="sl-parts">
          {model.parts.map((p) => (
            <div class="sl-part">
              <dt>{p.label}</dt>
              <dd>
                <code class="notranslate">
                  <W text={p.value} />
                </code>
                {p.hint && <span class="sl-hint">{p.hint}</span>}
              </dd>
            </div>
          ))}
        </dl>
      )}
      {note && (
        <p class="sl-note">
          <span class="sl-note-label">解説</span>
          {note}
        </p>
      )}
      <p class="sl-advice">{model.advice}</p>
    </figure>
  );
}
