/**
 * The data a safe link preview shows, built from a {@link UrlAnalysis}: the defanged address, its
 * parts, and a verdict in plain Japanese. Plain strings only (every value shown is defanged), shared
 * by the article component and the in-browser checker.
 */
import type { Brand } from "../brand/brand.ts";
import { defang } from "../url/defang.ts";
import type { UrlAnalysis, VerdictKind } from "../url/types.ts";
import { showInvisibles } from "../url/visible-text.ts";

export type VerdictTone = "official" | "danger" | "warn";

export interface LinkPart {
  label: string;
  value: string;
  /** A short explanation of the part for a non-technical reader. */
  hint?: string | undefined;
}

export interface LinkPreviewModel {
  defanged: string;
  verdictKind: VerdictKind;
  verdictLabel: string;
  verdictTone: VerdictTone;
  /** The brand the verdict is about, by its Japanese name. */
  brandName: string | null;
  reasons: string[];
  parts: LinkPart[];
  idnNotes: string[];
  /** Always shown: the site's rule for links in mail, whatever the verdict. */
  advice: string;
}

const verdictText: Record<VerdictKind, { label: string; tone: VerdictTone }> = {
  official: { label: "公式ドメイン", tone: "official" },
  "unconfirmed-brand": { label: "公式と確かめられない同じ名前のドメイン", tone: "warn" },
  lookalike: { label: "公式に似せた偽ドメイン", tone: "danger" },
  "contains-brand": { label: "ブランド名を含む無関係のドメイン", tone: "danger" },
  "ip-host": { label: "IP アドレス直書き", tone: "danger" },
  shortener: { label: "短縮 URL（行き先が隠されている）", tone: "warn" },
  unrelated: { label: "ブランドと無関係のドメイン", tone: "danger" },
  invalid: { label: "読み取れないアドレス", tone: "warn" },
  "dangerous-scheme": { label: "危険な形式のアドレス", tone: "danger" },
};

const shown = (text: string) => defang(showInvisibles(text));

/** Builds the preview model. `brands` resolves the verdict's brand id to a name. */
export function buildLinkPreview(analysis: UrlAnalysis, brands: readonly Brand[]): LinkPreviewModel {
  const { label, tone } = verdictText[analysis.verdict.kind];
  const brand = analysis.verdict.brandId ? brands.find((b) => b.id === analysis.verdict.brandId) : undefined;
  const parts: LinkPart[] = [];
  if (analysis.scheme)
    parts.push({
      label: "方式",
      value: defang(analysis.scheme),
      hint: analysis.scheme === "https" ? "暗号化された通信（偽サイトでも使えます）" : undefined,
    });
  if (analysis.host) {
    parts.push({
      label: "ホスト名",
      value: shown(analysis.hostUnicode ?? analysis.host),
      hint: "「://」の後ろから最初の「/」まで",
    });
    if (analysis.punycode)
      parts.push({
        label: "ホスト名（Punycode）",
        value: shown(analysis.host),
        hint: "国際化ドメインを英数字で書いた形",
      });
  }
  if (analysis.registrableDomain)
    parts.push({ label: "登録ドメイン", value: shown(analysis.registrableDomain), hint: "誰のサイトかを決める部分" });
  if (analysis.subdomain)
    parts.push({ label: "サブドメイン", value: shown(analysis.subdomain), hint: "持ち主が自由に付けられる前半部分" });
  if (analysis.userinfo)
    parts.push({
      label: "「@」の前の文字列",
      value: shown(analysis.userinfo),
      hint: "ブラウザーは無視します（だましの手口）",
    });
  if (analysis.port) parts.push({ label: "ポート番号", value: analysis.port });
  if (analysis.path && analysis.path !== "/") parts.push({ label: "パス", value: shown(analysis.path) });
  for (const q of analysis.query) parts.push({ label: "パラメーター", value: shown(`${q.key}=${q.value}`) });
  if (analysis.fragment) parts.push({ label: "フラグメント", value: shown(analysis.fragment) });
  return {
    defanged: analysis.defanged,
    verdictKind: analysis.verdict.kind,
    verdictLabel: label,
    verdictTone: tone,
    brandName: brand?.nameJa ?? null,
    reasons: analysis.verdict.reasons,
    parts,
    idnNotes: analysis.idn.notes,
    advice:
      analysis.verdict.kind === "official"
        ? "公式ドメインでも、メールのリンクからは開かないでください。ブックマークや公式アプリから確かめましょう。"
        : "このアドレスは開かないでください。お知らせの真偽は、ブックマークや公式アプリから確かめましょう。",
  };
}
