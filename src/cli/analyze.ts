/**
 * `npm run analyze -- mail.eml` prints a mail's analysis in Japanese (coloured on a TTY);
 * `npm run --silent analyze -- --json FILE…` prints one JSON object per file per line (the contract
 * in issue 3, plus `kind`). The JSON reports the mail as written; the readable output masks the
 * recipient. Besides mails it reads Outlook `.msg` files and texts that are not mails (an SMS saved
 * as `sms.txt`, or `--text "…"`): the same fields where they apply, `kind` saying what the input was
 * (src/lib/input/detect-kind.ts). Node-only. Exit code 2 on usage errors only.
 */
import { existsSync, readFileSync } from "node:fs";
import { parseArgs, styleText } from "node:util";
import { lookupOwners, withOwners, analyzeInput, type Analysis } from "../lib/analysis/index.ts";
import { loadBrands } from "../lib/brand-registry.node.ts";
import type { Brand } from "../lib/brand.ts";
import { buildBrandClaimViews } from "../lib/breakdown/brand-claims-view.ts";
import { formatDelay, formatJst, severityLabel } from "../lib/breakdown/labels.ts";
import { dataDateLabel, describeOwner } from "../lib/ip-owner/describe.ts";
import type { IpOwner } from "../lib/ip-owner/lookup.ts";
import { nodeIpOwnerLookup } from "../lib/ip-owner/store.node.ts";
import type { MailAnalysis } from "../lib/mail/analyze.ts";
import type { Finding } from "../lib/mail/rules/types.ts";
import { readMsg } from "../lib/msg/read-msg.ts";
import type { Channel } from "../lib/reading/read-input.ts";
import type { UrlAnalysis } from "../lib/url/types.ts";
import type { VerdictLevel } from "../lib/verdict/types.ts";

/** Who holds an address, as `--json` writes it. */
export interface OwnerJson {
  asn: number | null;
  org: string | null;
  country: string | null;
}

type Owners = ReadonlyMap<string, IpOwner>;

function ownerJson(owners: Owners | undefined, ip: string | null): OwnerJson | null {
  const owner = ip ? owners?.get(ip) : undefined;
  return owner ? { asn: owner.asn, org: owner.org, country: owner.country } : null;
}

/** The verdict as `--json` writes it (issue 18). */
export interface VerdictJson {
  level: VerdictLevel;
  headline: string;
  reasons: string[];
  actions: string[];
}

/** One line of `--json` output. */
export interface AnalyzeJson {
  file: string;
  subject: string | null;
  from: { name: string | null; address: string | null; domain: string | null };
  returnPath: { address: string; domain: string | null } | null;
  replyTo: { address: string; domain: string | null } | null;
  messageId: string | null;
  date: string | null;
  received: {
    from: string | null;
    by: string | null;
    with: string | null;
    ip: string | null;
    date: string | null;
    /** Who holds `ip` (public addresses only). */
    owner: OwnerJson | null;
  }[];
  originIp: string | null;
  /** Who holds the originating IP, from the offline ip-location-db data. */
  originIpOwner: OwnerJson | null;
  auth: { spf: string | null; dkim: string | null; dmarc: string | null };
  urls: { url: string; host: string | null; registrableDomain: string | null; defanged: string }[];
  /** The mail rules' and the text rules' findings. */
  flags: { id: string; severity: string; message: string }[];
  /** The brands the message claims to be, with where (display-name, subject, sender-address, link-text, body). */
  claimedBrands: { id: string; nameJa: string; nameEn: string; where: string[] }[];
  /** What the input was: mail, headers, msg, text, urls, sender (binary and empty inputs give an error line). */
  kind: string;
  /** The lure tactics the text uses, with the words that show them. */
  tactics: { id: string; words: string[] }[];
  /** The one answer (for a forward, about the original inside). */
  verdict: VerdictJson;
}

const urlJson = (u: UrlAnalysis): AnalyzeJson["urls"][number] => ({
  url: u.url,
  host: u.host,
  registrableDomain: u.registrableDomain,
  defanged: u.defanged,
});
const flagJson = (f: Finding): AnalyzeJson["flags"][number] => ({ id: f.id, severity: f.severity, message: f.message });

/** Every finding of an analysis, the mail's first. */
export function allFlags(analysis: Analysis): Finding[] {
  return [...(analysis.mail?.analysis.flags ?? []), ...analysis.textFlags];
}

/** The `--json` object for one analysed input; `owners` from the offline data. */
export function toJson(file: string, analysis: Analysis, brands: readonly Brand[], owners?: Owners): AnalyzeJson {
  const mail: MailAnalysis | null = analysis.mail?.analysis ?? null;
  const summary = mail?.summary;
  const where = new Map((summary?.claimedBrands ?? []).map((b) => [b.id, [...b.where] as string[]]));
  return {
    file,
    subject: summary?.subject ?? null,
    from: {
      name: summary?.from?.name ?? analysis.sender?.name ?? null,
      address: summary?.from?.address ?? analysis.sender?.address ?? analysis.sender?.phone ?? null,
      domain: summary?.from?.domain ?? null,
    },
    returnPath: summary?.returnPath ? { address: summary.returnPath.address, domain: summary.returnPath.domain } : null,
    replyTo: summary?.replyTo ? { address: summary.replyTo.address, domain: summary.replyTo.domain } : null,
    messageId: summary?.messageId ?? null,
    date: summary?.dateIso ?? null,
    received: (mail?.hops ?? []).map((hop) => ({
      from: hop.from,
      by: hop.by,
      with: hop.with,
      ip: hop.ip,
      date: hop.date ? hop.date.toISOString().replace(/\.\d{3}Z$/, "Z") : null,
      owner: ownerJson(owners, hop.ip),
    })),
    originIp: mail?.originIp ?? null,
    originIpOwner: ownerJson(owners, mail?.originIp ?? null),
    auth: {
      spf: mail?.auth.spf?.result ?? null,
      dkim: mail?.auth.dkim?.result ?? null,
      dmarc: mail?.auth.dmarc?.result ?? null,
    },
    urls: analysis.urls.map(urlJson),
    flags: allFlags(analysis).map(flagJson),
    claimedBrands: analysis.claimedBrandIds.flatMap((id) => {
      const b = brands.find((x) => x.id === id);
      return b ? [{ id: b.id, nameJa: b.nameJa, nameEn: b.nameEn, where: where.get(id) ?? ["body"] }] : [];
    }),
    kind: analysis.kind,
    tactics: analysis.tactics.map((t) => ({ id: t.id, words: [...t.words] })),
    verdict: {
      level: analysis.verdict.level,
      headline: analysis.verdict.headline,
      reasons: analysis.verdict.reasons.map((r) => r.text),
      actions: [...analysis.verdict.actions],
    },
  };
}

/** What `npm run analyze` does with one input: the shared analysis, then the holders of its IPs. */
export async function analyzeFile(
  bytes: Uint8Array,
  brands: readonly Brand[],
  options: { redact: boolean; channel?: Channel | undefined },
): Promise<{ analysis: Analysis; owners: Owners | undefined; ownerDataMonth: string | undefined }> {
  const first = analyzeInput(bytes, brands, { readMsg, redact: options.redact, channel: options.channel });
  if (first.ownerIps.length === 0) return { analysis: first, owners: undefined, ownerDataMonth: undefined };
  const found = await lookupOwners(first.ownerIps, nodeIpOwnerLookup());
  return { analysis: withOwners(first, found), owners: found.owners, ownerDataMonth: found.ownerDataMonth };
}

const LEVEL_STYLE: Record<VerdictLevel, Style> = {
  danger: ["bold", "red"],
  caution: ["bold", "yellow"],
  unknown: "bold",
  consistent: ["bold", "cyan"],
};

/** The verdict block that opens every readable report. */
export function formatVerdict(analysis: Analysis, colour: boolean): string {
  const v = analysis.verdict;
  const out = [paint(LEVEL_STYLE[v.level], `判定: ${safe(v.headline)}`, colour)];
  for (const r of v.reasons) out.push(`  ・${safe(r.text)}${r.source ? `（出典: ${safe(r.source.title)}）` : ""}`);
  if (v.missing) out.push(`  ${safe(v.missing)}`);
  for (const a of v.actions) out.push(`  → ${safe(a)}`);
  if (analysis.tactics.length > 0) {
    out.push("", paint(["bold", "underline"], "詐欺によくある口実", colour));
    for (const t of analysis.tactics) out.push(`- ${t.label}（「${safe(t.words.join("」「"))}」）`);
  }
  return out.join("\n");
}

/** The readable report for a text that is not a mail (an SMS, a pasted body, URLs, a sender line). */
export function formatTextReport(file: string, analysis: Analysis, brands: readonly Brand[], colour: boolean): string {
  const out: string[] = [paint("bold", `■ ${safe(file)}`, colour), "", formatVerdict(analysis, colour), ""];
  for (const line of analysis.analysed) out.push(`調べた: ${line}`);
  for (const line of analysis.notChecked) out.push(`調べられなかった: ${line}`);
  const names = analysis.claimedBrandIds.map((id) => brands.find((b) => b.id === id)?.nameJa ?? id);
  out.push(
    "",
    paint(["bold", "underline"], "名乗っているブランド", colour),
    names.length > 0 ? names.join("、") : "（なし）",
  );
  if (analysis.sender) out.push("", paint(["bold", "underline"], "差出人", colour), safe(analysis.sender.line));
  out.push("", paint(["bold", "underline"], "危険信号", colour));
  const flags = allFlags(analysis);
  if (flags.length === 0) out.push("自動チェックで見つかった危険信号はありません。");
  for (const flag of flags)
    out.push(
      `${paint(SEVERITY_STYLE[flag.severity], `[${severityLabel[flag.severity]}]`, colour)} ${safe(flag.message)}`,
    );
  out.push("", paint(["bold", "underline"], "文中の URL（無害化表示）", colour));
  if (analysis.urls.length === 0) out.push("（なし）");
  for (const url of analysis.urls) out.push(`- ${safe(url.defanged)}（${safe(url.verdict.reasons[0] ?? "")}）`);
  return out.join("\n");
}

type Style = Parameters<typeof styleText>[0];

function paint(style: Style, text: string, colour: boolean): string {
  return colour ? styleText(style, text) : text;
}

/** Makes control and bidi-override characters visible so a hostile mail cannot drive the terminal. */
function safe(text: string | null | undefined): string {
  if (text === null || text === undefined) return "（なし）";
  return text.replace(
    /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g,
    (c) => `\\u{${c.charCodeAt(0).toString(16)}}`,
  );
}

const SEVERITY_STYLE: Record<keyof typeof severityLabel, Style> = {
  high: ["bold", "red"],
  medium: "yellow",
  low: "cyan",
  info: "gray",
};

/** The readable report for one file; `owners` from {@link lookUpOwners}. */
export function formatReport(
  file: string,
  checked: Analysis,
  colour: boolean,
  owners?: Owners,
  ownerDataMonth?: string,
): string {
  const out: string[] = [];
  const heading = (text: string): void => {
    out.push("", paint(["bold", "underline"], text, colour));
  };
  out.push(paint("bold", `■ ${safe(file)}`, colour), "", formatVerdict(checked, colour));
  const analysis = checked.mail?.analysis;
  if (!analysis) return out.join("\n");
  const { summary } = analysis;
  const claims = buildBrandClaimViews(analysis.brandVerdicts);
  if (claims.length > 0) {
    heading("名乗っているブランド");
    const tone = { danger: "red", warn: "yellow", ok: "green", info: "cyan" } as const;
    for (const c of claims) {
      out.push(paint("bold", c.headline, colour), `  ${c.where}`);
      out.push(`  ${paint(tone[c.sender.tone], safe(c.sender.text), colour)}`);
      if (c.links) out.push(`  ${paint(tone[c.links.tone], safe(c.links.text), colour)}`);
    }
  }
  heading("概要");
  out.push(
    `件名        ${safe(summary.subject)}${summary.subjectSpamTag ? paint("yellow", `（迷惑メールの印: ${safe(summary.subjectSpamTag)}）`, colour) : ""}`,
  );
  out.push(`表示名      ${safe(summary.from?.name || "（なし）")}`);
  out.push(`差出人      ${safe(summary.from?.address)}（ドメイン ${safe(summary.from?.domain)}）`);
  const compared = (label: string, value: MailAnalysis["summary"]["replyTo"]): void => {
    const mark = value?.sameDomainAsFrom === false ? paint("yellow", " ← From と別のドメイン", colour) : "";
    out.push(`${label}${value ? `${safe(value.address)}${mark}` : "（なし）"}`);
  };
  compared("Return-Path ", summary.returnPath);
  compared("Reply-To    ", summary.replyTo);
  out.push(
    `Message-ID  ${safe(summary.messageId)}${summary.messageIdSameDomainAsFrom === false ? paint("yellow", " ← From と別のドメイン", colour) : ""}`,
  );
  out.push(
    `日時        ${summary.date ? `${formatJst(summary.date)}（日本時間）${summary.dateZoneMissing ? "※タイムゾーンなし、UTCとみなした" : ""}` : "（なし）"}`,
  );
  heading("中継の記録（古い順）");
  if (analysis.hops.length === 0) out.push("Received ヘッダーがありません。");
  for (const hop of analysis.hops) {
    const origin = hop.isOrigin ? paint(["bold", "magenta"], `  ← 送信元IP ${analysis.originIp ?? ""}`, colour) : "";
    const odd = hop.anomalies.filter((a) => a !== "no-date").length > 0 ? paint("yellow", " ⚠", colour) : "";
    const ip = hop.ip && !(hop.from ?? "").includes(hop.ip) ? ` [${hop.ip}]` : "";
    out.push(
      `${hop.number}. ${safe(hop.from)}${ip} → ${safe(hop.by)}${hop.with ? `（${safe(hop.with)}）` : ""}${origin}`,
    );
    out.push(
      `   ${hop.date ? `${formatJst(hop.date)}（日本時間）` : "時刻なし"} ${hop.delaySeconds === null ? "" : formatDelay(hop.delaySeconds)}${odd}`,
    );
    const owner = hop.ip ? owners?.get(hop.ip) : undefined;
    if (owner) out.push(`   持ち主: ${safe(describeOwner(owner).label)}`);
  }
  const originOwner = analysis.originIp ? owners?.get(analysis.originIp) : undefined;
  if (originOwner) {
    const view = describeOwner(originOwner);
    out.push(
      "",
      `送信元IPの持ち主  ${paint("bold", safe(view.label), colour)}`,
      ...(view.explanation ? [`                  ${view.kindLabel}。${view.explanation}`] : []),
      paint(
        "gray",
        `※ ${ownerDataMonth ? dataDateLabel(ownerDataMonth) : "公開データ"}（RouteViews・NRO・DB-IP https://db-ip.com 、CC BY 4.0）による。ネットには問い合わせていません。`,
        colour,
      ),
    );
  }
  heading("送信元認証（最上位の Authentication-Results）");
  const auth = analysis.auth;
  const verdict = (label: string, v: typeof auth.spf): string =>
    `${label} ${v ? paint(v.result === "pass" || v.result === "bestguesspass" ? "green" : v.result === "none" ? "gray" : "red", v.result, colour) : "記録なし"}`;
  out.push(
    [
      verdict("SPF", auth.spf),
      verdict("DKIM", auth.dkim),
      verdict("DMARC", auth.dmarc),
      ...(auth.arc ? [verdict("ARC", auth.arc)] : []),
      ...(auth.compauth ? [verdict("compauth", auth.compauth)] : []),
    ].join("  "),
  );
  heading("危険信号");
  const flags = allFlags(checked);
  if (flags.length === 0) out.push("自動チェックで見つかったものはありません。");
  for (const flag of flags)
    out.push(
      `${paint(SEVERITY_STYLE[flag.severity], `[${severityLabel[flag.severity]}]`, colour)} ${safe(flag.message)}`,
    );
  heading("本文の URL（無害化表示）");
  if (analysis.urls.length === 0) out.push("（なし）");
  for (const url of analysis.urls) out.push(`- ${safe(url.defanged)}`);
  if (analysis.attachments.length > 0) {
    heading("添付ファイル（開いていません）");
    for (const a of analysis.attachments) out.push(`- ${safe(a.filename ?? "（名前なし）")}（${safe(a.contentType)}）`);
  }
  if (analysis.redactions.length > 0) {
    out.push("", paint("gray", "※ 受信者のアドレスなどは伏せ字にしています。", colour));
  }
  return out.join("\n");
}

const USAGE =
  '使い方: npm run analyze -- [--json] [--sms] メール.eml|メール.msg|sms.txt …  または  npm run analyze -- [--json] [--sms] --text "届いた文面"  または  npm run analyze -- --sms "届いた SMS の文面"\n  --sms  文面が SMS で届いたことを伝えます（ブランドの「SMS では送らない」という案内と照らし合わせます）';

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        json: { type: "boolean", default: false },
        text: { type: "string", multiple: true },
        sms: { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
      },
    });
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n${USAGE}\n`);
    return 2;
  }
  if (parsed.values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const texts = parsed.values.text ?? [];
  if (parsed.positionals.length === 0 && texts.length === 0) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  let brands: Brand[] = [];
  try {
    brands = loadBrands();
  } catch {
    brands = [];
  }
  const colour = !parsed.values.json && process.stdout.isTTY === true;
  const reports: string[] = [];
  const inputs: { file: string; bytes: Uint8Array | null; error?: string }[] = texts.map((t) => ({
    file: "--text",
    bytes: new TextEncoder().encode(t),
  }));
  for (const file of parsed.positionals) {
    // `--sms "【佐川急便】…"` (as `npm run new -- --sms` takes it): a text that is not a file's name.
    if (
      parsed.values.sms &&
      !existsSync(file) &&
      /[\s\u3000]|[^\x00-\x7F]/.test(file) &&
      !/\.(eml|msg|txt)$/i.test(file)
    ) {
      inputs.push({ file: "--sms", bytes: new TextEncoder().encode(file) });
      continue;
    }
    try {
      const bytes = readFileSync(file);
      inputs.push({ file, bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) });
    } catch (error) {
      inputs.push({ file, bytes: null, error: error instanceof Error ? error.message : String(error) });
    }
  }
  for (const { file, bytes, error } of inputs) {
    if (bytes === null) {
      if (parsed.values.json) process.stdout.write(`${JSON.stringify({ file, error })}\n`);
      else reports.push(`■ ${file}\n読み込めませんでした: ${error ?? ""}`);
      continue;
    }
    const { analysis, owners, ownerDataMonth } = await analyzeFile(bytes, brands, {
      redact: !parsed.values.json,
      channel: parsed.values.sms ? "sms" : undefined,
    });
    if (parsed.values.json) {
      const line =
        analysis.problem !== null
          ? { file, kind: analysis.kind, error: analysis.problem }
          : toJson(file, analysis, brands, owners);
      process.stdout.write(`${JSON.stringify(line)}\n`);
    } else if (analysis.problem !== null) {
      reports.push(`■ ${safe(file)}\n読み込めませんでした: ${analysis.problem}`);
    } else if (analysis.mail && analysis.kind !== "text" && analysis.kind !== "sender") {
      const notes = analysis.notChecked.filter((n) => !n.startsWith("Received"));
      reports.push(
        formatReport(file, analysis, colour, owners, ownerDataMonth) +
          (notes.length > 0 ? `\n\n${notes.join("\n")}` : ""),
      );
    } else {
      reports.push(formatTextReport(file, analysis, brands, colour));
    }
  }
  if (!parsed.values.json) process.stdout.write(`${reports.join("\n\n")}\n`);
  return 0;
}

if (import.meta.main) process.exitCode = await main(process.argv.slice(2));
