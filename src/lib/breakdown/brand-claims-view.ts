/**
 * The "which brand does this mail claim to be" block at the top of a breakdown: one headline per
 * claimed brand (「このメールは『JCB』を名乗っています」), where it claims it, and whether the sender and
 * the links belong to that brand, each with the reason in plain Japanese.
 */
import { CLAIM_PLACE_LABELS } from "../mail/brand-claims.ts";
import type { BrandVerdict } from "../mail/analyze.ts";

/** How reassuring a line is, for its colour and icon. */
export type ClaimTone = "danger" | "warn" | "ok" | "info";

export interface BrandClaimView {
  brandId: string;
  headline: string;
  where: string;
  sender: { tone: ClaimTone; text: string };
  links: { tone: ClaimTone; text: string } | null;
}

function senderLine(v: BrandVerdict): { tone: ClaimTone; text: string } {
  const name = v.brand.nameJa;
  const domains = v.brandMailDomains.join("、");
  const from = v.senderDomain ?? "";
  switch (v.sender) {
    case "not-brand":
      return {
        tone: "danger",
        text: `送信元 ${from} は${name}のドメイン（${domains}）ではありません。${name}からのメールではありません。`,
      };
    case "shared-domain":
      return {
        tone: "danger",
        text: `送信元 ${from} は${name}の利用者なら誰でも持てるアドレスのドメインで、${name}が公表しているお知らせの送信元ではありません。名前は誰でも「${name}」と書けます。`,
      };
    case "forged":
      return {
        tone: "danger",
        text: `送信元は${name}のドメイン ${from} ですが、受信サーバーの認証（DMARC・SPF）に失敗しています。差出人が偽装されています。`,
      };
    case "forged-server":
      return {
        tone: "danger",
        text: `送信元は${name}のドメイン ${from} と書かれていますが、最初にメールを送り出したサーバーは、名前（逆引き）のない IP アドレスから「${from}」と名乗っているだけで、${name}のサーバーではありません。差出人が偽装されています。`,
      };
    case "unconfirmed":
      return {
        tone: "warn",
        text: `送信元は${name}のドメイン ${from} ですが、受信サーバーの DMARC 検査で本物と確認された記録がありません。差出人は偽装できるため、本物とは言い切れません。`,
      };
    case "authenticated":
      return {
        tone: "ok",
        text: `送信元は${name}のドメイン ${from} で、受信サーバーの DMARC 検査にも合格しています。${name}のサーバーから送られたメールとみられます。それでもリンクは開かず、公式アプリやブックマークから確かめてください。`,
      };
    case "unknown-domains":
      return {
        tone: "info",
        text: `${name}が使うドメインは確かな情報源で確認できていないため、送信元 ${from} が${name}のものかはこのサイトでは判断できません。`,
      };
    case "no-sender":
      return { tone: "warn", text: "差出人（From）のアドレスがありません。" };
  }
}

function linksLine(v: BrandVerdict): { tone: ClaimTone; text: string } | null {
  const { total, official } = v.links;
  const name = v.brand.nameJa;
  if (total === 0) return null;
  if (official === 0)
    return { tone: "danger", text: `本文のリンク ${total} 件は、どれも${name}の公式サイトのドメインではありません。` };
  if (official < total)
    return {
      tone: "warn",
      text: `本文のリンク ${total} 件のうち、${name}の公式サイトのドメインは ${official} 件だけです。ほかのリンクは別のドメインへ向かいます。`,
    };
  return {
    tone: "info",
    text: `本文のリンク ${total} 件は、どれも${name}の公式サイトのドメインです。ただしリンクの文字は誰でも書けるので、リンクは開かず公式アプリやブックマークから確かめてください。`,
  };
}

/** One view per claimed brand. */
export function buildBrandClaimViews(verdicts: readonly BrandVerdict[]): BrandClaimView[] {
  return verdicts.map((v) => ({
    brandId: v.brand.id,
    headline: `このメールは『${v.brand.nameJa}』を名乗っています`,
    where: `名乗っている場所: ${v.brand.where.map((p) => CLAIM_PLACE_LABELS[p]).join("・")}`,
    sender: senderLine(v),
    links: linksLine(v),
  }));
}
