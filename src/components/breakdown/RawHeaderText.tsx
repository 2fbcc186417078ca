/**
 * The raw header text, line for line, coloured by token kind, with flagged lines marked and the
 * author's notes beside their lines. Text only: nothing from the mail is HTML or a link.
 */
import type { BreakdownModel } from "../../lib/breakdown/model.ts";
import "./header-breakdown.css";
import "./raw-header-text.css";

/** Token kinds the stylesheet colours; the others (punctuation, plain) are written as bare text. */
const STYLED_TOKENS: ReadonlySet<string> = new Set([
  "name",
  "address",
  "ip",
  "date",
  "keyword",
  "encoded",
  "pass",
  "fail",
  "neutral",
  "masked",
  "comment",
  "quoted",
]);

export function RawHeaderText({ model }: { model: Pick<BreakdownModel, "rawLines"> }) {
  return (
    <pre class="hb-pre" tabindex={0} aria-label="メールヘッダーの原文">
      <code>
        {model.rawLines.map((line) => (
          <span class={line.flagged ? "hb-line hb-line--flagged" : "hb-line"}>
            {line.flagged && <span class="sr-only">（危険信号あり）</span>}
            {line.tokens.map((t) =>
              STYLED_TOKENS.has(t.kind) ? <span class={`hb-tk-${t.kind}`}>{t.text}</span> : t.text,
            )}
            {line.note && <span class="hb-line-note">{`← ${line.note}`}</span>}
          </span>
        ))}
      </code>
    </pre>
  );
}
