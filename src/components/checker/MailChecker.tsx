/**
 * 「このメール・SMS、本物？」: the reader pastes what they received (a whole mail, its headers, an SMS
 * or LINE text, a sender line, URLs) or drops an .eml or Outlook .msg file, and reads the verdict
 * first (issue 20). Everything happens in this browser: the analysis runs in a Web Worker that fetches
 * only what the input needs from this site, and nothing is sent anywhere.
 */
import { useEffect, useRef, useState } from "preact/hooks";
import type { AnalysisView } from "../../lib/analysis/view.ts";
import { HANDOVER_KEY } from "../../lib/checker/handover.ts";
import type { Channel } from "../../lib/reading/read-input.ts";
import { InputCheckView, type CaseLink } from "./InputCheckView.tsx";
import type { CheckerRequest, CheckerResponse } from "./check-mail.worker.ts";
import { startCheckerWorker, takeStartedWorker } from "./start-worker.ts";
// The expert views come after the verdict (expert-views.ts); their styles come with the page.
import "../body/mail-body.css";
import "../breakdown/header-breakdown.css";
import "../breakdown/raw-header-text.css";

export type { CaseLink } from "./InputCheckView.tsx";

/** A check taking longer than this is stopped (a file built to hang a parser must not hang the page). */
const WORKER_TIMEOUT_MS = 60_000;
/** Wide enough for the expert sections to be open from the start. */
const WIDE = "(min-width: 48rem)";

interface Props {
  /** Cases of the casebook by brand id (only brands that have one). */
  casesByBrand: Record<string, CaseLink[]>;
  /** Largest file accepted, in bytes. */
  maxBytes?: number;
}

type Status =
  | { kind: "idle" }
  | { kind: "working"; source: string }
  | { kind: "done"; result: AnalysisView; source: string; final: boolean; id: number }
  | { kind: "error"; message: string };

const CHANNELS: [Channel, string][] = [
  ["unknown", "わからない"],
  ["sms", "SMS"],
  ["mail", "メール"],
];

export default function MailChecker({ casesByBrand, maxBytes = 20 * 1024 * 1024 }: Props) {
  const [text, setText] = useState("");
  const [channel, setChannel] = useState<Channel>("unknown");
  const [status, setStatus] = useState<Status>({ kind: "idle" });
  const [editing, setEditing] = useState(true);
  const [dragging, setDragging] = useState(false);
  const [wide, setWide] = useState(false);
  const worker = useRef<Worker | null>(null);
  const lastId = useRef(0);
  const source = useRef("");
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const shownId = useRef(0);
  const collapsedFor = useRef(0);

  function connect(): Worker {
    // The worker the page started while this island loaded, else a new one.
    const w = takeStartedWorker() ?? startCheckerWorker();
    w.onmessage = (event: MessageEvent<CheckerResponse>) => {
      const message = event.data;
      if (message.id !== lastId.current) return; // an older request
      if (timer.current) clearTimeout(timer.current);
      // Only the result area changes: what the reader typed stays in the box.
      if (message.type === "result") {
        // The box shrinks once per check (not again when the details follow: the reader may have
        // reopened it meanwhile).
        if (collapsedFor.current !== message.id) setEditing(false);
        collapsedFor.current = message.id;
        setStatus({
          kind: "done",
          result: message.result,
          source: source.current,
          final: message.final,
          id: message.id,
        });
      } else
        // An error after a result was shown (its details failed to load) leaves that result in place.
        setStatus((shown) =>
          shown.kind === "done" && shown.id === message.id
            ? { ...shown, final: true }
            : { kind: "error", message: "この内容は読み取れませんでした。" },
        );
    };
    worker.current = w;
    return w;
  }

  useEffect(() => {
    setWide(window.matchMedia(WIDE).matches);
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
  }, []);

  // The verdict takes focus once per check, so that it is on screen and read out.
  useEffect(() => {
    if (status.kind !== "done" || shownId.current === status.id) return;
    shownId.current = status.id;
    const verdict = document.getElementById("checker-verdict");
    verdict?.focus({ preventScroll: true });
    verdict?.scrollIntoView({ block: "nearest" });
    // Only now may the worker load what the details need (the highlighter, the IP owners).
    worker.current?.postMessage({ type: "shown", id: status.id } satisfies CheckerRequest);
  }, [status]);

  function check(input: string | Uint8Array, from: string) {
    if ((typeof input === "string" ? input.trim().length : input.length) === 0) {
      setStatus({
        kind: "error",
        message: "何も入力されていません。届いたメッセージを貼り付けるか、ファイルを選んでください。",
      });
      return;
    }
    lastId.current += 1;
    source.current = from;
    setStatus({ kind: "working", source: from });
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
    worker.current?.postMessage({
      type: "check",
      id: lastId.current,
      input,
      channel: channel === "unknown" ? undefined : channel,
    } satisfies CheckerRequest);
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
    setStatus({ kind: "working", source: `ファイル「${file.name}」` });
    const bytes = new Uint8Array(await file.arrayBuffer());
    check(bytes, `ファイル「${file.name}」`);
  }

  function again() {
    setEditing(true);
    setStatus({ kind: "idle" });
    requestAnimationFrame(() => document.getElementById("checker-input")?.focus());
  }

  return (
    <div class="checker">
      {editing ? (
        <form
          class="checker-form"
          onSubmit={(e) => {
            e.preventDefault();
            check(text, "貼り付けた内容");
          }}
        >
          <label for="checker-input" class="checker-label">
            届いたメール・SMS を貼り付けてください
          </label>
          <textarea
            id="checker-input"
            class={dragging ? "checker-input checker-input--drop" : "checker-input"}
            rows={5}
            spellcheck={false}
            autocomplete="off"
            aria-describedby="checker-help"
            placeholder={"【〇〇】お荷物のお届けにあがりましたが…\n差出人: … / Received: from …"}
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
            文面・差出人・URL、メールならヘッダーを含む全体。.eml / .msg ファイルはここにドロップできます。
          </p>
          <fieldset class="checker-channel">
            <legend>届いた方法</legend>
            {CHANNELS.map(([value, label]) => (
              <label>
                <input
                  type="radio"
                  name="checker-channel"
                  value={value}
                  checked={channel === value}
                  onChange={() => setChannel(value)}
                />
                {label}
              </label>
            ))}
          </fieldset>
          <div class="checker-actions">
            <button type="submit">調べる</button>
            <label class="checker-file">
              <span>ファイルを選ぶ</span>
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
      ) : (
        <div class="checker-again">
          <button type="button" onClick={again}>
            別のメッセージを調べる
          </button>
        </div>
      )}

      <div class="checker-status" role="status" aria-live="polite">
        {status.kind === "working" && <span class="checker-progress">{status.source}を調べています…</span>}
        {status.kind === "done" &&
          `${status.source}を調べました。${status.final ? "" : "送信元の詳しい情報を読み込んでいます…"}`}
        {status.kind === "error" && status.message}
      </div>

      {status.kind === "done" && (
        <InputCheckView result={status.result} casesByBrand={casesByBrand} expertOpen={wide} />
      )}
    </div>
  );
}
