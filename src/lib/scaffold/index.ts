/**
 * `npm run new` without the file system: turns a mail (or a title) into a draft case post.
 * Reuses the mail and URL libraries for every bit of parsing; this module only decides what goes
 * into the post and escapes it. Pure TypeScript, so it is unit-tested directly.
 */
import type { Brand } from "../brand.ts";
import { analyzeMail, type MailAnalysis } from "../mail/analyze.ts";
import { brandsClaimedBy } from "../mail/brand-claims.ts";
import { splitMessage } from "../mail/headers.ts";
import { maskRecipient, recipientAddresses } from "../mail/redact.ts";
import type { Finding } from "../mail/rules/index.ts";
import { analyzeUrl } from "../url/index.ts";
import type { UrlAnalysis } from "../url/types.ts";
import { cleanSubject, defaultSlug, detectBrands, draftTitle, isValidSlug, jstDay } from "./draft.ts";
import { oneLine } from "./escape.ts";
import { renderPostMdx, type TemplateAttachment, type TemplateLink } from "./template.ts";

export {
  cleanSubject,
  defaultSlug,
  detectBrands,
  draftTitle,
  isValidSlug,
  jstDay,
  slugPart,
  SLUG_PATTERN,
} from "./draft.ts";
export {
  commentText,
  jsString,
  jsxStringProp,
  mdxText,
  oneLine,
  terminalSafe,
  yamlString,
  yamlStringList,
} from "./escape.ts";
export { renderPostMdx } from "./template.ts";
export { maskRecipient } from "../mail/redact.ts";
export type { PostTemplate, TemplateAttachment, TemplateLink } from "./template.ts";

/** A mistake the author can fix; `message` is Japanese and says what to do. */
export class ScaffoldError extends Error {
  override name = "ScaffoldError";
}

/** Options for {@link scaffoldFromMail} and {@link scaffoldEmpty}. */
export interface ScaffoldOptions {
  brands: readonly Brand[];
  /** Today (the post's pubDate is this day in Japan time). */
  now: Date;
  /** The post's slug; drafted from the date and the sender's domain when absent. */
  slug?: string | undefined;
  /** Host names to mask as well (site config `redactHosts`). */
  redactHosts?: readonly string[];
  /** Most `<SafeLink>`s to write (default 10). */
  maxLinks?: number;
  /** More recipient addresses to mask (an Outlook item's recipients, which its headers may not name). */
  redactAddresses?: readonly string[];
}

/** What the scaffolder found and wrote, for the report. */
export interface ScaffoldResult {
  slug: string;
  /** The `index.mdx` text. */
  mdx: string;
  /** The masked header section for `headers.eml`, or null for a post without a mail. */
  headers: string | null;
  /**
   * The body, recipient masked, to save beside the headers: `body.html` when the mail has an HTML
   * part (shown through the safe view's parser), else `body.txt`; null when the mail has no body.
   */
  body: { fileName: "body.html" | "body.txt"; text: string } | null;
  title: string;
  brands: Brand[];
  /** Null for a post without a mail. */
  analysis: MailAnalysis | null;
  /** The body URLs as shown in the post (recipient details masked), all of them. */
  urls: UrlAnalysis[];
  /** How many URLs got a `<SafeLink>`. */
  linkCount: number;
}

const DEFAULT_MAX_LINKS = 10;

/** Lists recipient addresses (lower case) still present in `text`, case-insensitively: must be empty. */
export function leakedAddresses(text: string, addresses: readonly string[]): string[] {
  const lower = text.toLowerCase();
  return addresses.filter((a) => {
    const at = a.lastIndexOf("@");
    return (
      lower.includes(a) ||
      lower.includes(`${a.slice(0, at)}%40${a.slice(at + 1)}`) ||
      lower.includes(`${a.slice(0, at)}=${a.slice(at + 1)}`)
    );
  });
}

function checkSlug(slug: string): string {
  if (!isValidSlug(slug)) {
    throw new ScaffoldError(
      `スラッグ "${oneLine(slug)}" は使えません。半角の小文字英数字とハイフンで 3〜80 文字にしてください（例: 2026-11-27-auccwallt-top）。`,
    );
  }
  return slug;
}

function tagsFor(brands: readonly Brand[], analysis: MailAnalysis | null): string[] {
  const tags = new Set<string>();
  if (brands.length > 0) tags.add("なりすまし");
  if (analysis) {
    if (analysis.attachments.length > 0) tags.add("添付ファイル");
    if (analysis.urls.some((u) => u.verdict.kind === "lookalike")) tags.add("そっくりドメイン");
    if (analysis.urls.some((u) => u.verdict.kind === "shortener")) tags.add("短縮URL");
  }
  if (tags.size === 0) tags.add("詐欺メール");
  return [...tags];
}

/** One line per automatic finding, for the author's reminder in the draft. */
function hintLines(flags: readonly Finding[]): string[] {
  return flags.filter((f) => f.severity !== "info").map((f) => f.message);
}

/**
 * Drafts a post from a raw mail. The header section is saved masked: the recipient's addresses and
 * the listed hosts are replaced, and the result is checked to hold none of the recipient addresses
 * (throws otherwise). Body URLs and attachment names are masked the same way.
 */
export function scaffoldFromMail(input: string | Uint8Array, options: ScaffoldOptions): ScaffoldResult {
  const hosts = options.redactHosts ?? [];
  const extra = options.redactAddresses ?? [];
  const analysis = analyzeMail(input, {
    brands: options.brands,
    now: options.now,
    redact: true,
    redactHosts: hosts,
    redactAddresses: extra,
  });
  const originalHeaders = splitMessage(input).headerText;
  const recipients = [...new Set([...recipientAddresses(originalHeaders), ...extra.map((a) => a.toLowerCase())])];
  if (analysis.mail.fields.length === 0) {
    throw new ScaffoldError(
      "メールのヘッダーが読み取れませんでした。.eml ファイル（ヘッダーから始まるメールの原文）を指定してください。",
    );
  }
  const headers = analysis.mail.headerText.replace(/(?:\r\n|\n|\r)*$/, "\n");
  const brands = detectBrands(analysis, options.brands);
  const day = jstDay(options.now);
  const from = analysis.summary.from;
  const slug = checkSlug(
    options.slug ??
      defaultSlug(day, [
        from?.registrableDomain ?? from?.domain ?? null,
        brands[0]?.id ?? null,
        analysis.summary.returnPath?.registrableDomain ?? null,
      ]),
  );

  const urls = analysis.urls.map((u) => {
    const masked = maskRecipient(u.url, recipients, hosts);
    return masked === u.url ? u : analyzeUrl(masked, { brands: options.brands });
  });
  const { html: bodyHtml, text: bodyText } = analysis.mail.body;
  const body: ScaffoldResult["body"] =
    bodyHtml.trim() !== ""
      ? { fileName: "body.html", text: maskRecipient(bodyHtml, recipients, hosts) }
      : bodyText.trim() !== ""
        ? { fileName: "body.txt", text: maskRecipient(bodyText, recipients, hosts) }
        : null;
  const maxLinks = options.maxLinks ?? DEFAULT_MAX_LINKS;
  const links: TemplateLink[] = urls
    .slice(0, maxLinks)
    .map((u) => ({ url: u.url, brandId: u.verdict.brandId ?? brands[0]?.id ?? null }));
  const attachments: TemplateAttachment[] = analysis.attachments.map((a) => ({
    filename: a.filename === null ? null : maskRecipient(a.filename, recipients, hosts),
    contentType: a.contentType,
    size: a.size,
  }));
  const title = maskRecipient(draftTitle(analysis.summary.subject, brands), recipients, hosts);
  const who = brands[0] ? `${brands[0].nameJa}を名乗る` : "";
  const subject = maskRecipient(cleanSubject(analysis.summary.subject), recipients, hosts);
  const description = subject
    ? `${who}「${subject}」という件名のメールを分解します。（下書き：要約に書き換えてください）`
    : `${who}メールを分解します。（下書き：要約に書き換えてください）`;
  const mdx = renderPostMdx({
    title,
    description,
    pubDate: day,
    brandIds: brands.map((b) => b.id),
    tags: tagsFor(brands, analysis),
    headersFile: `${slug}/headers.eml`,
    bodyFile: body ? `${slug}/${body.fileName}` : null,
    hints: hintLines(analysis.flags).map((h) => maskRecipient(h, recipients, hosts)),
    links,
    omittedLinks: Math.max(0, urls.length - maxLinks),
    attachments,
  });

  const leaks = [
    ...new Set([
      ...leakedAddresses(headers, recipients),
      ...leakedAddresses(mdx, recipients),
      ...leakedAddresses(body?.text ?? "", recipients),
    ]),
  ];
  if (leaks.length > 0) {
    throw new ScaffoldError(
      `受信者のアドレスを伏せ字にできませんでした（${leaks.length} 件）。記事は作っていません。src/lib/mail/redact.ts を確認してください。`,
    );
  }
  return { slug, mdx, headers, body, title, brands, analysis, urls, linkCount: links.length };
}

/** Drafts an empty case post from a title (no mail, no header file). */
export function scaffoldEmpty(title: string, options: ScaffoldOptions): ScaffoldResult {
  const clean = oneLine(title);
  if (clean === "")
    throw new ScaffoldError('--title に記事のタイトルを書いてください（例: --title "アメックスを名乗るメール"）。');
  const day = jstDay(options.now);
  const brands = brandsClaimedBy(clean, options.brands);
  const slug = checkSlug(options.slug ?? defaultSlug(day, [brands[0]?.id ?? null, clean, "post"]));
  const mdx = renderPostMdx({
    title: clean,
    description: `${clean}。（下書き：要約に書き換えてください）`,
    pubDate: day,
    brandIds: brands.map((b) => b.id),
    tags: tagsFor(brands, null),
    headersFile: null,
    bodyFile: null,
    hints: [],
    links: [],
    omittedLinks: 0,
    attachments: [],
  });
  return { slug, mdx, headers: null, body: null, title: clean, brands, analysis: null, urls: [], linkCount: 0 };
}
