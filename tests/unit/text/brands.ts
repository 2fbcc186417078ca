/**
 * Brands for the text tests, written here so the tests do not depend on the registry's contents.
 * Each carries both the current `officialDomains` and the coming `mailDomains`/`webDomains` so the
 * tests keep their meaning when the registry schema changes.
 */
import type { Brand } from "../../../src/lib/brand/brand.ts";
import { NO_CONTACT } from "../../../src/lib/brand/contact.ts";

function brand(id: string, nameJa: string, nameEn: string, aliases: string[], domains: string[]): Brand {
  return {
    id,
    nameJa,
    nameEn,
    aliases,
    officialDomains: domains,
    mailDomains: domains,
    webDomains: domains,
    sharedMailDomains: [],
    contact: NO_CONTACT,
  } as unknown as Brand;
}

export const sagawa = brand("sagawa", "佐川急便", "Sagawa Express", ["佐川", "SAGAWA"], ["sagawa-exp.co.jp"]);
export const yamato = brand(
  "yamato",
  "ヤマト運輸",
  "Yamato Transport",
  ["クロネコヤマト", "ヤマト"],
  ["kuronekoyamato.co.jp", "yamato-hd.co.jp"],
);
export const japanPost = brand(
  "japan-post",
  "日本郵便",
  "Japan Post",
  ["郵便局"],
  ["post.japanpost.jp", "japanpost.jp"],
);
export const amazon = brand(
  "amazon",
  "アマゾン",
  "Amazon",
  ["Amazonプライム", "Amazon.co.jp"],
  ["amazon.co.jp", "amazon.com"],
);
export const smbc = brand(
  "smbc-card",
  "三井住友カード",
  "SMBC Card",
  ["三井住友", "Vpass"],
  ["smbc-card.com", "vpass.ne.jp"],
);
export const docomo = brand(
  "docomo",
  "NTTドコモ",
  "NTT docomo",
  ["ドコモ", "docomo"],
  ["docomo.ne.jp", "nttdocomo.co.jp"],
);
export const nta = brand("nta", "国税庁", "National Tax Agency", ["税務署"], ["nta.go.jp"]);
export const rakuten = brand(
  "rakuten",
  "楽天",
  "Rakuten",
  ["楽天カード", "楽天市場"],
  ["rakuten.co.jp", "rakuten-card.co.jp"],
);
export const mufg = brand("mufg", "三菱UFJ銀行", "MUFG Bank", ["三菱UFJ"], ["bk.mufg.jp"]);

export const testBrands: Brand[] = [sagawa, yamato, japanPost, amazon, smbc, docomo, nta, rakuten, mufg];
