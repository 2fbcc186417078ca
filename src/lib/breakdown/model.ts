/**
 * Turns a {@link MailAnalysis} plus the author's notes and looked-up facts into the plain, serialisable
 * data the header breakdown renders. The same model feeds the build-time component and the reader's
 * in-browser checker, so both show exactly the same thing.
 */
import { buildBrandClaimViews, type BrandClaimView } from "./brand-claims-view.ts";
import type { MailAnalysis } from "../mail/analyze.ts";
import type { Severity } from "../mail/rules/types.ts";
import type { HeaderToken } from "../highlight/header-tokens.ts";
import { anomalyLabel, authResultLabel, formatDelay, formatJst, severityLabel, type Tone } from "./labels.ts";
import type { IpOwner } from "../ip-owner/lookup.ts";
import { dataDateLabel, describeOwner, ownerAttribution, type OwnerView } from "../ip-owner/describe.ts";

/** Something an author looked up about an IP address or a domain, with the day it was checked. */
export interface LookedUpFact {
  /** The IP address or domain the fact is about. */
  about: string;
  owner?: string | undefined;
  country?: string | undefined;
  /** Whether the domain was in use (had a site or mail server) when checked. */
  inUse?: boolean | undefined;
  note?: string | undefined;
  /** When it was checked, `YYYY-MM-DD`. */
  checked: string;
}

export interface BreakdownOptions {
  /** Notes keyed by header name (`Return-Path`), case-insensitive. */
  notes?: Readonly<Record<string, string>> | undefined;
  facts?: readonly LookedUpFact[] | undefined;
  /** Rule ids whose findings the author chose to hide (e.g. checks that make no sense on an excerpt). */
  hideFlags?: readonly string[] | undefined;
  /** Who holds the public IPs of the hops (see `ownerQueryIps`), keyed by the address as in the hops. */
  owners?: ReadonlyMap<string, IpOwner> | undefined;
  /** Month (`YYYY-MM`) of the owner data, when owners were looked up. */
  ownerDataMonth?: string | undefined;
  /** Set when the owner data could not be read (the reader is offline…): what to tell the reader. */
  ownerError?: string | undefined;
  /**
   * Splits the raw header text into coloured tokens, line by line (src/lib/highlight/, Shiki with our
   * email-header grammar). Passed in so that the checker loads the highlighter only after the verdict
   * is shown; without it, each raw line is one plain token.
   */
  highlight?: ((headerText: string) => HeaderToken[][]) | undefined;
  /**
   * Show only the headers a reader needs in the raw text (see {@link EXCERPT_FIELDS}), plus any
   * flagged or annotated one. The analysis still reads every header.
   */
  excerpt?: boolean | undefined;
}

/** The headers an excerpt keeps: who sent it, the route, the verdicts, what it says it is. */
export const EXCERPT_FIELDS: ReadonlySet<string> = new Set([
  "return-path",
  "received",
  "authentication-results",
  "received-spf",
  "from",
  "sender",
  "reply-to",
  "to",
  "cc",
  "subject",
  "date",
  "message-id",
  "list-id",
  "x-mailer",
]);

/** Where the owners shown come from, with the credit the data's licence asks for. */
export interface OwnerSourceView {
  /** 「2026年6月時点の公開データ」 */
  dataLabel: string;
  /** The whole credit, one sentence (the link follows it). */
  sentence: string;
  text: string;
  linkText: string;
  linkUrl: string;
}

export interface SummaryRow {
  /** Header the row shows (`From`, `Return-Path`…), used to attach notes. */
  header: string;
  label: string;
  /** Main value, or null when the header is absent. */
  value: string | null;
  /** Secondary line: the domain, the JST date… */
  detail: string | null;
  /** How the row compares with From. */
  status: "same" | "different" | "absent" | "plain";
  statusText: string | null;
  note: string | null;
}

export interface FlagView {
  id: string;
  severity: Severity;
  severityLabel: string;
  message: string;
  header: string | null;
  note: string | null;
}

export interface AuthView {
  method: string;
  result: string | null;
  label: string;
  tone: Tone;
  detail: string | null;
}

export interface HopView {
  number: number;
  from: string | null;
  by: string | null;
  with: string | null;
  ip: string | null;
  time: string | null;
  delay: string | null;
  anomalies: string[];
  isOrigin: boolean;
  /**
   * True for a hop after the origin of a mail that came through a mailing list: the list's own
   * servers and the reader's, which say nothing about the sender.
   */
  listLeg: boolean;
  /** Who holds the hop's IP, when it is public and was looked up. */
  owner: OwnerView | null;
}

export interface FactView {
  about: string;
  lines: string[];
  checked: string;
}

export interface RawLineView {
  number: number;
  tokens: HeaderToken[];
  fieldName: string;
  flagged: boolean;
  /** The author's note, shown beside the first line of its header. */
  note: string | null;
}

export interface BreakdownModel {
  /** The brands the mail claims to be, judged (shown first). */
  brandClaims: BrandClaimView[];
  subject: string | null;
  subjectSpamTag: string | null;
  /** The author's note on the Subject header. */
  subjectNote: string | null;
  summary: SummaryRow[];
  flags: FlagView[];
  hiddenFlagCount: number;
  auth: AuthView[];
  authSource: string | null;
  /** What the authentication results are and whose they are, one sentence. */
  authNote: string;
  hops: HopView[];
  /** The mailing list the mail came through (its List-Id), or null. */
  mailingList: string | null;
  originIp: string | null;
  /** Who holds the originating IP, when it was looked up. */
  originOwner: OwnerView | null;
  /** Source and credit of the owners, when any is shown. */
  ownerSource: OwnerSourceView | null;
  /** Why no owner is shown although there are public IPs (the data could not be read), or null. */
  ownerNotice: string | null;
  facts: FactView[];
  rawLines: RawLineView[];
  /**
   * The author's notes on headers that have no row in the summary (Received, X-Spam-Report …), in
   * the author's order: shown with the analysis when the raw text is on its own page.
   */
  otherNotes: { header: string; note: string }[];
  /** Lines of the raw text left out of an excerpt (0 when all are shown). */
  rawLinesOmitted: number;
  /** Plain-Japanese sentence saying what was masked, or null. */
  redactionNotice: string | null;
}

function noteFinder(
  notes: Readonly<Record<string, string>> | undefined,
): (header: string | null | undefined) => string | null {
  const byName = new Map(Object.entries(notes ?? {}).map(([k, v]) => [k.toLowerCase(), v]));
  return (header) => (header ? (byName.get(header.toLowerCase()) ?? null) : null);
}

function factLines(fact: LookedUpFact): string[] {
  const lines: string[] = [];
  if (fact.owner) lines.push(`管理者: ${fact.owner}`);
  if (fact.country) lines.push(`国・地域: ${fact.country}`);
  if (fact.inUse !== undefined) lines.push(fact.inUse ? "確認時点で使われていた" : "確認時点で使われていなかった");
  if (fact.note) lines.push(fact.note);
  return lines;
}

function formatCheckedDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日に確認` : `${iso} に確認`;
}

/** Builds the breakdown model. Never throws on any analysis. */
export function buildBreakdown(analysis: MailAnalysis, options: BreakdownOptions = {}): BreakdownModel {
  const noteFor = noteFinder(options.notes);
  const { summary } = analysis;
  const hidden = new Set(options.hideFlags ?? []);

  const compareStatus = (same: boolean | null): Pick<SummaryRow, "status" | "statusText"> =>
    same === null
      ? { status: "plain", statusText: null }
      : same
        ? { status: "same", statusText: "From と同じ組織のドメイン（この欄も送り手が書けます）" }
        : { status: "different", statusText: "From と別のドメイン" };

  const rows: SummaryRow[] = [
    {
      header: "From",
      label: "差出人（From）",
      value: summary.from
        ? summary.from.name
          ? `${summary.from.name} <${summary.from.address}>`
          : summary.from.address
        : null,
      detail: summary.from?.domain ? `実際のドメイン: ${summary.from.domain}` : null,
      status: summary.from ? "plain" : "absent",
      statusText: summary.from?.name ? "表示名は送り手が自由に書けます" : null,
      note: noteFor("From"),
    },
    {
      header: "Return-Path",
      label: "Return-Path（返送先）",
      value: summary.returnPath?.address ?? (summary.returnPathIsNull ? "<>（空）" : null),
      detail: summary.returnPath?.domain ? `ドメイン: ${summary.returnPath.domain}` : null,
      ...(summary.returnPath
        ? analysis.mailingList?.returnPathIsList
          ? { status: "plain" as const, statusText: "メーリングリストの返送先（送り主のものではありません）" }
          : compareStatus(summary.returnPath.sameDomainAsFrom)
        : { status: "absent" as const, statusText: null }),
      note: noteFor("Return-Path"),
    },
    {
      header: "Reply-To",
      label: "Reply-To（返信先）",
      value: summary.replyTo?.address ?? null,
      detail: summary.replyTo?.domain ? `ドメイン: ${summary.replyTo.domain}` : null,
      ...(summary.replyTo
        ? compareStatus(summary.replyTo.sameDomainAsFrom)
        : { status: "absent" as const, statusText: null }),
      note: noteFor("Reply-To"),
    },
    {
      header: "Message-ID",
      label: "Message-ID",
      value: summary.messageId,
      detail: summary.messageIdDomain ? `ドメイン: ${summary.messageIdDomain}` : null,
      ...(summary.messageId
        ? compareStatus(summary.messageIdSameDomainAsFrom)
        : { status: "absent" as const, statusText: null }),
      note: noteFor("Message-ID"),
    },
    {
      header: "Date",
      label: "日時（Date）",
      value: summary.date ? `${formatJst(summary.date)}（日本時間）` : null,
      detail: summary.dateZoneMissing ? "時差の記載がないため UTC とみなしました" : null,
      status: summary.date ? "plain" : "absent",
      statusText: null,
      note: noteFor("Date"),
    },
  ];

  // Each note is shown once: in the summary when its header has a row there, else beside the raw
  // line (a repeated header's note, Received's, beside the origin hop's field), else with its flag.
  const shownInSummary = new Set(["subject", ...rows.map((r) => r.header.toLowerCase())]);
  const inRawText = new Set(analysis.headerLines.map((l) => l.fieldName.toLowerCase()));
  const originField = analysis.hops.find((h) => h.isOrigin)?.field.lineIndex;
  const firstReceived = analysis.headerLines.find((l) => l.fieldName.toLowerCase() === "received")?.number;
  const noteLine = originField !== undefined ? originField + 1 : firstReceived;
  const flags: FlagView[] = analysis.flags
    .filter((f) => !hidden.has(f.id))
    .map((f) => ({
      id: f.id,
      severity: f.severity,
      severityLabel: severityLabel[f.severity],
      message: f.message,
      header: f.header ?? null,
      note:
        f.header && !shownInSummary.has(f.header.toLowerCase()) && !inRawText.has(f.header.toLowerCase())
          ? noteFor(f.header)
          : null,
    }));

  const authEntries: [string, MailAnalysis["auth"]["spf"]][] = [
    ["SPF", analysis.auth.spf],
    ["DKIM", analysis.auth.dkim],
    ["DMARC", analysis.auth.dmarc],
  ];
  if (analysis.auth.arc) authEntries.push(["ARC", analysis.auth.arc]);
  if (analysis.auth.compauth) authEntries.push(["compauth", analysis.auth.compauth]);
  const auth: AuthView[] = authEntries.map(([method, verdict]) => {
    const { label, tone } = authResultLabel(verdict?.result ?? null);
    const domain =
      verdict?.properties["header.d"] ??
      verdict?.properties["smtp.mailfrom"] ??
      verdict?.properties["header.from"] ??
      null;
    return { method, result: verdict?.result ?? null, label, tone, detail: domain ? `対象: ${domain}` : null };
  });

  const ownerOf = (ip: string | null): OwnerView | null => {
    const owner = ip ? options.owners?.get(ip) : undefined;
    return owner ? describeOwner(owner) : null;
  };
  const originHop = analysis.hops.find((h) => h.isOrigin)?.number;
  const hops: HopView[] = analysis.hops.map((h) => ({
    number: h.number,
    from: h.from ?? h.fromComment,
    by: h.by,
    with: h.with,
    ip: h.ip,
    time: h.date ? formatJst(h.date) : null,
    delay: h.delaySeconds === null ? null : formatDelay(h.delaySeconds),
    anomalies: h.anomalies.map((a) => anomalyLabel[a]),
    isOrigin: h.isOrigin,
    listLeg: analysis.mailingList !== null && originHop !== undefined && h.number > originHop,
    owner: ownerOf(h.ip),
  }));
  const originOwner = ownerOf(analysis.originIp);
  const anyOwner = originOwner !== null || hops.some((h) => h.owner !== null);

  const flaggedLines = new Set(
    analysis.headerLines.filter((l) => l.findingIds.some((id) => !hidden.has(id))).map((l) => l.number),
  );
  const tokenLines = options.highlight ? options.highlight(analysis.headerLines.map((l) => l.text).join("\n")) : [];
  const allRawLines: RawLineView[] = analysis.headerLines.map((line, i) => ({
    number: line.number,
    tokens: tokenLines[i] ?? [{ text: line.text, kind: "plain" }],
    fieldName: line.fieldName,
    flagged: flaggedLines.has(line.number),
    note:
      !line.isFieldStart || shownInSummary.has(line.fieldName.toLowerCase())
        ? null
        : line.fieldName.toLowerCase() === "received" && line.number !== noteLine
          ? null
          : noteFor(line.fieldName),
  }));
  const annotated = new Set(allRawLines.filter((l) => l.note !== null).map((l) => l.fieldName.toLowerCase()));
  const flaggedFields = new Set(allRawLines.filter((l) => l.flagged).map((l) => l.fieldName.toLowerCase()));
  const rawLines = options.excerpt
    ? allRawLines.filter((l) => {
        const name = l.fieldName.toLowerCase();
        return EXCERPT_FIELDS.has(name) || annotated.has(name) || flaggedFields.has(name);
      })
    : allRawLines;

  const maskedCount = analysis.redactions.reduce((n, r) => n + r.count, 0);
  const maskedHeaders = [...new Set(analysis.redactions.flatMap((r) => r.headers))];

  return {
    brandClaims: buildBrandClaimViews(analysis.brandVerdicts),
    subject: summary.subject,
    subjectSpamTag: summary.subjectSpamTag,
    subjectNote: noteFor("Subject"),
    summary: rows,
    flags,
    hiddenFlagCount: analysis.flags.length - flags.length,
    auth,
    authSource: analysis.auth.authservId,
    authNote: analysis.auth.authservId
      ? `受信サーバー ${analysis.auth.authservId} がいちばん上の Authentication-Results に書いた判定です（下にあるものは送り手が偽造できます）。`
      : "Authentication-Results ヘッダーがないため、受信サーバーの判定はわかりません。",
    hops,
    mailingList: analysis.mailingList?.id ?? null,
    originIp: analysis.originIp,
    originOwner,
    ownerSource:
      anyOwner && options.ownerDataMonth !== undefined
        ? {
            dataLabel: dataDateLabel(options.ownerDataMonth),
            sentence: `IP アドレスの持ち主と国は、${dataDateLabel(options.ownerDataMonth)}（${ownerAttribution.text}）によります。外部のサービスには問い合わせていません。`,
            ...ownerAttribution,
          }
        : null,
    ownerNotice: options.ownerError ?? null,
    facts: (options.facts ?? []).map((f) => ({
      about: f.about,
      lines: factLines(f),
      checked: formatCheckedDate(f.checked),
    })),
    rawLines,
    otherNotes: Object.entries(options.notes ?? {})
      .filter(([header]) => !shownInSummary.has(header.toLowerCase()))
      .map(([header, note]) => ({ header, note })),
    rawLinesOmitted: allRawLines.length - rawLines.length,
    redactionNotice:
      maskedCount > 0
        ? `受信者のメールアドレスやサーバー名など ${maskedCount} か所を伏せ字にしています（${maskedHeaders.join("、")}）。`
        : null,
  };
}
