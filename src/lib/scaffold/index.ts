/**
 * `npm run new` without the file system: turns a mail (or a title) into a draft case post.
 * Reuses the mail and URL libraries for every bit of parsing; this module only decides what goes
 * into the post and escapes it. Pure TypeScript, so it is unit-tested directly.
 */
import type { LookedUpFact } from "../breakdown/model.ts";
import type { Brand } from "../brand/brand.ts";
import type { MailAnalysis } from "../mail/analyze.ts";
import { analyzeInput } from "../analysis/index.ts";
import { analyzeMail } from "../reading/index.ts";
import type { Verdict } from "../verdict/types.ts";
import { brandsClaimedBy } from "../mail/brand-claims.ts";
import { splitMessage } from "../mail/headers.ts";
import { MASKED_ADDRESS, maskRecipient, recipientAddresses } from "../mail/redact.ts";
import { htmlToView } from "../html/html-to-view.ts";
import { viewText } from "../html/view-text.ts";
import type { Finding } from "../mail/rules/types.ts";
import { analyzeUrl } from "../url/analyze.ts";
import type { UrlAnalysis } from "../url/types.ts";
import { mailText } from "../template/body-text.ts";
import {
  cleanSubject,
  defaultSlug,
  detectBrands,
  draftTitle,
  isValidSlug,
  jstDay,
  mailSlug,
  uniqueSlug,
} from "./draft.ts";
import { oneLine } from "./escape.ts";
import { sameTemplateCases, suggestedCampaign, type SameTemplateCase, type TemplateCase } from "./same-template.ts";
import { renderPostMdx, type TemplateAttachment, type TemplateLink } from "./template.ts";

/** A mistake the author can fix; `message` is Japanese and says what to do. */
export class ScaffoldError extends Error {
  override name = "ScaffoldError";
}

/** Options for {@link scaffoldFromMail} and {@link scaffoldEmpty}. */
export interface ScaffoldOptions {
  brands: readonly Brand[];
  /** Today (the post's pubDate is this day in Japan time). */
  now: Date;
  /**
   * The post's slug. When absent it is drafted from the date, the brand and the subject (see
   * `mailSlug`) and made unique with `slugTaken`.
   */
  slug?: string | undefined;
  /** True when a post with this slug exists already (used only for a drafted slug). */
  slugTaken?: (slug: string) => boolean;
  /** The existing cases with their mails' fingerprints, to name those that share the new mail's template. */
  templateCases?: readonly TemplateCase[];
  /** Host names to mask as well (site config `redactHosts`). */
  redactHosts?: readonly string[];
  /** Most `<SafeLink>`s to write (default 10). */
  maxLinks?: number;
  /** Facts to write into the draft's `<HeaderBreakdown facts>` (see `facts.ts`). */
  facts?: readonly LookedUpFact[] | undefined;
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
   * The body, recipient's addresses and greeting name masked, to save beside the headers: `body.html`
   * when the mail has an HTML part (shown through the safe view's parser), else `body.txt`; null when
   * the mail has no body. The build reads it for the safe view and to find cases with the same text.
   */
  body: { fileName: "body.html" | "body.txt"; text: string } | null;
  /** Existing cases whose mails share this mail's template, best first. */
  sameTemplate: SameTemplateCase[];
  /** The campaign written into the draft (taken from the best same-template case), or null. */
  campaign: string | null;
  title: string;
  brands: Brand[];
  /** Null for a post without a mail. */
  analysis: MailAnalysis | null;
  /** The verdict the checker and the CLI give for the same file (null for an empty draft). */
  verdict: Verdict | null;
  /** The body URLs as shown in the post (recipient details masked), all of them. */
  urls: UrlAnalysis[];
  /** How many URLs got a `<SafeLink>`. */
  linkCount: number;
  /** The facts written into the draft's `<HeaderBreakdown facts>`. */
  facts: LookedUpFact[];
}

const DEFAULT_MAX_LINKS = 10;

/** Honorifics and generic words: a greeting line with one of these names nobody. */
const GENERIC_GREETING = /お客|会員|皆|各位|担当|利用者|カスタマー|ユーザー|メンバー/;
const GREETING = /^([ \t\u3000]*)([^\n。、！？!?]{1,20}?)([ \t\u3000]*(?:様|さま|殿))[ \t\u3000]*$/gm;

/** The text with the name in a greeting line (`山田 太郎 様`) replaced by `（受信者の名前）`. */
export function maskGreetingName(text: string): string {
  return text.replace(GREETING, (line: string, indent: string, name: string, honorific: string) =>
    GENERIC_GREETING.test(name) || name.includes(MASKED_ADDRESS) ? line : `${indent}（受信者の名前）${honorific}`,
  );
}

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
  // The same analysis and verdict as `npm run analyze` and /check/ give for this file.
  const checked = analyzeInput(input, options.brands, {
    now: options.now,
    redactHosts: hosts,
    redactAddresses: extra,
  });
  const analysis =
    checked.mail?.analysis ??
    analyzeMail(input, {
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
      uniqueSlug(
        mailSlug(day, brands[0]?.id, analysis.summary.subject, [
          from?.registrableDomain ?? from?.domain ?? null,
          analysis.summary.returnPath?.registrableDomain ?? null,
        ]),
        options.slugTaken ?? (() => false),
      ),
  );
  const templateText = maskGreetingName(maskRecipient(mailText(input).text, recipients, hosts))
    .replace(/\r\n?/g, "\n")
    .trim();
  const sameTemplate =
    templateText === ""
      ? []
      : sameTemplateCases(`${templateText}\n`, options.templateCases ?? [], { brands: options.brands, recipients });
  const campaign = suggestedCampaign(sameTemplate);

  const urls = analysis.urls.map((u) => {
    const masked = maskRecipient(u.url, recipients, hosts);
    return masked === u.url ? u : analyzeUrl(masked, { brands: options.brands });
  });
  const { html: bodyHtml, text: bodyText } = analysis.mail.body;
  // Keep the HTML when it shows the reader at least as much as the text part (a body cut short in
  // the middle of its HTML, or an HTML part with only images, is better kept as its text).
  const htmlShows = bodyHtml.trim() === "" ? 0 : viewText(htmlToView(bodyHtml).view).trim().length;
  const body: ScaffoldResult["body"] =
    htmlShows > 0 && htmlShows >= bodyText.trim().length / 2
      ? { fileName: "body.html", text: maskGreetingName(maskRecipient(bodyHtml, recipients, hosts)) }
      : bodyText.trim() !== ""
        ? { fileName: "body.txt", text: maskGreetingName(maskRecipient(bodyText, recipients, hosts)) }
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
  const maskedFacts: LookedUpFact[] = (options.facts ?? []).map((f) => ({
    ...f,
    about: maskRecipient(f.about, recipients, hosts),
    ...(f.note === undefined ? {} : { note: maskRecipient(f.note, recipients, hosts) }),
  }));
  const mdx = renderPostMdx({
    title,
    description,
    pubDate: day,
    brandIds: brands.map((b) => b.id),
    tags: tagsFor(brands, analysis),
    headersFile: `${slug}/headers.eml`,
    bodyFile: body ? `${slug}/${body.fileName}` : null,
    hints: hintLines(analysis.flags).map((h) => maskRecipient(h, recipients, hosts)),
    mailingList: analysis.mailingList
      ? { id: analysis.mailingList.id, removedParts: analysis.mailingList.removedParts }
      : null,
    links,
    omittedLinks: Math.max(0, urls.length - maxLinks),
    attachments,
    campaign,
    sameTemplate: sameTemplate.map((m) => ({ id: m.id, title: m.title, score: m.score })),
    facts: maskedFacts,
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
  return {
    slug,
    mdx,
    headers,
    body,
    sameTemplate,
    campaign,
    title,
    brands,
    analysis,
    verdict: checked.verdict,
    urls,
    linkCount: links.length,
    facts: maskedFacts,
  };
}

/** Drafts an empty case post from a title (no mail, no header file). */
export function scaffoldEmpty(title: string, options: ScaffoldOptions): ScaffoldResult {
  const clean = oneLine(title);
  if (clean === "")
    throw new ScaffoldError('--title に記事のタイトルを書いてください（例: --title "アメックスを名乗るメール"）。');
  const day = jstDay(options.now);
  const brands = brandsClaimedBy(clean, options.brands);
  const slug = checkSlug(
    options.slug ??
      uniqueSlug(defaultSlug(day, [brands[0]?.id ?? null, clean, "post"]), options.slugTaken ?? (() => false)),
  );
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
    campaign: null,
    sameTemplate: [],
  });
  return {
    slug,
    mdx,
    headers: null,
    body: null,
    sameTemplate: [],
    campaign: null,
    title: clean,
    brands,
    analysis: null,
    verdict: null,
    urls: [],
    linkCount: 0,
    facts: [],
  };
}
