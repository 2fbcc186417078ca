/**
 * A mail forwarded inline: the forwarder's program writes a marker line (「---------- Forwarded
 * message ---------」, 「-----Original Message-----」, 「----- 転送メッセージ -----」…) and a few of the
 * original's headers (From/差出人, Date/Sent/日付, Subject/件名, To/宛先) before the original body.
 * Those quoted headers are all that is left of the original: no Received, no authentication. Pure;
 * never throws.
 */

/** The original message found in a forward. */
export interface InlineForward {
  /** The marker line as written (trimmed). */
  marker: string;
  from: string | null;
  subject: string | null;
  date: string | null;
  /** The original body below the quoted headers. */
  body: string;
}

const MARKERS: readonly RegExp[] = [
  /^[ \t>]*-{2,}[ \t]*Forwarded message[ \t]*-{2,}[ \t]*$/im,
  /^[ \t>]*-{2,}[ \t]*Original Message[ \t]*-{2,}[ \t]*$/im,
  /^[ \t>]*-{2,}[ \t]*(?:転送(?:された)?メッセージ|転送メール|転送|元のメッセージ|オリジナルメッセージ)[ \t]*-{2,}[ \t]*$/im,
  /^[ \t>]*Begin forwarded message:[ \t]*$/im,
  /^[ \t>]*_{10,}[ \t]*$(?=\r?\n[ \t>]*(?:From|差出人|送信者)[ \t]*[:：])/im,
];

const FIELD =
  /^[ \t>]*(From|差出人|送信者|Sent|Date|日付|送信日時|日時|To|宛先|Cc|CC|Subject|件名)[ \t]*[:：][ \t]*(.*)$/;

/** Outlook writes `Name [mailto:a@b]`; `Name <a@b>` is what the mail parser reads. */
function normaliseAddress(value: string): string {
  return value.replace(/\[mailto:([^\]\s]+)\]/i, "<$1>").trim();
}

/** Finds the first inline-forwarded message in a body's text, or null. */
export function findInlineForward(text: string): InlineForward | null {
  const source = String(text).slice(0, 2_000_000);
  let best: RegExpExecArray | null = null;
  for (const marker of MARKERS) {
    const match = marker.exec(source);
    if (match && (best === null || match.index < best.index)) best = match;
  }
  if (!best) return null;
  const lines = source.slice(best.index + best[0].length).split(/\r\n|\n|\r/);
  const result: InlineForward = { marker: best[0].trim(), from: null, subject: null, date: null, body: "" };
  let i = 0;
  while (i < lines.length && (lines[i] ?? "").trim() === "") i++;
  let fields = 0;
  for (; i < lines.length && i < 40; i++) {
    const line = lines[i] ?? "";
    if (line.replace(/^[ \t>]*/, "") === "") {
      if (fields > 0) break;
      continue;
    }
    const field = FIELD.exec(line);
    if (!field) break;
    fields++;
    const name = (field[1] ?? "").toLowerCase();
    const value = (field[2] ?? "").trim();
    if ((name === "from" || name === "差出人" || name === "送信者") && result.from === null)
      result.from = normaliseAddress(value);
    else if ((name === "subject" || name === "件名") && result.subject === null) result.subject = value;
    else if (["sent", "date", "日付", "送信日時", "日時"].includes(name) && result.date === null) result.date = value;
  }
  if (fields === 0 || result.from === null) return null;
  result.body = lines
    .slice(i)
    .map((l) => l.replace(/^>[ \t]?/, ""))
    .join("\n")
    .trim();
  return result;
}

/**
 * The forwarded message as a mail the mail library can read: the quoted From, Subject and Date as
 * headers (UTF-8), a blank line, and the original body.
 */
export function inlineForwardAsMail(forward: InlineForward): string {
  const clean = (v: string) => v.replace(/[\r\n]+/g, " ");
  const lines = [`From: ${clean(forward.from ?? "")}`];
  if (forward.subject !== null) lines.push(`Subject: ${clean(forward.subject)}`);
  if (forward.date !== null) lines.push(`Date: ${clean(forward.date)}`);
  lines.push("Content-Type: text/plain; charset=utf-8", "", forward.body);
  return lines.join("\r\n");
}
