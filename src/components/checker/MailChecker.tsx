/**
 * 「自分のメールを調べる」: the reader pastes headers or drops an .eml, and sees the same breakdown and
 * link previews as the articles. Everything happens in this browser: the analysis runs in a Web
 * Worker loaded with the page, and nothing is sent anywhere.
 */
import { useEffect, useRef, useState } from "preact/hooks";
import type { Brand } from "../../lib/brand.ts";
import type { CheckResult } from "../../lib/checker/check-mail.ts";
import { HeaderBreakdownView } from "../breakdown/HeaderBreakdownView.tsx";
import { SafeLinkView } from "../breakdown/SafeLinkView.tsx";
import type { CheckerRequest, CheckerResponse } from "./check-mail.worker.ts";

export interface CaseLink {
  title: string;
  path: string;
}

interface Props {
  brands: Brand[];
  casesByBrand: Record<string, CaseLink[]>;
  /** Largest file accepted, in bytes. */
  maxBytes?: number;
}

type Status =
  | { kind: "idle" }
  | { kind: "working" }
  | { kind: "done"; result: CheckResult; source: string }
  | { kind: "error"; message: string };

export default function MailChecker({ brands, casesByBrand, maxBytes = 10 * 1024 * 1024 }: Props) {
  const [text, setText] = useState("");
  const [status, setStatus] = useState<Status>({ kind: "idle" });
  const [dragging, setDragging] = useState(false);
  const worker = useRef<Worker | null>(null);
  const lastId = useRef(0);
  const source = useRef("");

  useEffect(() => {
    // Created as soon as the page is ready, so the checker keeps working offline afterwards.
    const w = new Worker(new URL("./check-mail.worker.ts", import.meta.url), {
      type: "module",
      name: "sagimail-checker",
    });
    w.postMessage({ type: "brands", brands } satisfies CheckerRequest);
    w.onmessage = (event: MessageEvent<CheckerResponse>) => {
      const message = event.data;
      if (message.id !== lastId.current) return; // an older request
      setStatus(
        message.type === "result"
          ? { kind: "done", result: message.result, source: source.current }
          : { kind: "error", message: message.message },
      );
    };
    worker.current = w;
    return () => w.terminate();
  }, [brands]);

  function check(input: string | Uint8Array, from: string) {
    if ((typeof input === "string" ? input.trim() : input.length) === 0) {
      setStatus({ kind: "idle" });
      return;
    }
    lastId.current += 1;
    source.current = from;
    setStatus({ kind: "working" });
    worker.current?.postMessage({ type: "check", id: lastId.current, input } satisfies CheckerRequest);
  }

  async function readFile(file: File) {
    if (file.size > maxBytes) {
      setStatus({
        kind: "error",
        message: `ファイルが大きすぎます（${Math.round(file.size / 1024 / 1024)} MB）。${Math.round(maxBytes / 1024 / 1024)} MB までのファイルを選んでください。`,
      });
      return;
    }
    const bytes = new Uint8Array(await file.arrayBuffer());
    setText("");
    check(bytes, `ファイル「${file.name}」`);
  }

  return (
    <div class="checker">
      <form
        class="checker-form"
        onSubmit={(e) => {
          e.preventDefault();
          check(text, "貼り付けた内容");
        }}
      >
        <label for="checker-input" class="checker-label">
          メールのヘッダー（またはメール全体）を貼り付けてください
        </label>
        <textarea
          id="checker-input"
          class={dragging ? "checker-input checker-input--drop" : "checker-input"}
          rows={10}
          spellcheck={false}
          autocomplete="off"
          aria-describedby="checker-help"
          placeholder={"Received: from …\nFrom: …\nSubject: …"}
          value={text}
          onInput={(e) => setText(e.currentTarget.value)}
          onDragOver={(e) => {
            e.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={(e) => {
            e.preventDefault();
            setDragging(false);
            const file = e.dataTransfer?.files[0];
            if (file) void readFile(file);
          }}
        />
        <p id="checker-help" class="checker-help">
          .eml ファイルをこの欄にドラッグ＆ドロップするか、下のボタンで選ぶこともできます。
        </p>
        <div class="checker-actions">
          <button type="submit">調べる</button>
          <label class="checker-file">
            <span>.eml ファイルを選ぶ</span>
            <input
              type="file"
              accept=".eml,.txt,message/rfc822,text/plain"
              onChange={(e) => {
                const file = e.currentTarget.files?.[0];
                if (file) void readFile(file);
                e.currentTarget.value = "";
              }}
            />
          </label>
          <button
            type="button"
            class="checker-clear"
            onClick={() => {
              setText("");
              setStatus({ kind: "idle" });
            }}
          >
            消去
          </button>
        </div>
      </form>

      <div class="checker-status" role="status" aria-live="polite">
        {status.kind === "working" && "調べています…"}
        {status.kind === "done" && `${status.source}を調べました。結果は下に表示しています。`}
        {status.kind === "error" && status.message}
      </div>

      {status.kind === "done" && <CheckResultView result={status.result} brands={brands} casesByBrand={casesByBrand} />}
    </div>
  );
}

function CheckResultView({
  result,
  brands,
  casesByBrand,
}: {
  result: CheckResult;
  brands: Brand[];
  casesByBrand: Record<string, CaseLink[]>;
}) {
  if (result.looksEmpty) {
    return (
      <p class="checker-empty">
        メールのヘッダーが見つかりませんでした。「Received:」や「From:」で始まる行を含めて貼り付けてください。
      </p>
    );
  }
  const claimed = result.claimedBrandIds.flatMap((id) => brands.find((b) => b.id === id) ?? []);
  return (
    <div class="checker-result">
      {claimed.length > 0 && (
        <section class="checker-brands" aria-labelledby="checker-brands-h">
          <h2 id="checker-brands-h">このメールが名乗っているブランド</h2>
          {claimed.map((b) => (
            <div class="checker-brand">
              <p>
                <strong>{b.nameJa}</strong>（{b.nameEn}）を名乗っています。{" "}
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
      <HeaderBreakdownView model={result.breakdown} title="あなたのメールのヘッダー分析" />
      {result.rawLinesOmitted > 0 && (
        <p class="hb-detail">
          （ヘッダーの原文は長いため、先頭の部分だけを表示しています。残り {result.rawLinesOmitted} 行は省略しました）
        </p>
      )}
      <section aria-labelledby="checker-links-h">
        <h2 id="checker-links-h">本文の URL</h2>
        {result.links.length === 0 ? (
          <p>本文に URL は見つかりませんでした（ヘッダーだけを貼り付けた場合は本文の URL は調べられません）。</p>
        ) : (
          result.links.map((model) => <SafeLinkView model={model} caption="本文にあった URL（無害化して表示）" />)
        )}
        {result.linksOmitted > 0 && <p class="hb-detail">ほかに {result.linksOmitted} 個の URL がありました。</p>}
      </section>
      {result.attachments.length > 0 && (
        <section aria-labelledby="checker-att-h">
          <h2 id="checker-att-h">添付ファイル</h2>
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
    </div>
  );
}
