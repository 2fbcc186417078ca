/**
 * An SMS as it appeared on the phone: the sender (a number or a name), when it arrived, and the text
 * in a bubble, rendered from the safe view model (every address defanged, the reader's details masked,
 * nothing clickable). Below it, what the checker finds in it (the same analysis as /check/): the
 * verdict in one line and the tricks its words use. Renders; computes nothing.
 */
import type { BodyView } from "../../lib/html/view-model.ts";
import type { TacticFinding } from "../../lib/text/tactics/types.ts";
import type { Verdict } from "../../lib/verdict/types.ts";

interface Props {
  view: BodyView;
  sender: string;
  /** When it arrived, as the source says; undefined when it does not. */
  received: string | undefined;
  title: string;
  verdict: Verdict;
  tactics: readonly TacticFinding[];
  source: { url: string; title: string; checked: string; masked?: boolean | undefined };
}

/** The source's address as a reader reads it: without the scheme, percent-escapes decoded where valid. */
function readableUrl(url: string): string {
  let shown = url.replace(/^https?:\/\//, "");
  try {
    shown = decodeURI(shown);
  } catch {
    // A malformed escape stays as written.
  }
  return shown;
}

const VERDICT_WORD = { danger: "危険", caution: "注意", unknown: "判断できません", consistent: "特徴が一致" } as const;

export function SmsBubbleView({ view, sender, received, title, verdict, tactics, source }: Props) {
  return (
    <figure class="sms" data-pagefind-ignore="all">
      <figcaption class="sms-title">{title}</figcaption>
      <div class="sms-phone">
        <p class="sms-sender">
          <span class="sms-label">送信元</span> <span class="sms-sender-value">{sender}</span>
        </p>
        <div class="sms-bubble">
          {view.blocks.map((b) => (
            <p>
              {b.inlines.map((i) =>
                i.kind === "text" ? i.text : i.kind === "break" ? <br /> : i.kind === "link" ? i.text : i.alt,
              )}
            </p>
          ))}
        </div>
        <p class="sms-time">
          {received ? (
            <>
              <time>{received}</time> ごろ受信
            </>
          ) : (
            "受信日は出典に書かれていません"
          )}
        </p>
      </div>
      <p class={`sms-verdict sms-verdict--${verdict.level}`} data-verdict={verdict.level}>
        <a href="/check/">この SMS を調べると</a>: <strong>{VERDICT_WORD[verdict.level]}</strong>（{verdict.headline}）
      </p>
      {tactics.length > 0 && (
        <ul class="sms-tactics">
          {tactics.map((t) => (
            <li data-tactic={t.id}>
              <strong>{t.label}</strong>（「{t.words.join("」「")}」）
            </li>
          ))}
        </ul>
      )}
      <p class="sms-source">
        出典: {source.title === source.url ? "" : `${source.title}（`}
        {readableUrl(source.url)}
        {source.title === source.url ? "（" : "、"}
        {source.checked} 確認）。文面・送信元・URL はこのページが示すとおりで、アドレスは無害化しています
        {source.masked ? "。URL の一部は出典のページで伏せられていたため、伏せたままにしています" : ""}。
      </p>
    </figure>
  );
}
