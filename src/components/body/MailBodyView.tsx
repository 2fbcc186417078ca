/**
 * The message itself, shown safely: renders the body view model (src/lib/html/) as text. There is
 * no `<a>`, no `<img>`, no style or script from the message — the model has no node for them — and
 * every link shows its visible text and, when it differs, where it really leads, both defanged.
 */
import type { BodyInline, BodyView } from "../../lib/html/view-model.ts";
import "./mail-body.css";

interface Props {
  view: BodyView;
  /** Heading above the body. */
  title?: string | undefined;
  /** Explanation under the heading. */
  note?: string | undefined;
}

function Inline({ inline }: { inline: BodyInline }) {
  switch (inline.kind) {
    case "text":
      return <>{inline.text}</>;
    case "break":
      return <br />;
    case "image":
      return <span class="mb-image">［画像: {inline.alt}］</span>;
    case "link":
      return (
        <span class="mb-link">
          <span class="mb-link-text">{inline.text === "" ? "（文字のないリンク）" : inline.text}</span>
          {inline.differs && (
            <span class="mb-link-target">
              <span class="mb-link-arrow" aria-hidden="true">
                →{" "}
              </span>
              <span class="mb-visually-hidden">実際の行き先: </span>
              <code class="notranslate">{inline.target}</code>
            </span>
          )}
        </span>
      );
  }
}

export function MailBodyView({ view, title = "メッセージの本文（安全な表示）", note }: Props) {
  return (
    <section class="mb" aria-label={title} data-pagefind-ignore="all">
      <h3 class="mb-title">{title}</h3>
      <p class="mb-note">
        {note ?? "リンクは押せない形にし、アドレスは無害化、画像と飾りは取り除いています。"}
        {view.remoteImages > 0 &&
          ` 外部の画像 ${view.remoteImages} 個は読み込んでいません（開いたことが送り主に伝わる仕掛けがあるためです）。`}
        {view.hiddenElements > 0 && ` 画面に表示されない隠し文字 ${view.hiddenElements} か所は省きました。`}
      </p>
      {/* A long body scrolls inside its box: focusable, so a keyboard can scroll it too. */}
      <div class="mb-body notranslate" translate={false} tabIndex={0} role="group" aria-label={`${title}の中身`}>
        {view.blocks.length === 0 && <p class="mb-empty">（本文に文字がありません）</p>}
        {view.blocks.map((block) => {
          const inlines = block.inlines.map((inline) => <Inline inline={inline} />);
          switch (block.kind) {
            case "heading":
              return <p class="mb-heading">{inlines}</p>;
            case "item":
              return <p class="mb-item">・{inlines}</p>;
            case "quote":
              return <blockquote class="mb-quote">{inlines}</blockquote>;
            case "pre":
              return <pre class="mb-pre">{inlines}</pre>;
            case "rule":
              return <hr class="mb-rule" />;
            default:
              return <p class="mb-p">{inlines}</p>;
          }
        })}
      </div>
      {view.truncated && <p class="mb-note">（本文が長いため、途中までを表示しています）</p>}
    </section>
  );
}
