/**
 * Plain-Japanese wording for an {@link IpOwner}: 「さくらインターネット（SAKURA Internet Inc.、AS9370）・日本」,
 * the sentence about its kind of network, the date of the data and the credit its licence asks for.
 */
import type { IpOwner } from "./lookup.ts";
import { kindExplanation, kindLabel, knownNetwork, type NetworkKind } from "./networks.ts";

export interface OwnerView {
  ip: string;
  asn: number | null;
  org: string | null;
  country: string | null;
  /** One line: who holds the address and where. */
  label: string;
  /** Who holds it, without the country: 「さくらインターネット（SAKURA Internet Inc.、AS9370）」. */
  holder: string;
  kind: NetworkKind | null;
  kindLabel: string | null;
  /** What that kind of network means for the mail, or null for networks not in the table. */
  explanation: string | null;
}

/** Where the owner data comes from: shown (with the DB-IP link) wherever owners are shown. */
export const ownerAttribution = {
  text: "RouteViews・NRO・DB-IP の IP-to-ASN データ（CC BY 4.0）と ip-location-db の国別データ（CC0）",
  linkText: "IP Geolocation by DB-IP",
  /** The link DB-IP's licence asks for on every page that shows its results. */
  linkUrl: "https://db-ip.com",
} as const;

let regionNames: Intl.DisplayNames | null | undefined;

/** Japanese name of an ISO 3166 country code (`JP` → 日本), or the code itself. */
export function countryNameJa(code: string): string {
  if (regionNames === undefined) {
    try {
      regionNames = new Intl.DisplayNames(["ja"], { type: "region", fallback: "code" });
    } catch {
      regionNames = null;
    }
  }
  try {
    return regionNames?.of(code) ?? code;
  } catch {
    return code;
  }
}

/** 「2026年6月時点の公開データ」 from `2026-06`. */
export function dataDateLabel(month: string): string {
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  return m ? `${m[1]}年${Number(m[2])}月時点の公開データ` : "公開データ";
}

/** The view of one owner. */
export function describeOwner(owner: IpOwner): OwnerView {
  const known = knownNetwork(owner.asn);
  const where = owner.country ? `・${countryNameJa(owner.country)}` : "";
  let label: string;
  let holder: string;
  if (owner.asn === null) {
    holder = "どのネットワークからも経路が公開されていないアドレスです";
    label = `${holder}${owner.country ? `（登録国: ${countryNameJa(owner.country)}）` : ""}`;
  } else {
    const inner = [owner.org, `AS${owner.asn}`].filter((x) => x).join("、");
    holder = known ? `${known.nameJa}（${inner}）` : `${owner.org ?? "名前の記録なし"}（AS${owner.asn}）`;
    label = `${holder}${where}`;
  }
  return {
    ip: owner.ip,
    asn: owner.asn,
    org: owner.org,
    country: owner.country,
    label,
    holder,
    kind: known?.kind ?? null,
    kindLabel: known ? kindLabel[known.kind] : null,
    explanation: known ? kindExplanation[known.kind] : null,
  };
}
