/**
 * Brands that phishing mails in Japan often impersonate but that have no data file in
 * content/brands/ yet. The search page only uses this list to recognise a query for such a brand and
 * say plainly that the site has no case for it, instead of showing another brand's case as if it
 * matched. Once a brand gets a data file in content/brands/, that file wins (see `mergeBrands`).
 */
import type { SearchBrand } from "./brands.ts";

type Unlisted = Omit<SearchBrand, "caseCount">;

const card = "カード会社";

export const unlistedBrands: readonly Unlisted[] = [
  {
    id: "rakuten",
    nameJa: "楽天",
    nameEn: "Rakuten",
    aliases: ["楽天カード", "楽天市場", "楽天銀行", "らくてん", "ラクテン"],
    relatedTag: card,
  },
  { id: "jcb", nameJa: "JCB", nameEn: "JCB", aliases: ["ジェーシービー", "JCBカード", "MyJCB"], relatedTag: card },
  {
    id: "amazon",
    nameJa: "Amazon",
    nameEn: "Amazon",
    aliases: ["アマゾン", "Amazon.co.jp", "あまぞん", "Amazonプライム"],
  },
  { id: "aeon-card", nameJa: "イオンカード", nameEn: "AEON Card", aliases: ["イオン", "AEON"], relatedTag: card },
  { id: "epos-card", nameJa: "エポスカード", nameEn: "EPOS Card", aliases: ["エポス", "EPOS"], relatedTag: card },
  {
    id: "saison",
    nameJa: "セゾンカード",
    nameEn: "Saison Card",
    aliases: ["セゾン", "クレディセゾン", "SAISON"],
    relatedTag: card,
  },
  { id: "visa", nameJa: "VISA", nameEn: "Visa", aliases: ["ビザ"], relatedTag: card },
  { id: "mufg", nameJa: "三菱UFJ銀行", nameEn: "MUFG Bank", aliases: ["三菱UFJ", "MUFG", "三菱UFJニコス"] },
  { id: "smbc-bank", nameJa: "三井住友銀行", nameEn: "Sumitomo Mitsui Banking Corporation", aliases: [] },
  { id: "mizuho", nameJa: "みずほ銀行", nameEn: "Mizuho Bank", aliases: ["みずほ", "Mizuho"] },
  { id: "japan-post-bank", nameJa: "ゆうちょ銀行", nameEn: "Japan Post Bank", aliases: ["ゆうちょ"] },
  { id: "japan-post", nameJa: "日本郵便", nameEn: "Japan Post", aliases: ["郵便局"] },
  { id: "yamato", nameJa: "ヤマト運輸", nameEn: "Yamato Transport", aliases: ["クロネコヤマト", "ヤマト"] },
  { id: "sagawa", nameJa: "佐川急便", nameEn: "Sagawa Express", aliases: ["佐川"] },
  { id: "paypay", nameJa: "PayPay", nameEn: "PayPay", aliases: ["ペイペイ"] },
  { id: "mercari", nameJa: "メルカリ", nameEn: "Mercari", aliases: ["メルペイ"] },
  { id: "apple", nameJa: "Apple", nameEn: "Apple", aliases: ["アップル", "iCloud", "Apple ID"] },
  { id: "microsoft", nameJa: "Microsoft", nameEn: "Microsoft", aliases: ["マイクロソフト", "Outlook"] },
  { id: "docomo", nameJa: "NTTドコモ", nameEn: "NTT docomo", aliases: ["ドコモ", "docomo"] },
  { id: "softbank", nameJa: "ソフトバンク", nameEn: "SoftBank", aliases: [] },
  { id: "nta", nameJa: "国税庁", nameEn: "National Tax Agency", aliases: ["e-Tax", "イータックス"] },
  { id: "etc", nameJa: "ETC利用照会サービス", nameEn: "ETC", aliases: ["ETC"] },
];

/**
 * The registry brands (with their case counts) followed by the unlisted brands that the registry
 * does not already cover (same id, or a name the registry already uses). A related tag is kept only
 * when some case uses it.
 */
export function mergeBrands(
  registry: readonly SearchBrand[],
  usedTags: ReadonlySet<string>,
  unlisted: readonly Unlisted[] = unlistedBrands,
): SearchBrand[] {
  const ids = new Set(registry.map((b) => b.id));
  const names = new Set(
    registry.flatMap((b) => [b.nameJa, b.nameEn, ...b.aliases].map((n) => n.normalize("NFKC").toLowerCase())),
  );
  const extra = unlisted
    .filter((b) => !ids.has(b.id) && ![b.nameJa, b.nameEn].some((n) => names.has(n.normalize("NFKC").toLowerCase())))
    .map((b) => ({
      ...b,
      caseCount: 0,
      relatedTag: b.relatedTag && usedTags.has(b.relatedTag) ? b.relatedTag : undefined,
    }));
  return [...registry, ...extra];
}
