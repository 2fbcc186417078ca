/**
 * `decideVerdict()`: evidence in, one verdict out. The rules are the data of ./signals.ts (weights,
 * groups, caps, thresholds); this function only sums and compares, so what makes a message
 * "danger" can be read in one place:
 * - danger: the capped score reaches THRESHOLDS.danger with at least one hard signal;
 * - consistent: the message claims a brand, positive sourced evidence exists (DMARC pass on the
 *   brand's sourced mail domain, or every link on the brand's published link hosts), nothing but the
 *   words genuine notices share with lures counts against it, and it does not press the reader;
 * - caution: the score reaches THRESHOLDS.caution, or a brand is claimed at all (the reader cannot
 *   tell it from the brand's own message);
 * - unknown: too little to judge.
 */
import type { Brand } from "../brand/brand.ts";
import { GROUP_CAPS, GROUPS_GENUINE_MESSAGES_SHARE, SIGNALS, THRESHOLDS, type SignalGroup } from "./signals.ts";
import type { Evidence, PositiveEvidence, Verdict, VerdictLevel, VerdictReason } from "./types.ts";

/** What the verdict is decided from. */
export interface VerdictInput {
  evidence: readonly Evidence[];
  positives: readonly PositiveEvidence[];
  claimedBrands: readonly (Pick<Brand, "id" | "nameJa" | "nameEn"> & Partial<Pick<Brand, "category">>)[];
  /** What the input was, for the "unknown" advice. */
  kind: string;
  /** False when there was nothing to judge (an empty text, a broken file). */
  hasContent: boolean;
  /**
   * True when the message presses the reader (a deadline, a threat, a request for a secret, or several
   * lure stories at once): a genuine notice states a fact; such a message is never called consistent.
   */
  pressure?: boolean | undefined;
}

export const HEADLINES: Readonly<Record<Exclude<VerdictLevel, "consistent">, string>> = {
  danger: "詐欺の可能性が高いです。リンクを開かず、返信もしないでください。",
  caution: "本物と確かめられません。リンクは使わず、公式アプリかブックマークから確かめてください。",
  unknown: "判断できる手がかりが足りません。",
};

/** The capped sum of the evidence, group by group, leaving out the groups in `except`. */
export function scoreOf(evidence: readonly Evidence[], except: readonly SignalGroup[] = []): number {
  const byGroup = new Map<SignalGroup, number>();
  for (const e of evidence) {
    const def = SIGNALS[e.signal];
    if (except.includes(def.group)) continue;
    byGroup.set(def.group, (byGroup.get(def.group) ?? 0) + def.weight);
  }
  let total = 0;
  for (const [group, sum] of byGroup) total += Math.min(sum, GROUP_CAPS[group]);
  return Math.round(total * 10) / 10;
}

/** The strongest few pieces of evidence, one per signal, for the reasons. */
function strongest(evidence: readonly Evidence[], max: number): VerdictReason[] {
  const seen = new Set<string>();
  return [...evidence]
    .map((e, order) => ({ e, order }))
    .sort((a, b) => SIGNALS[b.e.signal].weight - SIGNALS[a.e.signal].weight || a.order - b.order)
    .filter(({ e }) => {
      const key = e.signal === "tactic" ? `tactic:${e.text}` : e.signal;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .slice(0, max)
    .map(({ e }) => ({ text: e.text, detail: e.detail, ...(e.source ? { source: e.source } : {}) }));
}

function actionsFor(level: VerdictLevel, brand: VerdictInput["claimedBrands"][number] | undefined): string[] {
  // A public office has no app to check in: its own site, reached by a bookmark or a search.
  const where = !brand
    ? "公式アプリか、ブックマークした公式サイト"
    : brand.category === "government"
      ? `${brand.nameJa}の公式サイト（ブックマークか、自分で検索してたどったもの）`
      : `${brand.nameJa}の公式アプリか、ブックマークした公式サイト`;
  switch (level) {
    case "danger":
      return [
        "リンクを開かず、返信や電話もしないでください。",
        `気になるときは、${where}から、お知らせや利用状況を確かめてください。`,
        "このメッセージは削除してかまいません。",
      ];
    case "caution":
      return [
        "メッセージのリンクや電話番号は使わないでください。",
        `${where}から、同じお知らせが届いているか確かめてください。`,
      ];
    case "consistent":
      return [
        `念のため、リンクではなく${where}から確かめてください。`,
        "少しでも違和感があれば、リンクを開かないでください。",
      ];
    case "unknown":
      return ["心当たりのない連絡なら、リンクを開かず、返信もしないでください。"];
  }
}

function missingFor(kind: string): string {
  if (kind === "urls")
    return "URL だけでは判断しきれません。届いたメッセージの文面と、差出人（メールアドレスや送信元の番号）も貼り付けてください。";
  if (kind === "headers") return "ヘッダーだけでは文面を調べられません。本文も含めたメール全体を貼り付けてください。";
  if (kind === "mail" || kind === "msg")
    return "名乗っているブランドも、詐欺によくある口実も見つかりませんでした。ただし、本物だと確かめられる手がかりもありません。";
  return "届いたメッセージの文面をそのまま、メールなら差出人のアドレス（できればヘッダーを含む全体）、SMS なら送信元の番号も一緒に貼り付けてください。";
}

/** Decides the verdict. Pure. */
export function decideVerdict(input: VerdictInput): Verdict {
  const brand = input.claimedBrands[0];
  const brandRef = brand ? { id: brand.id, nameJa: brand.nameJa } : null;
  const score = scoreOf(input.evidence);
  const against = scoreOf(input.evidence, GROUPS_GENUINE_MESSAGES_SHARE);
  let level: VerdictLevel;
  if (!input.hasContent) level = "unknown";
  else if (score >= THRESHOLDS.danger && input.evidence.some((e) => SIGNALS[e.signal].strength === "hard"))
    level = "danger";
  else if (brand && input.positives.length > 0 && against < THRESHOLDS.caution && !input.pressure) level = "consistent";
  else if (score >= THRESHOLDS.caution || brand) level = "caution";
  else level = "unknown";

  const reasons: VerdictReason[] =
    level === "consistent"
      ? input.positives.slice(0, 3).map((p) => ({ ...p, positive: true }))
      : strongest(input.evidence, 3);
  if (level === "caution" && reasons.length === 0 && brand)
    reasons.push({
      text: `「${brand.nameJa}」を名乗っていますが、本物の${brand.nameJa}からの連絡だと確かめられる手がかりはありませんでした。`,
      detail: "brand",
    });
  return {
    level,
    headline:
      level === "consistent" && brand
        ? `${brand.nameJa}の本物の連絡の特徴と一致します。それでも確かめるときは公式アプリから。`
        : HEADLINES[level === "consistent" ? "caution" : level],
    reasons,
    actions: actionsFor(level, brand),
    brand: brandRef,
    score,
    missing: level === "unknown" ? missingFor(input.kind) : null,
  };
}
