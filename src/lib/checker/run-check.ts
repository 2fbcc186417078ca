/**
 * What the checker's Web Worker does with one input, as a pure function so that tests run it too:
 * the analysis and its verdict first (sent at once, so the reader sees the answer), then the same
 * analysis with the holders of its IPs and its raw headers highlighted. Every part that only some
 * inputs need (the Outlook reader, the HTML parser, the highlighter, the suffix list's chunks) is
 * passed in as a loader, so the worker fetches it only for those inputs.
 */
import { analyzeInputWith } from "../analysis/analyze-input.ts";
import type { Analysis } from "../analysis/analyze-reading.ts";
import type { Brand } from "../brand/brand.ts";
import type { HeaderToken } from "../highlight/header-tokens.ts";
import { detectInputKind } from "../input/detect-kind.ts";
import type { IpOwnerLookup } from "../ip-owner/lookup.ts";
import type { MessageAnalyzer } from "../analysis/analyze-reading.ts";
import { mayHoldHtml, type HtmlReader, type MessageReader, type ReadInputOptions } from "../reading/read-input.ts";

/** What the check needs besides the input; each loader is called only when the input needs it. */
export interface CheckServices {
  /** Loads the Outlook reader, for .msg files. */
  readMsg?: (() => Promise<NonNullable<ReadInputOptions["readMsg"]>>) | undefined;
  /** Loads the HTML parser, for inputs that may hold HTML. */
  readHtml?: (() => Promise<HtmlReader>) | undefined;
  /** Loads the mail reader and the mail analysis, for inputs that are or may hold a mail. */
  messagePart?: (() => Promise<{ messageReader: MessageReader; messageAnalyzer: MessageAnalyzer }>) | undefined;
  /** Whatever must be ready before the analysis (the suffix list's chunks for the TLDs the input names). */
  prepare?: ((input: string | Uint8Array) => Promise<void>) | undefined;
  /** The raw-header highlighter, loaded after the verdict is shown. */
  highlight?: (() => Promise<(headerText: string) => HeaderToken[][]>) | undefined;
  /** Who holds an IP (fetched from the site itself in the browser), loaded after the verdict is shown. */
  lookup?: (() => Promise<IpOwnerLookup>) | undefined;
  /** Resolves once the page has shown the first result (so that later loads never delay it). */
  shown?: (() => Promise<void>) | undefined;
  /** How long to wait for the holders. */
  ownerTimeoutMs?: number | undefined;
  /** How the reader says the message came, when they say. */
  channel?: "sms" | "mail" | undefined;
  /**
   * The case of the casebook whose text a message's text shares (fetched from the site after the
   * verdict is shown), or null.
   */
  caseMatch?: ((text: string) => Promise<{ title: string; path: string } | null>) | undefined;
}

/**
 * True when `input` is a mail, an Outlook item or its headers, or a text that may carry one: a sender
 * address (「差出人: …@…」) or a forwarded original. A plain SMS needs none of the mail part.
 */
export function mayHoldMail(input: string | Uint8Array, kind = detectInputKind(input).kind): boolean {
  if (kind === "mail" || kind === "headers" || kind === "msg") return true;
  const head =
    typeof input === "string"
      ? input.slice(0, 2_000_000)
      : new TextDecoder("latin1").decode(input.subarray(0, 2_000_000));
  return /[@＠]|(?:Forwarded|Original) Message|転送|元のメッセージ|Begin forwarded/i.test(head);
}

/**
 * Checks one input. `send` is called with the analysis (`final` false when more follows), then once
 * more with the holders of its IPs and its highlighted headers. Never rejects.
 */
export async function runCheck(
  input: string | Uint8Array,
  brands: readonly Brand[],
  services: CheckServices,
  send: (analysis: Analysis, final: boolean) => void,
): Promise<Analysis> {
  const kind = detectInputKind(input).kind;
  const isMsg = kind === "msg";
  const [readMsg, readHtml, part] = await Promise.all([
    isMsg ? services.readMsg?.() : undefined,
    isMsg || mayHoldHtml(input) ? services.readHtml?.() : undefined,
    mayHoldMail(input, kind) ? services.messagePart?.() : undefined,
    services.prepare?.(input),
  ]);
  const options = {
    readMsg,
    readHtml,
    messageReader: part?.messageReader,
    messageAnalyzer: part?.messageAnalyzer,
    channel: services.channel,
  };
  const first = analyzeInputWith(input, brands, options);
  const hasMail = first.mail !== null || first.forwarded?.inner.mail != null;
  const ownerIps = [...first.ownerIps];
  const needsOwners = services.lookup !== undefined && ownerIps.length > 0;
  const needsHighlight = services.highlight !== undefined && hasMail;
  // The text compared with the casebook: the original of a forward, else the message itself.
  const text = (first.forwarded?.inner.messageText || first.messageText).trim();
  const needsCases = services.caseMatch !== undefined && text !== "";
  const more = needsOwners || needsHighlight || needsCases;
  send(first, !more);
  if (!more) return first;
  await services.shown?.();
  // What follows only adds to a verdict already shown: if any of it fails (offline, a file missing),
  // the first result stands, marked as final.
  try {
    const [ownerOptions, highlight, caseMatch] = await Promise.all([
      needsOwners || needsHighlight ? import("../analysis/owners.ts") : null,
      needsHighlight ? services.highlight?.().catch(() => undefined) : undefined,
      needsCases ? services.caseMatch?.(text).catch(() => null) : null,
    ]).then(async ([owners, highlight, caseMatch]) => {
      const found =
        owners && needsOwners && services.lookup
          ? await services
              .lookup()
              .then((lookup) => owners.lookupOwners(ownerIps, lookup, services.ownerTimeoutMs))
              .catch(() => ({ ownerError: owners.OWNER_DATA_UNAVAILABLE }))
          : {};
      return [owners ? { withOwners: owners.withOwners, found } : null, highlight, caseMatch] as const;
    });
    // A known case is strong evidence: the verdict is decided again with it (the rest is the same).
    const base = caseMatch ? analyzeInputWith(input, brands, { ...options, caseMatch }) : first;
    const final = ownerOptions
      ? ownerOptions.withOwners(base, { ...ownerOptions.found, ...(highlight ? { highlight } : {}) })
      : base;
    send(final, true);
    return final;
  } catch {
    send(first, true);
    return first;
  }
}
