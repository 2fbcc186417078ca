/**
 * `npm run new -- mail.eml [slug]` (or an Outlook `mail.msg`) drafts a case post from a phishing mail:
 * content/posts/<slug>/index.mdx, content/posts/<slug>/headers.eml (headers only, masked) and
 * content/posts/<slug>/body.txt or body.html (the body, recipient masked, shown by <MailBody>).
 * `npm run new -- --title "…" [slug]` drafts an empty case post. Never overwrites a post.
 * Node-only. Exit code 1 on a mistake the author can fix, 2 on usage errors.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { parseArgs } from "node:util";
import { loadBrands } from "../lib/brand-registry.node.ts";
import {
  ScaffoldError,
  scaffoldEmpty,
  scaffoldFromMail,
  terminalSafe,
  type ScaffoldResult,
} from "../lib/scaffold/index.ts";
import { detectInputKind } from "../lib/input/detect-kind.ts";
import { msgToMail } from "../lib/msg/msg-to-mail.ts";
import { readMsg } from "../lib/msg/read-msg.ts";
import { formatScaffoldReport } from "../lib/scaffold/report.ts";
import { site } from "../site.config.ts";

const USAGE = [
  "使い方:",
  "  npm run new -- メール.eml [スラッグ]        メール（.eml か Outlook の .msg）から下書きの記事を作る",
  '  npm run new -- --title "タイトル" [スラッグ]  空の記事を作る',
  "スラッグを省くと、今日の日付と差出人のドメインから作ります（例: 2026-11-27-auccwallt-top）。",
].join("\n");

/** Runs the command in `root` (the site's folder); returns the exit code. */
export function main(argv: readonly string[], root = process.cwd(), now = new Date()): number {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: { title: { type: "string" }, help: { type: "boolean", short: "h", default: false } },
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
  const withTitle = values.title !== undefined;
  if ((withTitle && positionals.length > 1) || (!withTitle && (positionals.length < 1 || positionals.length > 2))) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const mailFile = withTitle ? null : positionals[0]!;
  const slugArg = withTitle ? positionals[0] : positionals[1];

  let result: ScaffoldResult;
  try {
    const brands = loadBrands(root);
    const options = { brands, now, slug: slugArg, redactHosts: site.redactHosts };
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
      if (detectInputKind(input).kind === "msg") {
        // An Outlook item: read it into a mail (its transport headers when it kept them).
        const read = readMsg(input);
        if (!read.ok) throw new ScaffoldError(read.message);
        result = scaffoldFromMail(msgToMail(read.item), { ...options, redactAddresses: read.item.recipientAddresses });
      } else {
        result = scaffoldFromMail(input, options);
      }
    }
  } catch (error) {
    if (error instanceof ScaffoldError) {
      process.stderr.write(`エラー: ${error.message}\n`);
      return 1;
    }
    throw error;
  }

  const postsDir = join(root, "content", "posts");
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
  // `wx`: fail rather than overwrite, even if another process created the file meanwhile.
  if (headersPath !== null && result.headers !== null) writeFileSync(headersPath, result.headers, { flag: "wx" });
  if (result.body !== null) writeFileSync(join(dir, result.body.fileName), result.body.text, { flag: "wx" });
  writeFileSync(postPath, result.mdx, { flag: "wx" });
  process.stdout.write(
    `${formatScaffoldReport(result, relative(root, postPath), headersPath === null ? null : relative(root, headersPath))}\n`,
  );
  return 0;
}

if (import.meta.main) process.exitCode = main(process.argv.slice(2));
