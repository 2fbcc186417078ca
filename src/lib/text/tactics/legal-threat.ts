/** 「差押えを執行します」「法的措置」: threats of seizure, lawsuits or legal action to rush the reader. */
import type { Tactic } from "./types.ts";

export const legalThreat: Tactic = {
  id: "legal-threat",
  tag: "法的措置",
  slug: "legal-threat",
  label: "差し押さえや裁判などの法的な手続きで脅す",
  explanation: "財産の差し押さえや訴訟をちらつかせて冷静に考える時間を奪い、すぐに支払わせる手口です。",
  topic: "payment",
  phrases: [
    /差し?押さ?え|差押/,
    /(?:法的|強制)(?:な)?(?:措置|執行|手続|処置|対応)/,
    /訴訟|裁判|起訴|告訴|法的手続/,
    /財産(?:の)?(?:調査|処分|没収)/,
  ],
};
