/**
 * Mailing lists: a mail that a list (Mailman, Sympa, mlmmj …) received and sent on to its members
 * carries the list's own traces next to the sender's. The list
 * - sets Return-Path to its bounce address (`v9fs-developer-bounces@lists.sourceforge.net`),
 * - adds the newest Received hops (its servers and the members' servers),
 * - puts `[List-name]` in front of the subject and a footer with its URL under the body,
 * - may rewrite From to `Name via List-name <list@…>` and move the sender to Reply-To (so that
 *   DMARC still passes), and may remove parts it does not allow (HTML, attachments).
 *
 * `detectMailingList()` tells these traces apart, so rules judge the sender, not the list. A sender
 * can write List-* headers too, so it only believes a list when the newest Received hop (written by
 * the reader's own server) came from a server on the list's domain, Return-Path is on that domain
 * and the sender is not; and only the list's own pages (its List-* URLs, under a list software
 * path) are left out of the mail's links.
 */
import { parseAddressList, type Mailbox } from "./address.ts";
import { registrableDomain } from "./domains.ts";
import { getHeader, getHeaders } from "./headers.ts";
import type { ParsedMail } from "./parse.ts";

/** What a mailing list did to a mail. */
export interface MailingList {
  /** The list's identifier from List-Id, e.g. `v9fs-developer.lists.sourceforge.net`. */
  id: string;
  /** The list's name: the first label of the identifier, e.g. `v9fs-developer`. */
  name: string;
  /** Registrable domains the list runs on, e.g. `["sourceforge.net"]`. */
  domains: string[];
  /** The list's own http(s) URLs from its List-* headers (subscribe, archive …). */
  urls: string[];
  /** True when Return-Path is the list's (bounce) address. */
  returnPathIsList: boolean;
  /** True when the list rewrote From (`Name via List <list@…>`), the sender being in Reply-To. */
  fromRewritten: boolean;
  /** The sender as it wrote From: Reply-To when the list rewrote From, else From. */
  originalFrom: Mailbox | null;
  /**
   * The envelope sender the list's server recorded when it received the mail from outside
   * (`(envelope-from <…>)` in its Received line), when it is not the list's own address.
   */
  originalEnvelopeFrom: string | null;
  /**
   * Index into `mail.received` (top, newest = 0) of the hop where the mail entered the list from
   * outside: the originating hop (see `origin-ip.ts`), or -1.
   */
  entryReceivedIndex: number;
  /** The list's tag in front of the subject, e.g. `[V9fs-developer]`, or null. */
  subjectTag: string | null;
  /** True when the body ends with the list's footer (`____ List mailing list …` or the list's URL). */
  hasFooter: boolean;
  /** True when the list says it removed parts of the message (Mailman's `X-Content-Filtered-By`). */
  removedParts: boolean;
}

const ENVELOPE_FROM = /\(envelope-from\s+<([^<>\s]{1,320})>\s*\)/i;

/** The domain of `local@domain`, lower-cased, or null. */
export function domainOfAddress(address: string): string | null {
  const at = address.lastIndexOf("@");
  return at < 0 ? null : address.slice(at + 1).toLowerCase() || null;
}

/** The identifier inside List-Id: `Name <id.example.org>` → `id.example.org`. */
function listIdentifier(value: string): string | null {
  const bracketed = /<([^<>\s]{1,255})>/.exec(value)?.[1];
  const id = (bracketed ?? value).trim().toLowerCase();
  return /^[a-z0-9][a-z0-9._-]*\.[a-z0-9-]+$/.test(id) ? id : null;
}

/** `<https://…>, <mailto:…>` → the URLs and the mailto addresses, hosts lower-cased. */
function listHeaderTargets(mail: ParsedMail): { urls: string[]; hosts: string[] } {
  const urls: string[] = [];
  const hosts: string[] = [];
  for (const field of mail.fields) {
    if (!/^list-(unsubscribe|subscribe|archive|help|post|owner)$/i.test(field.name)) continue;
    for (const [, target] of field.value.slice(0, 10_000).matchAll(/<([^<>\s]{1,2000})>/g)) {
      if (!target) continue;
      const mailto = /^mailto:([^?]+)/i.exec(target)?.[1];
      if (mailto) {
        const host = domainOfAddress(mailto);
        if (host) hosts.push(host);
        continue;
      }
      try {
        const url = new URL(target);
        if (url.protocol !== "http:" && url.protocol !== "https:") continue;
        urls.push(target);
        hosts.push(url.hostname.toLowerCase());
      } catch {
        // Not a URL: ignore it.
      }
    }
  }
  return { urls, hosts };
}

function hostsOfHop(entry: ParsedMail["received"][number]): string[] {
  const { from, fromComment, by } = entry.parsed;
  const names = [from, by, ...(fromComment?.match(/[a-z0-9.-]+\.[a-z]{2,}/gi) ?? [])];
  return names.filter((n): n is string => typeof n === "string" && n !== "").map((n) => n.toLowerCase());
}

/** The mailing list a mail came through, or null when it came straight from its sender. Never throws. */
export function detectMailingList(mail: ParsedMail): MailingList | null {
  const listIdField = getHeader(mail.fields, "List-Id");
  const id = listIdField ? listIdentifier(listIdField.value) : null;
  if (!id) return null;
  const targets = listHeaderTargets(mail);
  const domains = [
    ...new Set(
      [id, ...targets.hosts]
        .filter((h) => h !== "masked.invalid")
        .map((h) => registrableDomain(h))
        .filter((d): d is string => d !== null),
    ),
  ];
  const onList = (host: string | null | undefined): boolean =>
    !!host && domains.includes(registrableDomain(host) ?? "");

  // The newest hop is written by the member's own server: it must have received the mail from the list.
  const newest = mail.received[0];
  if (!newest || !hostsOfHop(newest).some((h) => onList(h))) return null;

  const name = id.split(".")[0] ?? id;
  const tag = /^\s*(\[[^\]]{1,80}\])/.exec(mail.subject ?? "")?.[1] ?? null;
  const squash = (t: string) => t.toLowerCase().replace(/[^a-z0-9]/g, "");
  const subjectTag = tag && squash(tag).includes(squash(name)) && squash(name) !== "" ? tag : null;
  const bodyText = mail.body.text.slice(-4000);
  const hasFooter =
    /_{20,}[^\n]{0,10}\n?[^\n]{0,80}mailing list/i.test(bodyText) || targets.urls.some((u) => bodyText.includes(u));

  let originalEnvelopeFrom: string | null = null;
  for (let i = 0; i < mail.received.length; i++) {
    const envelope = ENVELOPE_FROM.exec(mail.received[i]?.field.value ?? "")?.[1] ?? null;
    if (envelope && !onList(domainOfAddress(envelope))) {
      originalEnvelopeFrom = envelope.toLowerCase();
      break;
    }
  }

  // A list re-sends from its own domain: a sender on the list's domain is a newsletter or a mail
  // that only dresses as a list, not a list that passed on someone else's mail.
  if (!onList(mail.returnPath?.domain)) return null;
  const fromOnList = onList(mail.from?.domain);
  const viaName = /\svia\s+\S/i.test(mail.from?.name ?? "");
  const fromRewritten = fromOnList || viaName;
  const replyTo = mail.replyTo && !onList(mail.replyTo.domain) ? mail.replyTo : null;
  const cc = getHeaders(mail.fields, "Cc")
    .flatMap((f) => parseAddressList(f.value.slice(0, 10_000)))
    .find((m) => !onList(m.domain));
  const originalFrom = fromRewritten ? (replyTo ?? cc ?? null) : mail.from;
  if (!originalFrom || onList(originalFrom.domain)) return null;

  return {
    id,
    name,
    domains,
    urls: [...new Set(targets.urls)],
    returnPathIsList: onList(mail.returnPath?.domain),
    fromRewritten,
    originalFrom,
    originalEnvelopeFrom,
    entryReceivedIndex: mail.originReceivedIndex,
    subjectTag,
    hasFooter,
    removedParts: getHeaders(mail.fields, "X-Content-Filtered-By").length > 0,
  };
}

/** Paths list software serves its pages under (Mailman, Sympa, SourceForge's archive). */
const LIST_PAGE_PATH = /^\/(?:lists\/|mailman\/|listinfo\/|options\/|pipermail\/|mailarchive\/|wws\/|sympa\/)/i;

/**
 * True when `url` is one of the list's own pages: one of its List-* URLs (which its footer
 * repeats), on the list's domain, under a path list software uses.
 */
export function isListUrl(list: MailingList | null, url: string): boolean {
  if (!list) return false;
  const bare = (u: string) =>
    u
      .replace(/^https?:\/\//i, "")
      .replace(/\/+$/, "")
      .toLowerCase();
  if (!list.urls.some((own) => bare(own) === bare(url))) return false;
  try {
    return LIST_PAGE_PATH.test(new URL(url).pathname);
  } catch {
    return false;
  }
}
