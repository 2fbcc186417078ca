/**
 * The checker's one entry point for anything a reader pastes or drops: it names the kind of input
 * (src/lib/input/detect-kind.ts) and gives each kind the analysis it can bear, reusing the mail,
 * URL, text and .msg libraries. The result says what was analysed and what could not be checked, so
 * the page never calls something safe that it did not look at. Forwarded mails are opened and their
 * inner message analysed too. Pure; runs in the Web Worker and in tests; never throws.
 */
import type { Brand } from "../brand.ts";
import { buildLinkPreview, type LinkPreviewModel } from "../breakdown/link-preview.ts";
import { attachedMessages } from "../forward/attached.ts";
import { findInlineForward, inlineForwardAsMail } from "../forward/inline.ts";
import { htmlToView } from "../html/html-to-view.ts";
import { textToView } from "../html/text-to-view.ts";
import type { BodyView } from "../html/view-model.ts";
import { detectInputKind, type InputKind } from "../input/detect-kind.ts";
import { analyzeMail, type MailAnalysis } from "../mail/analyze.ts";
import { decodeBytes, isValidUtf8 } from "../mail/charset.ts";
import { splitMessage } from "../mail/headers.ts";
import { maskRecipient, recipientAddresses } from "../mail/redact.ts";
import type { Finding } from "../mail/rules/types.ts";
import { msgToMail } from "../msg/msg-to-mail.ts";
import type { MsgItem, ReadMsgResult } from "../msg/read-msg.ts";
import { analyzeText } from "../text/analyze-text.ts";
import { runTextRules } from "../text/rules/index.ts";
import { viewText } from "../html/view-text.ts";
import { checkMailAnalysis, lookupOwners, MAX_LINK_PREVIEWS, type CheckResult } from "./check-mail.ts";
import type { BreakdownOptions } from "../breakdown/model.ts";
import { ownerQueryIps } from "../breakdown/owners.ts";
import type { IpOwnerLookup } from "../ip-owner/lookup.ts";

/** How a forwarded message was found. */
export type ForwardHow = "attachment" | "inline" | "msg-attachment";

/** What the checker shows for one input. */
export interface InputCheck {
  kind: InputKind;
  /** What was analysed, one plain-Japanese line each. */
  analysed: string[];
  /** What could not be checked and why, one line each. */
  notChecked: string[];
  /** Why nothing could be analysed (a zip, a broken .msg, nothing pasted), or null. */
  problem: string | null;
  /** The header analysis, for input with headers (a mail, headers, a .msg, a forwarded original). */
  mail: CheckResult | null;
  /** True when the headers were written from what the message claims (a .msg without delivery record, an inline forward). */
  headersFromItem: boolean;
  /** Red flags found in the text (smishing patterns, links off the brand's domains). */
  textFlags: Finding[];
  /** Brand ids the input claims (headers, text, URL verdicts). */
  claimedBrandIds: string[];
  /** Every address, as a safe preview. */
  links: LinkPreviewModel[];
  linksOmitted: number;
  attachments: { filename: string | null; contentType: string }[];
  /** The message itself, safely. */
  body: BodyView | null;
  /** A forwarded original found inside, analysed. */
  forwarded: { how: ForwardHow; filename: string | null; inner: InputCheck } | null;
  /** Public IPs of the mail's route whose holder the breakdown can show (this one and forwarded ones). */
  ownerIps: string[];
}

/** Options for {@link checkInput}. */
export interface CheckInputOptions {
  /**
   * The Outlook reader (`readMsg` from src/lib/msg/read-msg.ts). Passed in rather than imported so
   * that the Web Worker loads it only when a .msg file arrives; without it a .msg is not read.
   */
  readMsg?: (bytes: Uint8Array) => ReadMsgResult;
  /** What the header breakdowns show about the IPs' holders (see {@link checkInputWithOwners}). */
  owners?: Pick<BreakdownOptions, "owners" | "ownerDataMonth" | "ownerError">;
}

/** Forwards opened inside forwards at most this deep. */
const MAX_FORWARD_DEPTH = 4;
/** Largest input read at all (the page refuses larger files before this). */
export const MAX_INPUT_BYTES = 25 * 1024 * 1024;

const NO_HEADERS =
  "ヘッダー（Received などの配送の記録）がないため、送信元のサーバーと送信元認証（SPF・DKIM・DMARC）は調べられません。";

function empty(kind: InputKind): InputCheck {
  return {
    kind,
    analysed: [],
    notChecked: [],
    problem: null,
    mail: null,
    headersFromItem: false,
    textFlags: [],
    claimedBrandIds: [],
    links: [],
    linksOmitted: 0,
    attachments: [],
    body: null,
    forwarded: null,
    ownerIps: [],
  };
}

const BINARY_NAMES: Readonly<Record<string, string>> = {
  zip: "ZIP 圧縮ファイル",
  pdf: "PDF",
  png: "PNG 画像",
  jpeg: "JPEG 画像",
  gif: "GIF 画像",
  gzip: "gzip 圧縮ファイル",
  rar: "RAR 圧縮ファイル",
  "7z": "7z 圧縮ファイル",
  exe: "Windows の実行ファイル",
  elf: "実行ファイル",
};

function binaryProblem(type: string | undefined): string {
  const name = type ? BINARY_NAMES[type] : undefined;
  return name
    ? `このファイルは${name}で、メール（.eml）でも Outlook の .msg でもありません。中身は開かずに止めました。メールに添付されていたものなら、開かないでください。`
    : "このファイルはメール（.eml）でも Outlook の .msg でもないようです（文字ではないデータです）。中身は開かずに止めました。";
}

function previews(
  urls: MailAnalysis["urls"],
  brands: readonly Brand[],
): { links: LinkPreviewModel[]; omitted: number } {
  return {
    links: urls.slice(0, MAX_LINK_PREVIEWS).map((u) => buildLinkPreview(u, brands)),
    omitted: Math.max(0, urls.length - MAX_LINK_PREVIEWS),
  };
}

function bodyViewOf(analysis: MailAnalysis, mask: (t: string) => string): BodyView | null {
  const { html, text } = analysis.mail.body;
  if (html.trim() !== "") return htmlToView(html, { mask }).view;
  if (text.trim() !== "") return textToView(text, { mask });
  return null;
}

/** The body's text as a reader sees it (HTML turned into text by the view), for the text rules. */
const bodyText = viewText;

interface MailSource {
  bytes: string | Uint8Array;
  /** Addresses to mask besides those the headers reveal. */
  recipients?: readonly string[];
  headersFromItem: boolean;
}

function checkMailSource(source: MailSource, kind: InputKind, brands: readonly Brand[], depth: number): InputCheck {
  const result = empty(kind);
  const original = splitMessage(source.bytes).headerText;
  const recipients = [...new Set([...recipientAddresses(original), ...(source.recipients ?? [])])];
  const analysis = analyzeMail(source.bytes, { brands, redactAddresses: source.recipients ?? [] });
  const flags = source.headersFromItem ? analysis.flags.filter((f) => f.id !== "no-auth-results") : analysis.flags;
  const shown = { ...analysis, flags };
  result.mail = checkMailAnalysis(shown, brands, currentOptions.owners ?? {});
  result.ownerIps = ownerQueryIps(analysis);
  result.headersFromItem = source.headersFromItem;
  const mask = (t: string) => maskRecipient(t, recipients);
  result.body = bodyViewOf(analysis, mask);
  const { links, omitted } = previews(analysis.urls, brands);
  result.links = links;
  result.linksOmitted = omitted;
  result.attachments = result.mail.attachments;
  result.claimedBrandIds = result.mail.claimedBrandIds;

  const hasBody = analysis.mail.body.text.trim() !== "" || analysis.mail.body.html.trim() !== "";
  if (source.headersFromItem) {
    result.analysed.push("差出人・件名（メールに書かれていたもの）", ...(hasBody ? ["本文と本文の URL"] : []));
    result.notChecked.push(NO_HEADERS);
  } else if (analysis.hops.length === 0) {
    result.analysed.push("ヘッダー", ...(hasBody ? ["本文と本文の URL"] : []));
    result.notChecked.push("Received ヘッダーがないため、送信元のサーバーは調べられません。");
  } else {
    result.analysed.push("ヘッダー（差出人、配送の記録、送信元認証）", ...(hasBody ? ["本文と本文の URL"] : []));
  }
  if (!hasBody) result.notChecked.push("本文がないため、本文の文面と URL は調べられません。");

  if (hasBody) {
    const claimed = brands.filter((b) => result.claimedBrandIds.includes(b.id));
    const text = bodyText(result.body);
    result.textFlags = runTextRules({
      text,
      normalised: text.slice(0, 20_000).normalize("NFKC"),
      urls: analysis.urls,
      claimedBrands: claimed,
      brands,
    }).filter((f) => f.id !== "text-brand-link"); // the mail's own rules and link previews say this already
  }

  if (depth < MAX_FORWARD_DEPTH) {
    const attached = attachedMessages(source.bytes)[0];
    if (attached) {
      result.forwarded = {
        how: "attachment",
        filename: attached.filename,
        inner: checkInputAt(attached.bytes, brands, depth + 1),
      };
    } else {
      const inline = findInlineForward(analysis.mail.body.text || bodyText(result.body));
      if (inline) {
        result.forwarded = {
          how: "inline",
          filename: null,
          inner: checkMailSource(
            { bytes: inlineForwardAsMail(inline), recipients, headersFromItem: true },
            "mail",
            brands,
            depth + 1,
          ),
        };
      }
    }
  }
  return result;
}

function checkMsg(bytes: Uint8Array, brands: readonly Brand[], depth: number): InputCheck {
  const reader = currentOptions.readMsg;
  if (!reader)
    return {
      ...empty("msg"),
      problem: "Outlook の .msg ファイルを読む部品を読み込めませんでした。ページを読み込み直してください。",
    };
  const read = reader(bytes);
  if (!read.ok) return { ...empty("msg"), problem: read.message };
  return checkMsgItem(read.item, brands, depth);
}

function checkMsgItem(item: MsgItem, brands: readonly Brand[], depth: number): InputCheck {
  const result = checkMailSource(
    { bytes: msgToMail(item), recipients: item.recipientAddresses, headersFromItem: item.transportHeaders === null },
    "msg",
    brands,
    depth,
  );
  const mask = (t: string) => maskRecipient(t, item.recipientAddresses);
  result.attachments = item.attachments.map((a) => ({
    filename: a.filename === null ? null : mask(a.filename),
    contentType: a.contentType,
  }));
  if (item.transportHeaders === null)
    result.notChecked[result.notChecked.indexOf(NO_HEADERS)] =
      "この .msg ファイルには配送の記録（Received などのヘッダー）が含まれていないため、送信元のサーバーと送信元認証（SPF・DKIM・DMARC）は調べられません。Outlook で作った・送ったメールや下書きはこうなります。";
  const embedded = item.embedded[0];
  if (embedded && depth < MAX_FORWARD_DEPTH) {
    result.forwarded = {
      how: "msg-attachment",
      filename: embedded.filename,
      inner:
        embedded.kind === "msg"
          ? checkMsgItem(embedded.item, brands, depth + 1)
          : checkInputAt(embedded.bytes, brands, depth + 1),
    };
  }
  return result;
}

function checkText(text: string, kind: "text" | "urls", brands: readonly Brand[], depth: number): InputCheck {
  const result = empty(kind);
  const analysis = analyzeText(text, { brands });
  result.textFlags = analysis.flags;
  const { links, omitted } = previews(analysis.urls, brands);
  result.links = links;
  result.linksOmitted = omitted;
  const urlBrands = analysis.urls.flatMap((u) =>
    u.verdict.brandId && u.verdict.kind !== "official" ? [u.verdict.brandId] : [],
  );
  result.claimedBrandIds = [...new Set([...analysis.claimedBrandIds, ...urlBrands])];
  // HTML source pasted as text (a body copied from a mail program's source view) is read as HTML.
  const looksHtml =
    (text.slice(0, 20_000).match(/<(?:html|body|div|p|a|table|td|br|span|img)\b[^>]*>/gi) ?? []).length >= 2;
  result.body = kind === "text" ? (looksHtml ? htmlToView(text).view : textToView(text)) : null;
  if (kind === "urls") {
    result.analysed.push(`URL（${analysis.urls.length} 個）`);
    result.notChecked.push("URL だけなので、差出人や文面は調べられません。");
  } else {
    result.analysed.push(
      "文面（名乗っているブランドと、よくある詐欺の文言）",
      analysis.urls.length > 0 ? `文中の URL（${analysis.urls.length} 個）` : "文中の URL（見つかりませんでした）",
    );
    result.notChecked.push(NO_HEADERS.replace("ヘッダー", "メールのヘッダー"));
  }
  const inline = depth < MAX_FORWARD_DEPTH ? findInlineForward(text) : null;
  if (inline) {
    result.forwarded = {
      how: "inline",
      filename: null,
      inner: checkMailSource({ bytes: inlineForwardAsMail(inline), headersFromItem: true }, "mail", brands, depth + 1),
    };
  }
  return result;
}

function checkInputAt(input: string | Uint8Array, brands: readonly Brand[], depth: number): InputCheck {
  const size = typeof input === "string" ? input.length : input.byteLength;
  if (size > MAX_INPUT_BYTES)
    return {
      ...empty("binary"),
      problem: `大きすぎます（${Math.round(size / 1024 / 1024)} MB）。${MAX_INPUT_BYTES / 1024 / 1024} MB までにしてください。`,
    };
  const detected = detectInputKind(input);
  switch (detected.kind) {
    case "empty":
      return { ...empty("empty"), problem: "何も入力されていません。" };
    case "binary":
      return { ...empty("binary"), problem: binaryProblem(detected.binaryType) };
    case "msg":
      return checkMsg(input instanceof Uint8Array ? input : new Uint8Array(), brands, depth);
    case "mail":
    case "headers":
      return checkMailSource({ bytes: input, headersFromItem: false }, detected.kind, brands, depth);
    case "text":
    case "urls": {
      // A saved text file is UTF-8, or Shift_JIS when written by older Japanese Windows tools.
      const text = typeof input === "string" ? input : decodeBytes(input, isValidUtf8(input) ? "utf-8" : "shift_jis");
      return checkText(text, detected.kind, brands, depth);
    }
  }
}

/**
 * {@link checkInput}, plus who holds the public IPs of the mail's route, read through `lookup`
 * (which fetches only the pieces of data it needs, from the site itself). If the data cannot be read
 * in time, the breakdown says so. Never rejects.
 */
export async function checkInputWithOwners(
  input: string | Uint8Array,
  brands: readonly Brand[],
  options: CheckInputOptions,
  lookup: IpOwnerLookup,
): Promise<InputCheck> {
  const first = checkInput(input, brands, options);
  const ips = [...new Set([...first.ownerIps, ...(first.forwarded?.inner.ownerIps ?? [])])];
  if (ips.length === 0) return first;
  return checkInput(input, brands, { ...options, owners: await lookupOwners(ips, lookup) });
}

/** The options of the running {@link checkInput} call (the functions below are synchronous). */
let currentOptions: CheckInputOptions = {};

/** Checks whatever the reader gave. Never throws: an analysis that fails says so in `problem`. */
export function checkInput(
  input: string | Uint8Array,
  brands: readonly Brand[],
  options: CheckInputOptions = {},
): InputCheck {
  currentOptions = options;
  try {
    return checkInputAt(input, brands, 0);
  } catch {
    return {
      ...empty("binary"),
      problem: "この内容は読み取れませんでした。メールの原文か、届いた文面をそのまま貼り付けてください。",
    };
  }
}
