/**
 * A brand registry for the template tests, independent of content/brands/ (which grows on its own):
 * the brands the Japanese fixtures name, and the banks used for brand-swapped copies.
 */
import type { Brand } from "../../../src/lib/brand/brand.ts";
import { NO_CONTACT } from "../../../src/lib/brand/contact.ts";

const brand = (id: string, nameJa: string, nameEn: string, aliases: string[] = []): Brand => ({
  id,
  nameJa,
  nameEn,
  category: "card",
  aliases,
  mailDomains: [],
  webDomains: [],
  sharedMailDomains: [],
  contact: NO_CONTACT,
});

export const TEST_BRANDS: Brand[] = [
  brand("amazon", "アマゾン", "Amazon", ["Amazon.co.jp", "アマゾンジャパン"]),
  brand("american-express", "アメリカン・エキスプレス", "American Express", ["アメックス", "AMEX"]),
  brand("rakuten", "楽天", "Rakuten", ["楽天市場", "楽天カード", "楽天グループ"]),
  brand("resona", "りそな銀行", "Resona Bank", ["りそな"]),
  brand("smbc", "三井住友銀行", "SMBC", ["三井住友"]),
  brand("smbc-card", "三井住友カード", "Sumitomo Mitsui Card", ["Vpass"]),
  brand("mufg", "三菱UFJ銀行", "MUFG Bank", ["三菱UFJ"]),
  brand("mizuho", "みずほ銀行", "Mizuho Bank", ["みずほ"]),
  brand("eki-net", "えきねっと", "Eki-net", ["JR東日本ネットステーション", "JR East Net Station"]),
  brand("jcb", "JCB", "JCB", ["ジェーシービー", "MyJCB"]),
  brand("mercari", "メルカリ", "Mercari"),
  brand("nomura", "野村證券", "Nomura Securities", ["野村証券"]),
  brand("aeon", "イオンカード", "AEON Card", ["イオン", "イオンフィナンシャルサービス"]),
  brand("dc-card", "DCカード", "DC Card", ["三菱UFJニコス"]),
  brand("etc", "ETC利用照会サービス", "ETC", ["ETCサービス"]),
];
