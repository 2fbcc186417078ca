/**
 * `npm run analyze -- mail.eml` prints a mail's analysis in Japanese (coloured on a TTY);
 * `npm run --silent analyze -- --json FILE…` prints one JSON object per file per line (the contract
 * in issue 3, plus `kind`). The JSON reports the mail as written; the readable output masks the
 * recipient. Besides mails it reads Outlook `.msg` files and texts that are not mails (an SMS saved
 * as `sms.txt`, or `--text "…"`): the same fields where they apply, `kind` saying what the input was
 * (src/lib/input/detect-kind.ts). Node-only. Exit code 2 on usage errors only.
 */
import { existsSync, readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { lookupOwners, withOwners } from "../lib/analysis/owners.ts";
import { analyzeInput } from "../lib/analysis/index.ts";
import { type Analysis } from "../lib/analysis/analyze-reading.ts";
import { loadBrands } from "../lib/brand/registry.node.ts";
import type { Brand } from "../lib/brand/brand.ts";
import { severityLabel } from "../lib/breakdown/labels.ts";
import type { IpOwner } from "../lib/ip-owner/lookup.ts";
import { nodeIpOwnerLookup } from "../lib/ip-owner/store.node.ts";
import type { MailAnalysis } from "../lib/mail/analyze.ts";
import type { Finding } from "../lib/mail/rules/types.ts";
import { readMsg } from "../lib/msg/read-msg.ts";
import type { Channel } from "../lib/reading/read-input.ts";
import type { UrlAnalysis } from "../lib/url/types.ts";
import type { VerdictLevel } from "../lib/verdict/types.ts";
import { breakdownLines, paint, safe, SEVERITY_STYLE, type Style } from "./terminal-breakdown.ts";

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
): Promise<{ analysis: Analysis; owners: Owners | undefined }> {
  const first = analyzeInput(bytes, brands, { readMsg, redact: options.redact, channel: options.channel });
  if (first.ownerIps.length === 0) return { analysis: first, owners: undefined };
  const found = await lookupOwners(first.ownerIps, nodeIpOwnerLookup());
  return { analysis: withOwners(first, found), owners: found.owners };
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

/**
 * The readable report for one mail: the verdict, then the header breakdown's view model (the one
 * articles and the checker render), laid out for the terminal (./terminal-breakdown.ts).
 */
export function formatReport(file: string, checked: Analysis, colour: boolean): string {
  const out: string[] = [paint("bold", `■ ${safe(file)}`, colour), "", formatVerdict(checked, colour)];
  const mail = checked.mail;
  if (!mail) return out.join("\n");
  out.push(...breakdownLines(mail.breakdown, colour));
  // The text rules' findings (links in the body against the brand) are not header flags.
  if (checked.textFlags.length > 0) {
    out.push("", paint(["bold", "underline"], "本文の危険信号", colour));
    for (const flag of checked.textFlags)
      out.push(
        `${paint(SEVERITY_STYLE[flag.severity], `[${severityLabel[flag.severity]}]`, colour)} ${safe(flag.message)}`,
      );
  }
  out.push("", paint(["bold", "underline"], "本文の URL（無害化表示）", colour));
  if (mail.analysis.urls.length === 0) out.push("（なし）");
  for (const url of mail.analysis.urls) out.push(`- ${safe(url.defanged)}`);
  if (mail.analysis.attachments.length > 0) {
    out.push("", paint(["bold", "underline"], "添付ファイル（開いていません）", colour));
    for (const a of mail.analysis.attachments)
      out.push(`- ${safe(a.filename ?? "（名前なし）")}（${safe(a.contentType)}）`);
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
    const { analysis, owners } = await analyzeFile(bytes, brands, {
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
      reports.push(formatReport(file, analysis, colour) + (notes.length > 0 ? `\n\n${notes.join("\n")}` : ""));
    } else {
      reports.push(formatTextReport(file, analysis, brands, colour));
    }
  }
  if (!parsed.values.json) process.stdout.write(`${reports.join("\n\n")}\n`);
  return 0;
}

if (import.meta.main) process.exitCode = await main(process.argv.slice(2));
