/** Japanese words for verdicts, severities and hop oddities, shared by the header breakdown views. */
import type { Severity } from "../mail/rules/types.ts";
import type { HopAnomaly } from "../mail/hops.ts";

export const severityLabel: Record<Severity, string> = { high: "危険", medium: "注意", low: "要確認", info: "参考" };

export type Tone = "pass" | "fail" | "warn" | "neutral" | "missing";

/** A result word of SPF/DKIM/DMARC/ARC/compauth in plain Japanese, with a tone for styling. */
export function authResultLabel(result: string | null): { label: string; tone: Tone } {
  switch (result) {
    case null:
      return { label: "記録なし", tone: "missing" };
    case "pass":
      return { label: "合格", tone: "pass" };
    case "bestguesspass":
      return { label: "推定で合格", tone: "pass" };
    case "fail":
    case "hardfail":
      return { label: "不合格", tone: "fail" };
    case "softfail":
      return { label: "不合格（弱）", tone: "fail" };
    case "none":
      return { label: "設定なし", tone: "warn" };
    case "neutral":
    case "policy":
      return { label: "判定なし", tone: "warn" };
    case "temperror":
    case "timeout":
      return { label: "一時エラー", tone: "warn" };
    case "permerror":
      return { label: "設定エラー", tone: "warn" };
    default:
      return { label: result, tone: "neutral" };
  }
}

export const anomalyLabel: Record<HopAnomaly, string> = {
  "negative-delay": "時刻が前の中継より前（時計のずれか偽装）",
  "large-delay": "前の中継から 1 時間以上",
  "no-date": "時刻の記録なし",
};

/** `+12秒`, `+3分20秒`, `−5分`, `+2時間5分`. */
export function formatDelay(seconds: number): string {
  const sign = seconds < 0 ? "−" : "+";
  let s = Math.abs(seconds);
  const h = Math.floor(s / 3600);
  s -= h * 3600;
  const m = Math.floor(s / 60);
  s -= m * 60;
  const parts = [h ? `${h}時間` : "", m ? `${m}分` : "", s || (!h && !m) ? `${s}秒` : ""];
  return sign + parts.join("");
}

const JST_FORMAT = new Intl.DateTimeFormat("ja-JP", {
  timeZone: "Asia/Tokyo",
  year: "numeric",
  month: "long",
  day: "numeric",
  hour: "numeric",
  minute: "2-digit",
  second: "2-digit",
});

/** A date and time in Japan time, e.g. `2024年8月5日 7:57:49`. */
export function formatJst(date: Date): string {
  return JST_FORMAT.format(date);
}
