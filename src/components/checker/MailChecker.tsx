/**
 * 「このメール・SMS、本物？」: the reader pastes what they received (a whole mail, its headers, an SMS
 * or LINE text, URLs) or drops an .eml or Outlook .msg file, and sees the right analysis for it.
 * Everything happens in this browser: the analysis runs in a Web Worker loaded with the page, and
 * nothing is sent anywhere.
 */
import { useEffect, useRef, useState } from "preact/hooks";
import type { Brand } from "../../lib/brand.ts";
import type { AnalysisView } from "../../lib/analysis/index.ts";
import { HANDOVER_KEY } from "../../lib/checker/handover.ts";
import { InputCheckView, type CaseLink } from "./InputCheckView.tsx";
import type { CheckerRequest, CheckerResponse } from "./check-mail.worker.ts";

export type { CaseLink } from "./InputCheckView.tsx";

/** A check taking longer than this is stopped (a file built to hang a parser must not hang the page). */
const WORKER_TIMEOUT_MS = 60_000;

interface Props {
  brands: Brand[];
  casesByBrand: Record<string, CaseLink[]>;
  /** Largest file accepted, in bytes. */
  maxBytes?: number;
}

type Status =
  | { kind: "idle" }
  | { kind: "working" }
  | { kind: "done"; result: AnalysisView; source: string; final: boolean }
  | { kind: "error"; message: string };

function startWorker(): Worker {
  return new Worker(new URL("./check-mail.worker.ts", import.meta.url), { type: "module", name: "sagimail-checker" });
}

export default function MailChecker({ brands, casesByBrand, maxBytes = 20 * 1024 * 1024 }: Props) {
  const [text, setText] = useState("");
  const [status, setStatus] = useState<Status>({ kind: "idle" });
  const [dragging, setDragging] = useState(false);
  const worker = useRef<Worker | null>(null);
  const lastId = useRef(0);
  const source = useRef("");
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  function connect(): Worker {
    // Created as soon as the page is ready, so the checker keeps working offline afterwards.
    const w = startWorker();
    w.postMessage({ type: "brands", brands } satisfies CheckerRequest);
    w.onmessage = (event: MessageEvent<CheckerResponse>) => {
      const message = event.data;
      if (message.id !== lastId.current) return; // an older request
      if (timer.current) clearTimeout(timer.current);
      // Only the result area changes: what the reader typed meanwhile stays in the box.
      setStatus(
        message.type === "result"
          ? { kind: "done", result: message.result, source: source.current, final: message.final }
          : { kind: "error", message: "この内容は読み取れませんでした。" },
      );
    };
    worker.current = w;
    return w;
  }

  useEffect(() => {
    const w = connect();
    // Text handed over by the home page's box (sessionStorage of this tab only), checked once.
    try {
      const handed = sessionStorage.getItem(HANDOVER_KEY);
      if (handed !== null) {
        sessionStorage.removeItem(HANDOVER_KEY);
        setText(handed);
        check(handed, "貼り付けた内容");
      }
    } catch {
      // Storage may be disabled; the reader can paste again.
    }
    return () => {
      w.terminate();
      if (timer.current) clearTimeout(timer.current);
    };
  }, [brands]);

  function check(input: string | Uint8Array, from: string) {
    if ((typeof input === "string" ? input.trim() : input.length) === 0) {
      setStatus({ kind: "idle" });
      return;
    }
    lastId.current += 1;
    source.current = from;
    setStatus({ kind: "working" });
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      // The worker is stuck on this input: stop it, start a fresh one, and say so.
      worker.current?.terminate();
      connect();
      lastId.current += 1;
      setStatus({
        kind: "error",
        message: "時間がかかりすぎるため、調べるのを止めました。ファイルが壊れているか、大きすぎる可能性があります。",
      });
    }, WORKER_TIMEOUT_MS);
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
    // Cleared before reading, not after: what the reader types while the file loads must stay.
    setText("");
    setStatus({ kind: "working" });
    const bytes = new Uint8Array(await file.arrayBuffer());
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
          届いたメール・SMS の文面、メールのヘッダー、URL を貼り付けてください
        </label>
        <textarea
          id="checker-input"
          class={dragging ? "checker-input checker-input--drop" : "checker-input"}
          rows={10}
          spellcheck={false}
          autocomplete="off"
          aria-describedby="checker-help"
          placeholder={"【〇〇】お荷物のお届けにあがりましたが…\nまたは\nReceived: from …\nFrom: …"}
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
          SMS や LINE のメッセージは文面をそのまま、メールはヘッダーを含む全体を貼り付けると詳しく調べられます。.eml
          ファイルや Outlook の .msg ファイルは、この欄にドラッグ＆ドロップするか、下のボタンで選べます。
        </p>
        <div class="checker-actions">
          <button type="submit">調べる</button>
          <label class="checker-file">
            <span>.eml / .msg ファイルを選ぶ</span>
            <input
              type="file"
              accept=".eml,.msg,.txt,message/rfc822,application/vnd.ms-outlook,text/plain"
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

      {status.kind === "done" && <InputCheckView result={status.result} brands={brands} casesByBrand={casesByBrand} />}
    </div>
  );
}
