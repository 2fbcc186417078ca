/**
 * `npm run new -- mail.eml [slug]` (or an Outlook `mail.msg`) drafts a case post from a phishing mail:
 * content/posts/<slug>/index.mdx, content/posts/<slug>/headers.eml (headers only, masked) and
 * content/posts/<slug>/body.txt or body.html (the body, recipient masked, shown by <MailBody>; the
 * build also compares it to find cases with the same text). It names the existing cases whose mails
 * share the new mail's template.
 * `npm run new -- --title "…" [slug]` drafts an empty case post. Never overwrites a post.
 * The draft's facts name who holds the originating IP (offline data); with `--lookup` they add what
 * DNS says about the sender's, the Return-Path's and the links' domains today (the only network use).
 * Node-only. Exit code 1 on a mistake the author can fix, 2 on usage errors.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { parseArgs } from "node:util";
import { loadBrands } from "../lib/brand/registry.node.ts";
import { readTemplateCases } from "../lib/scaffold/existing-posts.node.ts";
import {
  ScaffoldError,
  scaffoldEmpty,
  scaffoldFromMail,
  type ScaffoldResult,
  type ScaffoldOptions,
} from "../lib/scaffold/index.ts";
import { terminalSafe } from "../lib/scaffold/escape.ts";
import { detectInputKind } from "../lib/input/detect-kind.ts";
import { msgToMail } from "../lib/msg/msg-to-mail.ts";
import { readMsg } from "../lib/msg/read-msg.ts";
import { formatScaffoldReport } from "../lib/scaffold/report.ts";
import { scaffoldFromSms } from "../lib/scaffold/sms.ts";
import { site } from "../site.config.ts";
import type { LookedUpFact } from "../lib/breakdown/model.ts";
import { lookupOwners } from "../lib/analysis/owners.ts";
import { ownerQueryIps } from "../lib/breakdown/owners.ts";
import { jstDay } from "../lib/scaffold/draft.ts";
import { domainFact, originOwnerFact } from "../lib/scaffold/facts.ts";
import { dnsWorks, looksOffline, resolveDomains } from "../lib/scaffold/dns.node.ts";
import { nodeIpOwnerLookup } from "../lib/ip-owner/store.node.ts";
import { parseIp } from "../lib/mail/ip.ts";
import type { MailAnalysis } from "../lib/mail/analyze.ts";
import type { UrlAnalysis } from "../lib/url/types.ts";

const USAGE = [
  "使い方:",
  "  npm run new -- メール.eml [スラッグ]        メール（.eml か Outlook の .msg）から下書きの記事を作る",
  "  npm run new -- メール.eml --lookup          さらに差出人・Return-Path・リンクのドメインを DNS で調べる（ネットを使います）",
  '  npm run new -- --title "タイトル" [スラッグ]  空の記事を作る',
  "  npm run new -- sms.txt [スラッグ] --sender 送信元 --received 2025-06-12 --source-url URL --source-title 題名",
  '  npm run new -- --sms "届いた文面" …          SMS の事例の下書きを作る（--mask 伏せる文字列、--masked-url 出典で URL が伏せられていた）',
  "スラッグを省くと、今日の日付・ブランド・件名から作ります（例: 2026-11-27-american-express）。同じものがあれば -2, -3 … を付けます。",
].join("\n");

/** The domains `--lookup` asks DNS about: the sender's, the Return-Path's and the links' hosts. */
function lookupDomains(analysis: MailAnalysis, urls: readonly UrlAnalysis[]): string[] {
  const names = [
    analysis.summary.from?.domain,
    analysis.summary.returnPath?.domain,
    ...urls.map((u) => u.host),
  ].flatMap((d) => (d ? [d.toLowerCase().replace(/\.$/, "")] : []));
  return [...new Set(names)].filter((d) => d.includes(".") && !d.endsWith(".invalid") && !parseIp(d)).slice(0, 20);
}

/** Who holds the originating IP (for the report), set by {@link draftFacts}. */
let originOwner: LookedUpFact | null = null;

/**
 * The facts for a draft: with `lookup`, the DNS answers. Also finds who holds the originating IP,
 * for the report. Prints progress.
 */
async function draftFacts(
  analysis: MailAnalysis,
  urls: readonly UrlAnalysis[],
  day: string,
  lookup: boolean,
  dnsServers: readonly string[],
): Promise<LookedUpFact[]> {
  const facts: LookedUpFact[] = [];
  // Printed in the report only: the article's breakdown shows every hop's owner by itself, so a
  // fact in the draft would say it twice on the page. The same look-up as every other entry point.
  const found = await lookupOwners(ownerQueryIps(analysis), nodeIpOwnerLookup());
  if (found.owners && found.ownerDataMonth !== undefined)
    originOwner = originOwnerFact(analysis.originIp, found.owners, day, found.ownerDataMonth);
  else process.stderr.write("注意: IP アドレスの持ち主のデータを読めませんでした。続けます。\n");
  if (!lookup) return facts;
  const domains = lookupDomains(analysis, urls);
  if (domains.length === 0) return facts;
  process.stdout.write(`DNS で ${domains.length} 個のドメインを調べています…\n`);
  const dns = { servers: dnsServers };
  const answers = (await dnsWorks(dns)) ? await resolveDomains(domains, dns) : [];
  if (answers.length === 0 || answers.every(looksOffline)) {
    process.stdout.write("ネットワークにつながらないため、ドメインは調べられませんでした。調べずに続けます。\n");
    return facts;
  }
  const addresses = answers.flatMap((a) => (a.kind === "found" ? a.addresses : []));
  const located = (await lookupOwners(addresses, nodeIpOwnerLookup())).owners ?? new Map();
  for (const answer of answers) {
    if (answer.kind === "failed") {
      process.stdout.write(`${terminalSafe(answer.domain)}: 調べられませんでした（${answer.reason}）。\n`);
      continue;
    }
    const fact = domainFact(answer, located, day);
    if (fact) facts.push(fact);
  }
  return facts;
}

/** Writes an SMS case draft (`--sms "…"` or a `.txt` file); resolves to the exit code. */
function smsDraft(
  values: Record<string, string | boolean | string[] | undefined>,
  positionals: readonly string[],
  root: string,
  now: Date,
): number {
  const postsDir = join(root, "content", "posts");
  const slugTaken = (slug: string): boolean =>
    existsSync(join(postsDir, slug)) || existsSync(join(postsDir, `${slug}.mdx`));
  const fromFile = typeof values.sms !== "string";
  const slugArg = fromFile ? positionals[1] : positionals[0];
  let text: string;
  try {
    text = fromFile ? readFileSync(positionals[0] ?? "", "utf8") : String(values.sms);
  } catch {
    process.stderr.write(
      `エラー: SMS のファイル ${terminalSafe(positionals[0] ?? "")} を読み込めませんでした。パスを確認してください。\n`,
    );
    return 1;
  }
  if (text.trim() === "") {
    process.stderr.write("エラー: SMS の文面が空です。届いた文面をそのまま書いてください。\n");
    return 1;
  }
  const str = (key: string) => (typeof values[key] === "string" ? (values[key] as string) : null);
  const sourceUrl = str("source-url");
  const result = scaffoldFromSms(
    {
      text,
      sender: str("sender"),
      received: str("received"),
      source: sourceUrl
        ? {
            url: sourceUrl,
            title: str("source-title") ?? sourceUrl,
            checked: str("source-checked") ?? jstDay(now),
            masked: values["masked-url"] === true,
          }
        : null,
      mask: (values.mask as string[] | undefined) ?? [],
    },
    {
      brands: loadBrands(root),
      now,
      slug: slugArg,
      slugTaken,
      templateCases: readTemplateCases(postsDir, loadBrands(root)),
    },
  );
  const dir = join(postsDir, result.slug);
  if (existsSync(dir) || existsSync(`${dir}.mdx`)) {
    process.stderr.write(
      `エラー: ${relative(root, dir)} はもうあります。既存の記事は上書きしません。別のスラッグを指定してください。\n`,
    );
    return 1;
  }
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "sms.txt"), result.smsText, { flag: "wx" });
  writeFileSync(join(dir, "index.mdx"), result.mdx, { flag: "wx" });
  const lines = [
    `SMS の事例の下書きを作りました: ${terminalSafe(relative(root, join(dir, "index.mdx")))}`,
    `文面（受信者の名前などを伏せ字にしたもの）: ${terminalSafe(relative(root, join(dir, "sms.txt")))}`,
    "",
    `判定         ${terminalSafe(result.verdict.headline)}（npm run analyze -- --sms と /check/ と同じ判定）`,
    ...result.verdict.reasons.map((r) => `  ・${terminalSafe(r.text)}`),
    `タイトル案   ${terminalSafe(result.title)}`,
    `ブランド     ${result.brands.length > 0 ? result.brands.map((b) => `${b.id}（${b.nameJa}）`).join(", ") : "（見つかりません。frontmatter の brands に手で書いてください）"}`,
    `URL          ${result.urls.length > 0 ? result.urls.map(terminalSafe).join(" ") : "（なし）"}`,
    `同じ文面の事例 ${result.sameTemplate.length > 0 ? result.sameTemplate.map((m) => `${m.id}（一致 約${Math.round(m.score * 100)}%）`).join(", ") : "なし"}`,
  ];
  process.stdout.write(`${lines.join("\n")}\n`);
  return 0;
}

/** Runs the command in `root` (the site's folder); resolves to the exit code. */
export async function main(argv: readonly string[], root = process.cwd(), now = new Date()): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        title: { type: "string" },
        lookup: { type: "boolean", default: false },
        // For tests: the DNS server(s) --lookup asks instead of the system's.
        "dns-server": { type: "string", multiple: true },
        sms: { type: "string" },
        sender: { type: "string" },
        received: { type: "string" },
        "source-url": { type: "string" },
        "source-title": { type: "string" },
        "source-checked": { type: "string" },
        "masked-url": { type: "boolean", default: false },
        mask: { type: "string", multiple: true },
        help: { type: "boolean", short: "h", default: false },
      },
    });
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n${USAGE}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const withTitle = values.title !== undefined || values.sms !== undefined;
  if ((withTitle && positionals.length > 1) || (!withTitle && (positionals.length < 1 || positionals.length > 2))) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  if (values.sms !== undefined || (positionals[0] && /\.txt$/i.test(positionals[0]) && values.title === undefined))
    return smsDraft(values, positionals, root, now);
  const mailFile = withTitle ? null : positionals[0]!;
  const slugArg = withTitle ? positionals[0] : positionals[1];

  const postsDir = join(root, "content", "posts");
  const slugTaken = (slug: string): boolean =>
    existsSync(join(postsDir, slug)) || existsSync(join(postsDir, `${slug}.mdx`));
  let result: ScaffoldResult;
  try {
    const brands = loadBrands(root);
    const options: ScaffoldOptions = {
      brands,
      now,
      slug: slugArg,
      slugTaken,
      redactHosts: site.redactHosts,
      templateCases: mailFile === null ? [] : readTemplateCases(postsDir, brands),
    };
    if (mailFile === null) {
      result = scaffoldEmpty(values.title ?? "", options);
    } else {
      let bytes: Buffer;
      try {
        bytes = readFileSync(mailFile);
      } catch (error) {
        const code = error instanceof Error && "code" in error ? String(error.code) : "";
        throw new ScaffoldError(
          `メールのファイル ${terminalSafe(mailFile)} を読み込めませんでした${code === "ENOENT" ? "（見つかりません）" : `（${code}）`}。パスを確認してください。`,
        );
      }
      const input = new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
      let mail: string | Uint8Array = input;
      let mailOptions = options;
      if (detectInputKind(input).kind === "msg") {
        // An Outlook item: read it into a mail (its transport headers when it kept them).
        const read = readMsg(input);
        if (!read.ok) throw new ScaffoldError(read.message);
        mail = msgToMail(read.item);
        mailOptions = { ...options, redactAddresses: read.item.recipientAddresses };
      }
      const first = scaffoldFromMail(mail, mailOptions);
      const facts = first.analysis
        ? await draftFacts(first.analysis, first.urls, jstDay(now), values.lookup, values["dns-server"] ?? [])
        : [];
      result = facts.length > 0 ? scaffoldFromMail(mail, { ...mailOptions, facts }) : first;
    }
  } catch (error) {
    if (error instanceof ScaffoldError) {
      process.stderr.write(`エラー: ${error.message}\n`);
      return 1;
    }
    throw error;
  }

  const dir = join(postsDir, result.slug);
  for (const existing of [dir, `${dir}.mdx`]) {
    if (existsSync(existing)) {
      process.stderr.write(
        `エラー: ${relative(root, existing)} はもうあります。既存の記事は上書きしません。別のスラッグを指定してください（例: npm run new -- ${mailFile ? "メール.eml " : '--title "…" '}${result.slug}-2）。\n`,
      );
      return 1;
    }
  }
  mkdirSync(dir, { recursive: true });
  const postPath = join(dir, "index.mdx");
  const headersPath = result.headers === null ? null : join(dir, "headers.eml");
  const bodyPath = result.body === null ? null : join(dir, result.body.fileName);
  // `wx`: fail rather than overwrite, even if another process created the file meanwhile.
  if (headersPath !== null && result.headers !== null) writeFileSync(headersPath, result.headers, { flag: "wx" });
  if (bodyPath !== null && result.body !== null) writeFileSync(bodyPath, result.body.text, { flag: "wx" });
  writeFileSync(postPath, result.mdx, { flag: "wx" });
  process.stdout.write(
    `${formatScaffoldReport(
      result,
      relative(root, postPath),
      headersPath === null ? null : relative(root, headersPath),
      bodyPath === null ? null : relative(root, bodyPath),
      originOwner,
    )}\n`,
  );
  return 0;
}

if (import.meta.main) process.exitCode = await main(process.argv.slice(2));
