/**
 * The header breakdown in a terminal: the same view model (src/lib/breakdown/model.ts) that articles
 * and the checker render as HTML, written as lines of text, coloured on a TTY. Every label, date,
 * delay, severity and owner line comes from the model: this file only lays them out.
 */
import { styleText } from "node:util";
import type { BreakdownModel } from "../lib/breakdown/model.ts";
import type { Severity } from "../lib/mail/rules/types.ts";

export type Style = Parameters<typeof styleText>[0];

/** `text` in `style` when colour is on. */
export function paint(style: Style, text: string, colour: boolean): string {
  // The caller decides (a TTY, not --json); styleText would check process.stdout again.
  return colour ? styleText(style, text, { validateStream: false }) : text;
}

/** Makes control and bidi-override characters visible so a hostile mail cannot drive the terminal. */
export function safe(text: string | null | undefined): string {
  if (text === null || text === undefined) return "（なし）";
  return text.replace(
    /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g,
    (c) => `\\u{${c.charCodeAt(0).toString(16)}}`,
  );
}

export const SEVERITY_STYLE: Record<Severity, Style> = {
  high: ["bold", "red"],
  medium: "yellow",
  low: "cyan",
  info: "gray",
};

const CLAIM_TONE = { danger: "red", warn: "yellow", ok: "green", info: "cyan" } as const;
const ROW_TONE = { same: "green", different: "yellow", absent: "gray", plain: "reset" } as const;
const AUTH_TONE = { pass: "green", fail: "red", warn: "yellow", neutral: "gray", missing: "gray" } as const;

/** The breakdown's lines, section by section, as the article's breakdown orders them. */
export function breakdownLines(model: BreakdownModel, colour: boolean): string[] {
  const out: string[] = [];
  const heading = (text: string): void => void out.push("", paint(["bold", "underline"], text, colour));
  if (model.brandClaims.length > 0) {
    heading("名乗っているブランド");
    for (const c of model.brandClaims) {
      out.push(paint("bold", safe(c.headline), colour), `  ${safe(c.where)}`);
      out.push(`  ${paint(CLAIM_TONE[c.sender.tone], safe(c.sender.text), colour)}`);
      if (c.links) out.push(`  ${paint(CLAIM_TONE[c.links.tone], safe(c.links.text), colour)}`);
    }
  }
  heading("件名と差出人");
  out.push(
    `件名（Subject）  ${safe(model.subject)}${model.subjectSpamTag ? paint("yellow", `（迷惑メールの印: ${safe(model.subjectSpamTag)}）`, colour) : ""}`,
  );
  for (const row of model.summary) {
    const status = row.statusText ? `  ${paint(ROW_TONE[row.status], `← ${row.statusText}`, colour)}` : "";
    out.push(`${row.label}  ${row.value === null ? "（なし）" : safe(row.value)}${status}`);
    if (row.detail) out.push(`    ${safe(row.detail)}`);
  }
  heading("危険信号");
  if (model.flags.length === 0) out.push("自動チェックで見つかったものはありません。");
  for (const flag of model.flags)
    out.push(`${paint(SEVERITY_STYLE[flag.severity], `[${flag.severityLabel}]`, colour)} ${safe(flag.message)}`);
  heading("送信元の認証（SPF・DKIM・DMARC）");
  out.push(model.auth.map((a) => `${a.method} ${paint(AUTH_TONE[a.tone], a.label, colour)}`).join("  "));
  out.push(paint("gray", safe(model.authNote), colour));
  heading("メールがたどった経路（古い順）");
  if (model.hops.length === 0) out.push("Received ヘッダーがありません。");
  for (const hop of model.hops) {
    const origin = hop.isOrigin ? paint(["bold", "magenta"], `  ← 送信元 IP ${hop.ip ?? ""}`, colour) : "";
    const ip = hop.ip && !(hop.from ?? "").includes(hop.ip) ? ` [${hop.ip}]` : "";
    out.push(
      `${hop.number}. ${safe(hop.from)}${ip} → ${safe(hop.by)}${hop.with ? `（${safe(hop.with)}）` : ""}${origin}`,
    );
    const odd = hop.anomalies.length > 0 ? paint("yellow", `  ⚠ ${hop.anomalies.join("、")}`, colour) : "";
    out.push(`   ${hop.time ?? "時刻なし"}${hop.delay ? ` ${hop.delay}` : ""}${odd}`);
    if (hop.owner) out.push(`   持ち主: ${safe(hop.owner.label)}`);
  }
  if (model.originOwner) {
    out.push(
      "",
      `送信元 IP の持ち主  ${paint("bold", safe(model.originOwner.label), colour)}`,
      ...(model.originOwner.explanation
        ? [`                    ${model.originOwner.kindLabel ?? ""}。${model.originOwner.explanation}`]
        : []),
    );
  }
  if (model.ownerSource)
    out.push(
      paint(
        "gray",
        `※ ${model.ownerSource.sentence}（${model.ownerSource.linkText} ${model.ownerSource.linkUrl}）`,
        colour,
      ),
    );
  if (model.ownerNotice) out.push(paint("gray", `※ ${model.ownerNotice}`, colour));
  if (model.redactionNotice) out.push("", paint("gray", `※ ${model.redactionNotice}`, colour));
  return out;
}
