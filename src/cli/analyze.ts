/**
 * `npm run analyze -- mail.eml` prints a mail's analysis in Japanese (coloured on a TTY);
 * `npm run --silent analyze -- --json FILE…` prints one JSON object per file per line (the contract
 * in issue 3, plus `kind`). The JSON reports the mail as written; the readable output masks the
 * recipient. Besides mails it reads Outlook `.msg` files and texts that are not mails (an SMS saved
 * as `sms.txt`, or `--text "…"`): the same fields where they apply, `kind` saying what the input was
 * (src/lib/input/detect-kind.ts). Node-only. Exit code 2 on usage errors only.
 */
import { buildBrandClaimViews } from "../lib/breakdown/brand-claims-view.ts";
import { readFileSync } from "node:fs";
import { parseArgs, styleText } from "node:util";
import { loadBrands } from "../lib/brand-registry.node.ts";
import type { Brand } from "../lib/brand.ts";
import type { UrlAnalysis } from "../lib/url/types.ts";
import { detectInputKind, type InputKind } from "../lib/input/detect-kind.ts";
import { decodeBytes, isValidUtf8 } from "../lib/mail/charset.ts";
import { analyzeMail, type MailAnalysis } from "../lib/mail/index.ts";
import { ownerQueryIps } from "../lib/breakdown/owners.ts";
import { dataDateLabel, describeOwner } from "../lib/ip-owner/describe.ts";
import type { IpOwner } from "../lib/ip-owner/lookup.ts";
import { nodeIpOwnerLookup } from "../lib/ip-owner/store.node.ts";

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

/** Looks up the public IPs of an analysed mail in the offline data; an empty map if it cannot be read. */
export async function lookUpOwners(analysis: MailAnalysis): Promise<Map<string, IpOwner>> {
  try {
    return await nodeIpOwnerLookup().lookupMany(ownerQueryIps(analysis));
  } catch {
    return new Map();
  }
}
import { msgToMail } from "../lib/msg/msg-to-mail.ts";
import { readMsg } from "../lib/msg/read-msg.ts";
import { analyzeText, type TextAnalysis } from "../lib/text/analyze-text.ts";

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
  flags: { id: string; severity: string; message: string }[];
  /** The brands the mail claims to be, with where (display-name, subject, link-text, body). */
  claimedBrands: { id: string; nameJa: string; nameEn: string; where: string[] }[];
  /** What the input was: mail, headers, msg, text, urls (binary and empty inputs give an error line). */
  kind: InputKind;
}

const urlJson = (u: UrlAnalysis): AnalyzeJson["urls"][number] => ({
  url: u.url,
  host: u.host,
  registrableDomain: u.registrableDomain,
  defanged: u.defanged,
});
const flagJson = (f: { id: string; severity: string; message: string }): AnalyzeJson["flags"][number] => ({
  id: f.id,
  severity: f.severity,
  message: f.message,
});

/** The `--json` object for one analysed file; `owners` from {@link lookUpOwners}. */
export function toJson(file: string, analysis: MailAnalysis, owners?: Owners, kind: InputKind = "mail"): AnalyzeJson {
  const { summary } = analysis;
  return {
    file,
    subject: summary.subject,
    from: {
      name: summary.from?.name ?? null,
      address: summary.from?.address ?? null,
      domain: summary.from?.domain ?? null,
    },
    returnPath: summary.returnPath ? { address: summary.returnPath.address, domain: summary.returnPath.domain } : null,
    replyTo: summary.replyTo ? { address: summary.replyTo.address, domain: summary.replyTo.domain } : null,
    messageId: summary.messageId,
    date: summary.dateIso,
    received: analysis.hops.map((hop) => ({
      from: hop.from,
      by: hop.by,
      with: hop.with,
      ip: hop.ip,
      date: hop.date ? hop.date.toISOString().replace(/\.\d{3}Z$/, "Z") : null,
      owner: ownerJson(owners, hop.ip),
    })),
    originIp: analysis.originIp,
    originIpOwner: ownerJson(owners, analysis.originIp),
    auth: {
      spf: analysis.auth.spf?.result ?? null,
      dkim: analysis.auth.dkim?.result ?? null,
      dmarc: analysis.auth.dmarc?.result ?? null,
    },
    urls: analysis.urls.map(urlJson),
    flags: analysis.flags.map(flagJson),
    claimedBrands: analysis.summary.claimedBrands.map((b) => ({ ...b, where: [...b.where] })),
    kind,
  };
}

/** The `--json` object for a text that is not a mail: the same fields, empty where they do not apply. */
export function textToJson(
  file: string,
  analysis: TextAnalysis,
  kind: InputKind,
  brands: readonly Brand[] = [],
): AnalyzeJson {
  return {
    file,
    subject: null,
    from: { name: null, address: null, domain: null },
    returnPath: null,
    replyTo: null,
    messageId: null,
    date: null,
    received: [],
    originIp: null,
    originIpOwner: null,
    auth: { spf: null, dkim: null, dmarc: null },
    urls: analysis.urls.map(urlJson),
    flags: analysis.flags.map(flagJson),
    claimedBrands: analysis.claimedBrandIds.flatMap((id) => {
      const b = brands.find((x) => x.id === id);
      return b ? [{ id: b.id, nameJa: b.nameJa, nameEn: b.nameEn, where: ["body"] }] : [];
    }),
    kind,
  };
}

/** One input read: a mail (from an .eml or a .msg), a text, or why it could not be read. */
type ReadInput =
  | { kind: "mail" | "headers" | "msg"; analysis: MailAnalysis; note: string | null }
  | { kind: "text" | "urls"; text: TextAnalysis }
  | { kind: "binary" | "empty"; error: string };

/** Reads any input the way the checker does. */
export function readInput(bytes: Uint8Array, brands: readonly Brand[], redact: boolean): ReadInput {
  const detected = detectInputKind(bytes);
  switch (detected.kind) {
    case "empty":
      return { kind: "empty", error: "空のファイルです。" };
    case "binary":
      return { kind: "binary", error: `メールでも .msg でもないファイルです（${detected.binaryType ?? "unknown"}）。` };
    case "msg": {
      const read = readMsg(bytes);
      if (!read.ok) return { kind: "binary", error: read.message };
      const item = read.item;
      const analysis = analyzeMail(msgToMail(item), { brands, redact, redactAddresses: item.recipientAddresses });
      if (item.transportHeaders !== null) return { kind: "msg", analysis, note: null };
      return {
        kind: "msg",
        analysis: { ...analysis, flags: analysis.flags.filter((f) => f.id !== "no-auth-results") },
        note: "この .msg には配送の記録（Received などのヘッダー）がないため、送信元のサーバーと送信元認証は調べられません。",
      };
    }
    case "mail":
    case "headers":
      return { kind: detected.kind, analysis: analyzeMail(bytes, { brands, redact }), note: null };
    case "text":
    case "urls":
      return {
        kind: detected.kind,
        text: analyzeText(decodeBytes(bytes, isValidUtf8(bytes) ? "utf-8" : "shift_jis"), { brands }),
      };
  }
}

/** The readable report for a text that is not a mail. */
export function formatTextReport(
  file: string,
  analysis: TextAnalysis,
  brands: readonly Brand[],
  colour: boolean,
): string {
  const out: string[] = [
    paint("bold", `■ ${safe(file)}`, colour),
    "",
    "メールのヘッダーがない文面（SMS など）として調べました。",
  ];
  out.push("ヘッダーがないため、送信元のサーバーと送信元認証は調べられません。");
  const names = analysis.claimedBrandIds.map((id) => brands.find((b) => b.id === id)?.nameJa ?? id);
  out.push(
    "",
    paint(["bold", "underline"], "名乗っているブランド", colour),
    names.length > 0 ? names.join("、") : "（なし）",
  );
  out.push("", paint(["bold", "underline"], "危険信号", colour));
  if (analysis.flags.length === 0) out.push("文面の自動チェックで見つかったものはありません。");
  for (const flag of analysis.flags)
    out.push(
      `${paint(SEVERITY_STYLE[flag.severity], `[${SEVERITY_LABEL[flag.severity]}]`, colour)} ${safe(flag.message)}`,
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

const SEVERITY_LABEL = { high: "危険", medium: "注意", low: "参考", info: "情報" } as const;
const SEVERITY_STYLE: Record<keyof typeof SEVERITY_LABEL, Style> = {
  high: ["bold", "red"],
  medium: "yellow",
  low: "cyan",
  info: "gray",
};

function formatDelay(seconds: number | null): string {
  if (seconds === null) return "";
  const sign = seconds < 0 ? "-" : "+";
  const abs = Math.abs(seconds);
  if (abs < 60) return `${sign}${abs}秒`;
  if (abs < 3600) return `${sign}${Math.round(abs / 60)}分`;
  return `${sign}${(abs / 3600).toFixed(1)}時間`;
}

/** The readable report for one file; `owners` from {@link lookUpOwners}. */
export function formatReport(
  file: string,
  analysis: MailAnalysis,
  colour: boolean,
  owners?: Owners,
  ownerDataMonth?: string,
): string {
  const { summary } = analysis;
  const out: string[] = [];
  const heading = (text: string): void => {
    out.push("", paint(["bold", "underline"], text, colour));
  };
  out.push(paint("bold", `■ ${safe(file)}`, colour));
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
    `日時        ${summary.dateJst ? `${summary.dateJst}（日本時間）${summary.dateZoneMissing ? "※タイムゾーンなし、UTCとみなした" : ""}` : "（なし）"}`,
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
      `   ${hop.date ? `${analysisDate(hop.date)}（日本時間）` : "時刻なし"} ${formatDelay(hop.delaySeconds)}${odd}`,
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
  if (analysis.flags.length === 0) out.push("自動チェックで見つかったものはありません。");
  for (const flag of analysis.flags)
    out.push(
      `${paint(SEVERITY_STYLE[flag.severity], `[${SEVERITY_LABEL[flag.severity]}]`, colour)} ${safe(flag.message)}`,
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

function analysisDate(date: Date): string {
  return new Intl.DateTimeFormat("ja-JP", {
    timeZone: "Asia/Tokyo",
    month: "numeric",
    day: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).format(date);
}

const USAGE =
  '使い方: npm run analyze -- [--json] メール.eml|メール.msg|sms.txt …  または  npm run analyze -- [--json] --text "届いた文面"';

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        json: { type: "boolean", default: false },
        text: { type: "string", multiple: true },
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
    const read = readInput(bytes, brands, !parsed.values.json);
    if (parsed.values.json) {
      const line =
        "error" in read
          ? { file, kind: read.kind, error: read.error }
          : "text" in read
            ? textToJson(file, read.text, read.kind, brands)
            : toJson(file, read.analysis, await lookUpOwners(read.analysis), read.kind);
      process.stdout.write(`${JSON.stringify(line)}\n`);
    } else if ("error" in read) {
      reports.push(`■ ${safe(file)}\n読み込めませんでした: ${read.error}`);
    } else if ("text" in read) {
      reports.push(formatTextReport(file, read.text, brands, colour));
    } else {
      const owners = await lookUpOwners(read.analysis);
      const month = owners.size > 0 ? (await nodeIpOwnerLookup().index()).dataMonth : undefined;
      reports.push(formatReport(file, read.analysis, colour, owners, month) + (read.note ? `\n\n${read.note}` : ""));
    }
  }
  if (!parsed.values.json) process.stdout.write(`${reports.join("\n\n")}\n`);
  return 0;
}

if (import.meta.main) process.exitCode = await main(process.argv.slice(2));
