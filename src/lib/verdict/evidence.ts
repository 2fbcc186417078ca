/**
 * From an analysis to the evidence the verdict weighs: each finding of the mail and text rules, each
 * URL verdict, each lure tactic and each of the claimed brand's contact facts becomes a signal of
 * ./signals.ts with one plain sentence; sourced facts that speak for the message become positive
 * evidence. No brand fact lives here: they all come from the registry (src/lib/brand/contact.ts).
 */
import { brandSenderStatus, isBrandLinkHost, type Brand } from "../brand/brand.ts";
import {
  linkHostFactOf,
  mailSenderFactOf,
  NEVER_ASKED_LABELS,
  phoneDigits,
  smsSenderFactOf,
  type ContactChannel,
} from "../brand/contact.ts";
import type { BrandVerdict } from "../mail/analyze.ts";
import type { Finding } from "../mail/rules/types.ts";
import type { TacticFinding } from "../text/tactics/types.ts";
import { defang } from "../url/defang.ts";
import type { UrlAnalysis } from "../url/types.ts";
import type { SignalId } from "./signals.ts";
import type { Evidence, PositiveEvidence, ReasonSource } from "./types.ts";

/** The parts of an analysis the evidence is read from. */
export interface EvidenceSource {
  /** How the message arrived, as far as the input tells. */
  channel: "sms" | "mail" | "unknown";
  /** True when the input carried a real delivery record (a mail's headers), not only what the message claims. */
  hasDeliveryRecord: boolean;
  claimedBrands: readonly Brand[];
  urls: readonly UrlAnalysis[];
  mailFlags: readonly Finding[];
  textFlags: readonly Finding[];
  tactics: readonly TacticFinding[];
  brandVerdicts: readonly BrandVerdict[];
  /** The sender as written in a text or the mail's From. */
  sender: { name: string | null; address: string | null; phone: string | null } | null;
  /** A case of the casebook with the same text. */
  caseMatch: { title: string; path: string } | null;
}

const MAIL_FLAG_SIGNALS: Readonly<Record<string, SignalId>> = {
  "claimed-brand-sender": "sender-not-brand",
  "brand-sender-auth": "sender-forged",
  "brand-origin-server": "sender-forged",
  "free-mail-brand": "sender-free-mail",
  "link-impersonates-brand": "link-impersonates-brand",
  "fake-jp-domain": "link-impersonates-brand",
  "links-unrelated-to-brand": "link-off-brand",
};

const TEXT_FLAG_SIGNALS: Readonly<Record<string, SignalId>> = {
  "text-brand-link": "link-off-brand",
  "text-lure-link": "lure-link",
};

function sourceOf(s: { url: string; title: string; checked: string }): ReasonSource {
  return { url: s.url, title: s.title, checked: s.checked };
}

function mailEvidence(flags: readonly Finding[], shared: boolean): Evidence[] {
  const out: Evidence[] = [];
  for (const f of flags) {
    if (f.severity === "info" || f.severity === "low") continue;
    const mapped = MAIL_FLAG_SIGNALS[f.id];
    const detail = f.id.startsWith("link") || f.id === "fake-jp-domain" ? "links" : "sender";
    if (mapped) {
      // A claim the registry cannot check (a brand with no sourced domain) is not evidence either way.
      if (f.severity !== "high") continue;
      out.push({
        signal: mapped === "sender-not-brand" && shared ? "sender-shared-domain" : mapped,
        text: f.message,
        detail,
      });
    } else
      out.push({ signal: f.severity === "high" ? "mail-high" : "mail-medium", text: f.message, detail: "headers" });
  }
  return out;
}

function urlEvidence(urls: readonly UrlAnalysis[]): Evidence[] {
  const out: Evidence[] = [];
  for (const u of urls) {
    const reason = u.verdict.reasons[0] ?? u.defanged;
    switch (u.verdict.kind) {
      case "lookalike":
      case "contains-brand":
        out.push({ signal: "link-impersonates-brand", text: reason, detail: "links" });
        break;
      case "unconfirmed-brand":
        out.push({ signal: "link-unconfirmed", text: reason, detail: "links" });
        break;
      case "ip-host":
        out.push({ signal: "ip-link", text: reason, detail: "links" });
        break;
      case "dangerous-scheme":
        out.push({ signal: "dangerous-scheme", text: reason, detail: "links" });
        break;
      case "shortener":
        out.push({ signal: "shortener-link", text: reason, detail: "links" });
        break;
      default:
        break;
    }
  }
  return out;
}

function tacticEvidence(tactics: readonly TacticFinding[]): Evidence[] {
  return tactics.map((t) => ({
    signal: t.id === "credential-request" ? "credential-request" : t.id === "legal-threat" ? "legal-threat" : "tactic",
    text: `「${t.words[0] ?? ""}」のように、${t.label}文面です。${t.explanation}`,
    detail: "tactics",
  }));
}

/** Channels a fact about `channel` applies to, given what is known of how the message came. */
function channelMatch(factChannel: ContactChannel, channel: EvidenceSource["channel"]): "yes" | "maybe" | "no" {
  if (factChannel !== "sms" && factChannel !== "mail") return "no";
  if (channel === "unknown") return "maybe";
  return factChannel === channel ? "yes" : "no";
}

function contactEvidence(source: EvidenceSource): Evidence[] {
  const out: Evidence[] = [];
  const topics = new Set(source.tactics.flatMap((t) => t.topics));
  const asked = new Set(source.tactics.flatMap((t) => t.items));
  for (const brand of source.claimedBrands) {
    for (const fact of brand.contact.neverSends) {
      const match = channelMatch(fact.channel, source.channel);
      if (match === "no") continue;
      if (!fact.topics.includes("any") && !fact.topics.some((t) => topics.has(t))) continue;
      out.push(
        match === "yes"
          ? {
              signal: "never-sends",
              text: `${fact.statement}（${brand.nameJa}の案内）。このメッセージはその形で届いています。`,
              detail: "brand",
              source: sourceOf(fact.source),
            }
          : {
              signal: "never-sends-if-sms",
              text: `${fact.statement}（${brand.nameJa}の案内）。この文面が ${fact.channel === "sms" ? "SMS" : "メール"} で届いたのなら、${brand.nameJa}からの連絡ではありません。`,
              detail: "brand",
              source: sourceOf(fact.source),
            },
      );
    }
    for (const fact of brand.contact.neverAsks) {
      const items = fact.items.filter((i) => asked.has(i));
      if (items.length === 0) continue;
      if (!fact.channels.some((c) => channelMatch(c, source.channel) !== "no")) continue;
      out.push({
        signal: "never-asks",
        text: `このメッセージは${items.map((i) => NEVER_ASKED_LABELS[i]).join("・")}を求めていますが、${fact.statement}（${brand.nameJa}の案内）。`,
        detail: "brand",
        source: sourceOf(fact.source),
      });
    }
  }
  return out;
}

const MOBILE = /^0[789]0\d{8}$/;

function phoneEvidence(source: EvidenceSource): { evidence: Evidence[]; positives: PositiveEvidence[] } {
  const phone = source.sender?.phone;
  const brand = source.claimedBrands[0];
  if (!phone || !brand) return { evidence: [], positives: [] };
  const fact = smsSenderFactOf(brand.contact, phone);
  if (fact)
    return {
      evidence: [],
      positives: [
        {
          text: `送信元の番号 ${phone} は、${brand.nameJa}が公表している SMS の送信元です。ただし送信元の番号は偽装されることもあります。`,
          detail: "sender",
          source: sourceOf(fact.source),
        },
      ],
    };
  const digits = phoneDigits(phone);
  const foreign = /^\+(?!81)/.test(phone.replace(/\s/g, ""));
  if (!MOBILE.test(digits) && !foreign) return { evidence: [], positives: [] };
  const published =
    brand.contact.smsSenders.length > 0 ? `${brand.nameJa}が公表している送信元の番号でもありません。` : "";
  return {
    evidence: [
      {
        signal: "sender-personal-phone",
        text: `「${brand.nameJa}」を名乗っていますが、送信元は${foreign ? "海外の電話番号" : "個人の携帯電話の番号"}（${phone}）です。${published}`,
        detail: "sender",
      },
    ],
    positives: [],
  };
}

function positiveEvidence(source: EvidenceSource): PositiveEvidence[] {
  const out: PositiveEvidence[] = [];
  for (const v of source.brandVerdicts) {
    if (v.sender !== "authenticated" || !source.hasDeliveryRecord) continue;
    const brand = source.claimedBrands.find((b) => b.id === v.brand.id);
    const address = source.sender?.address ?? "";
    const published = brand && address ? mailSenderFactOf(brand.contact, address) : undefined;
    if (brand && address && brandSenderStatus(brand, address) !== "brand") continue;
    out.push({
      text: `差出人のドメイン ${defang(v.senderDomain ?? "")} は${v.brand.nameJa}の送信元として確認されたもので、受信サーバーの送信元認証（DMARC）にも合格しています。`,
      detail: "sender",
      ...(published ? { source: sourceOf(published.source) } : {}),
    });
  }
  // Links: only for an SMS, whose links are what the reader taps. A mail's text shows a link's words,
  // not where it leads, and anyone can write the brand's real address under a forged sender.
  const brand = source.claimedBrands[0];
  const web = source.urls.filter((u) => u.host !== null && u.verdict.kind !== "invalid");
  if (!source.hasDeliveryRecord && source.channel === "sms" && brand && web.length > 0) {
    if (web.every((u) => isBrandLinkHost(brand, u.host ?? ""))) {
      const facts = web.map((u) => linkHostFactOf(brand.contact, u.host ?? "")).filter((f) => f !== undefined);
      const hosts = [...new Set(web.map((u) => defang(u.host ?? "")))].join("、");
      out.push({
        text: `リンク（${hosts}）はすべて、${brand.nameJa}の公式ドメインか、${brand.nameJa}が本物のメッセージで使うと公表しているアドレスです。`,
        detail: "links",
        ...(facts[0] ? { source: sourceOf(facts[0].source) } : {}),
      });
    }
  }
  return out;
}

/** Tactics that press the reader: a genuine notice states a fact and lets them check. */
const PRESSING_TACTICS = new Set(["deadline", "legal-threat", "credential-request"]);

/** True when the message presses the reader: a deadline, a threat, a request for a secret, or a restricted account plus a demand. */
export function pressesReader(tactics: readonly TacticFinding[]): boolean {
  return (
    tactics.some((t) => PRESSING_TACTICS.has(t.id)) ||
    (tactics.some((t) => t.id === "account-restricted") && tactics.length >= 2)
  );
}

/** The evidence for and against a message. */
export function collectEvidence(source: EvidenceSource): {
  evidence: Evidence[];
  positives: PositiveEvidence[];
  pressure: boolean;
} {
  const shared = source.brandVerdicts.some((v) => v.sender === "shared-domain");
  const phone = phoneEvidence(source);
  const evidence: Evidence[] = [
    ...contactEvidence(source),
    ...(source.caseMatch
      ? [
          {
            signal: "case-match" as const,
            text: `この文面は、図鑑の事例「${source.caseMatch.title}」と同じです。`,
            detail: "case" as const,
          },
        ]
      : []),
    ...mailEvidence(source.mailFlags, shared),
    ...source.textFlags.flatMap((f) => {
      const signal = TEXT_FLAG_SIGNALS[f.id];
      return signal ? [{ signal, text: f.message, detail: "links" as const }] : [];
    }),
    ...urlEvidence(source.urls),
    ...phone.evidence,
    ...tacticEvidence(source.tactics),
  ];
  return {
    evidence,
    positives: [...phone.positives, ...positiveEvidence(source)],
    pressure: pressesReader(source.tactics),
  };
}
