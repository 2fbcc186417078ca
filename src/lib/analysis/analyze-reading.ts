/**
 * One analysis of one reading (issue 18): the mail rules on a message with headers (or on the sender
 * line of a text), the text rules and lure tactics on what the reader sees, every address judged
 * against the brands claimed, the forwarded original analysed the same way, and the verdict decided
 * from all of it. The CLI, the checker's worker, `npm run new` and the article components all use
 * this. Who holds the IPs is added afterwards by ./owners.ts, without a second run. Pure; never throws.
 */
import type { Brand } from "../brand/brand.ts";
import type { BreakdownModel } from "../breakdown/model.ts";
import { buildLinkPreview, type LinkPreviewModel } from "../breakdown/link-preview.ts";
import type { BodyView } from "../html/view-model.ts";
import type { InputKind } from "../input/detect-kind.ts";
import type { MailAnalysis } from "../mail/analyze.ts";
import type { Finding } from "../mail/rules/types.ts";
import type { Channel, ForwardHow, MessageReading, Reading } from "../reading/read-input.ts";
import type { SenderLine } from "../reading/sender-line.ts";
import { analyzeText } from "../text/analyze-text.ts";
import { runTextRules } from "../text/rules/index.ts";
import { findTactics } from "../text/tactics/index.ts";
import { type TacticFinding } from "../text/tactics/types.ts";
import { isFraudWarning } from "../text/fraud-warning.ts";
import type { UrlAnalysis } from "../url/types.ts";
import { collectEvidence } from "../verdict/evidence.ts";
import type { Verdict, VerdictLevel } from "../verdict/types.ts";
import { decideVerdict } from "../verdict/verdict.ts";

/** How many raw header lines the checker shows (a 5 MB header block must not freeze the page). */
export const MAX_RAW_LINES = 400;
/** How many URLs get a preview. */
export const MAX_LINK_PREVIEWS = 30;

/** The header analysis of a message, with its breakdown view model. */
export interface MailCheck {
  analysis: MailAnalysis;
  breakdown: BreakdownModel;
  /** Raw header lines left out of the breakdown because there were too many. */
  rawLinesOmitted: number;
}

/** Everything known about one input. */
export interface Analysis {
  kind: InputKind;
  /** Why nothing could be analysed (a zip, a broken .msg, nothing pasted), or null. */
  problem: string | null;
  channel: Channel;
  /** What was analysed, one plain-Japanese line each. */
  analysed: string[];
  /** What could not be checked and why, one line each. */
  notChecked: string[];
  /** The header analysis (a mail, headers, a .msg, a forwarded original, the sender line of a text). */
  mail: MailCheck | null;
  /** True when the headers were written from what the message claims (no delivery record). */
  headersFromItem: boolean;
  /** The sender written in a text (a phone number, 「差出人: …」). */
  sender: SenderLine | null;
  /** Brand ids the input claims (sender, subject, text, URL verdicts). */
  claimedBrandIds: string[];
  /** The same brands, as the result names them (the page does not hold the registry). */
  claimedBrands: { id: string; nameJa: string; nameEn: string; mailDomains: string[] }[];
  /** Every address, analysed. */
  urls: UrlAnalysis[];
  links: LinkPreviewModel[];
  linksOmitted: number;
  /** Red flags of the text (smishing patterns, links off the brand's domains). */
  textFlags: Finding[];
  /** Lure tactics the text uses. */
  tactics: TacticFinding[];
  attachments: { filename: string | null; contentType: string }[];
  /** The message itself, safely. */
  body: BodyView | null;
  forwarded: { how: ForwardHow; filename: string | null; inner: Analysis } | null;
  /** Public IPs of the mail's route whose holder the breakdown can show (this one and forwarded ones). */
  ownerIps: string[];
  /** The one answer for the reader (for a forward, about the original inside). */
  verdict: Verdict;
  /**
   * The message's text as read (an SMS, a mail's body), for comparing it with the casebook's texts.
   * It holds the addresses as written: it never reaches the page (./view.ts leaves it out).
   */
  messageText: string;
  /** The case of the casebook whose text this message shares, when the caller found one. */
  caseMatch: { title: string; path: string } | null;
}

/**
 * Analyses a message (./analyze-message.ts): passed in so that a text needs none of the mail
 * analysis. Node callers get it from ./index.ts; the checker's worker loads it with the mail reader.
 */
export interface MessageAnalyzer {
  analyze(
    message: MessageReading,
    brands: readonly Brand[],
    now: Date,
  ): { analysis: MailAnalysis; check: MailCheck; ownerIps: string[] };
}

/** Options for {@link analyzeReading}. */
export interface AnalyzeOptions {
  /** The mail analysis; without it a message is judged by its text only. */
  messageAnalyzer?: MessageAnalyzer | undefined;
  /** The time of the analysis, for rules about future dates (default: now). */
  now?: Date | undefined;
  /** A case of the casebook whose text this input shares (src/lib/template/), found by the caller. */
  caseMatch?: { title: string; path: string } | null | undefined;
}

const NO_HEADERS =
  "ヘッダー（Received などの配送の記録）がないため、送信元のサーバーと送信元認証（SPF・DKIM・DMARC）は調べられません。";

function previews(
  urls: readonly UrlAnalysis[],
  brands: readonly Brand[],
): { links: LinkPreviewModel[]; omitted: number } {
  return {
    links: urls.slice(0, MAX_LINK_PREVIEWS).map((u) => buildLinkPreview(u, brands)),
    omitted: Math.max(0, urls.length - MAX_LINK_PREVIEWS),
  };
}

function urlBrandIds(urls: readonly UrlAnalysis[]): string[] {
  return urls.flatMap((u) => (u.verdict.brandId && u.verdict.kind !== "official" ? [u.verdict.brandId] : []));
}

const LEVEL_ORDER: Readonly<Record<VerdictLevel, number>> = { danger: 3, caution: 2, unknown: 1, consistent: 0 };

function blank(reading: Reading, verdict: Verdict): Analysis {
  return {
    kind: reading.kind,
    problem: reading.problem,
    channel: reading.channel,
    analysed: [],
    notChecked: [],
    mail: null,
    headersFromItem: false,
    sender: reading.sender,
    claimedBrandIds: [],
    claimedBrands: [],
    urls: [],
    links: [],
    linksOmitted: 0,
    textFlags: [],
    tactics: [],
    attachments: [],
    body: null,
    forwarded: null,
    ownerIps: [],
    verdict,
    messageText: "",
    caseMatch: null,
  };
}

/** Analyses a reading. Never throws. */
export function analyzeReading(reading: Reading, brands: readonly Brand[], options: AnalyzeOptions = {}): Analysis {
  const empty = decideVerdict({
    evidence: [],
    positives: [],
    claimedBrands: [],
    kind: reading.kind,
    hasContent: false,
  });
  if (reading.problem !== null) return blank(reading, empty);
  const result = blank(reading, empty);
  const now = options.now ?? new Date();

  // The header analysis: a mail, its headers, an Outlook item, or the sender line of a text.
  let mailAnalysis: MailAnalysis | null = null;
  const message = options.messageAnalyzer ? reading.message : null;
  if (message && options.messageAnalyzer) {
    const analysed = options.messageAnalyzer.analyze(message, brands, now);
    mailAnalysis = analysed.analysis;
    result.mail = analysed.check;
    result.headersFromItem = message.headersFromItem;
    result.ownerIps = analysed.ownerIps;
  }

  const isText = reading.text !== null;
  if (reading.truncated) result.notChecked.push(reading.truncated);
  if (isText) {
    // What the reader pasted: the text's own addresses, tactics and rules; the sender line's brand too.
    const claimText = [reading.sender?.name, reading.sender?.address, reading.subject].filter(Boolean).join("\n");
    const text = analyzeText(reading.text ?? "", { brands, claimText });
    result.urls = text.urls;
    result.tactics = text.tactics;
    result.textFlags = text.flags;
    result.body = reading.body;
    const mailClaims = mailAnalysis?.summary.claimedBrandIds ?? [];
    result.claimedBrandIds = [...new Set([...mailClaims, ...text.claimedBrandIds, ...urlBrandIds(text.urls)])];
    if (reading.kind === "urls") {
      result.analysed.push(`URL（${text.urls.length} 個）`);
      result.notChecked.push("URL だけなので、差出人や文面は調べられません。");
    } else if (reading.kind === "sender") {
      result.analysed.push("差出人（表示名とアドレス）");
      result.notChecked.push("差出人だけなので、文面やリンクは調べられません。");
    } else {
      result.analysed.push(
        "文面（名乗っているブランドと、詐欺によくある口実）",
        text.urls.length > 0 ? `文中の URL（${text.urls.length} 個）` : "文中の URL（見つかりませんでした）",
      );
      if (reading.sender) result.analysed.push(`差出人（${reading.sender.line}）`);
      result.notChecked.push(NO_HEADERS.replace("ヘッダー", "メールのヘッダー"));
    }
  } else if (message && mailAnalysis) {
    const claimed = brands.filter((b) => mailAnalysis.summary.claimedBrandIds.includes(b.id));
    const seen = `${mailAnalysis.summary.subject ?? ""}\n${message.content.bodyText}`;
    result.urls = mailAnalysis.urls;
    result.tactics = findTactics(seen);
    // The mail's own rules and link previews already say what the brand-link rule would.
    result.textFlags = runTextRules({
      text: message.content.bodyText,
      normalised: message.content.bodyText.slice(0, 20_000).normalize("NFKC"),
      urls: mailAnalysis.urls,
      claimedBrands: claimed,
      brands,
      tactics: result.tactics,
    }).filter((f) => f.id !== "text-brand-link");
    result.body = message.body;
    result.attachments = message.attachments;
    result.claimedBrandIds = [...new Set([...mailAnalysis.summary.claimedBrandIds, ...urlBrandIds(mailAnalysis.urls)])];
    const hasBody = message.content.bodyText.trim() !== "";
    if (message.headersFromItem) {
      result.analysed.push("差出人・件名（メールに書かれていたもの）", ...(hasBody ? ["本文と本文の URL"] : []));
      result.notChecked.push(
        reading.kind === "msg"
          ? "この .msg ファイルには配送の記録（Received などのヘッダー）が含まれていないため、送信元のサーバーと送信元認証（SPF・DKIM・DMARC）は調べられません。Outlook で作った・送ったメールや下書きはこうなります。"
          : NO_HEADERS,
      );
    } else if (mailAnalysis.hops.length === 0) {
      result.analysed.push("ヘッダー", ...(hasBody ? ["本文と本文の URL"] : []));
      result.notChecked.push("Received ヘッダーがないため、送信元のサーバーは調べられません。");
    } else {
      result.analysed.push("ヘッダー（差出人、配送の記録、送信元認証）", ...(hasBody ? ["本文と本文の URL"] : []));
    }
    if (!hasBody) result.notChecked.push("本文がないため、本文の文面と URL は調べられません。");
  }
  const { links, omitted } = previews(result.urls, brands);
  result.links = links;
  result.linksOmitted = omitted;

  if (reading.forwarded) {
    const inner = analyzeReading(reading.forwarded.reading, brands, { ...options, now, caseMatch: null });
    result.forwarded = { how: reading.forwarded.how, filename: reading.forwarded.filename, inner };
    result.ownerIps = [...new Set([...result.ownerIps, ...inner.ownerIps])];
  }

  const claimedBrands = brands.filter((b) => result.claimedBrandIds.includes(b.id));
  result.claimedBrands = result.claimedBrandIds.flatMap((id) => {
    const b = brands.find((x) => x.id === id);
    return b ? [{ id: b.id, nameJa: b.nameJa, nameEn: b.nameEn, mailDomains: [...b.mailDomains] }] : [];
  });
  const from = mailAnalysis?.summary.from;
  // A warning about fraud quotes the lures it warns about: their words are not its own tactics.
  const subject = mailAnalysis?.summary.subject ?? reading.subject;
  const shownText = reading.text ?? message?.content.bodyText ?? "";
  result.messageText = shownText;
  result.caseMatch = options.caseMatch ?? null;
  const warning = isFraudWarning(subject, shownText.replace(/^.*(?:差出人|送信者|件名|From|Subject)\s*[:：].*$/gm, ""));
  const { evidence, positives, pressure } = collectEvidence({
    channel: reading.channel,
    hasDeliveryRecord: message !== null && !message.headersFromItem,
    claimedBrands,
    urls: result.urls,
    mailFlags: mailAnalysis?.flags ?? [],
    textFlags: result.textFlags,
    tactics: warning ? [] : result.tactics,
    brandVerdicts: mailAnalysis?.brandVerdicts ?? [],
    sender: reading.sender
      ? { name: reading.sender.name, address: reading.sender.address, phone: reading.sender.phone }
      : from
        ? { name: from.name, address: from.address, phone: null }
        : null,
    caseMatch: options.caseMatch ?? null,
  });
  const hasContent =
    isText ||
    (message !== null && (mailAnalysis?.mail.fields.length ?? 0) + message.content.bodyText.trim().length > 0);
  const own = decideVerdict({ evidence, positives, claimedBrands, kind: reading.kind, hasContent, pressure });
  // A forward is about its original: the reader forwarded it to ask about it. The forwarder's own
  // mail still decides when it is the more dangerous of the two.
  const inner = result.forwarded?.inner.verdict;
  result.verdict =
    inner && LEVEL_ORDER[own.level] <= LEVEL_ORDER[inner.level] ? inner : inner && own.level !== "danger" ? inner : own;
  return result;
}
