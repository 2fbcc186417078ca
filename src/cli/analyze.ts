/**
 * `npm run analyze -- mail.eml` prints a mail's analysis in Japanese (coloured on a TTY);
 * `npm run --silent analyze -- --json FILE…` prints one JSON object per file per line (the contract
 * in issue 3). The JSON reports the mail as written; the readable output masks the recipient.
 * Node-only. Exit code 2 on usage errors only.
 */
import { buildBrandClaimViews } from "../lib/breakdown/brand-claims-view.ts";
import { readFileSync } from "node:fs";
import { parseArgs, styleText } from "node:util";
import { loadBrands } from "../lib/brand-registry.node.ts";
import type { Brand } from "../lib/brand.ts";
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
}

/** The `--json` object for one analysed file; `owners` from {@link lookUpOwners}. */
export function toJson(file: string, analysis: MailAnalysis, owners?: Owners): AnalyzeJson {
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
    urls: analysis.urls.map((u) => ({
      url: u.url,
      host: u.host,
      registrableDomain: u.registrableDomain,
      defanged: u.defanged,
    })),
    flags: analysis.flags.map((f) => ({ id: f.id, severity: f.severity, message: f.message })),
    claimedBrands: analysis.summary.claimedBrands.map((b) => ({ ...b, where: [...b.where] })),
  };
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

const USAGE = "使い方: npm run analyze -- [--json] メール.eml …";

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { json: { type: "boolean", default: false }, help: { type: "boolean", short: "h", default: false } },
    });
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n${USAGE}\n`);
    return 2;
  }
  if (parsed.values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (parsed.positionals.length === 0) {
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
  for (const file of parsed.positionals) {
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(file);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (parsed.values.json) process.stdout.write(`${JSON.stringify({ file, error: message })}\n`);
      else reports.push(`■ ${file}\n読み込めませんでした: ${message}`);
      continue;
    }
    if (parsed.values.json) {
      const analysis = analyzeMail(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), {
        brands,
        redact: false,
      });
      process.stdout.write(`${JSON.stringify(toJson(file, analysis, await lookUpOwners(analysis)))}\n`);
    } else {
      const analysis = analyzeMail(bytes, { brands });
      const owners = await lookUpOwners(analysis);
      const month = owners.size > 0 ? (await nodeIpOwnerLookup().index()).dataMonth : undefined;
      reports.push(formatReport(file, analysis, colour, owners, month));
    }
  }
  if (!parsed.values.json) process.stdout.write(`${reports.join("\n\n")}\n`);
  return 0;
}

if (import.meta.main) process.exitCode = await main(process.argv.slice(2));
