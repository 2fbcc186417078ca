/**
 * Site settings in one typed module: title, address, the short list of outbound hosts that article
 * links may point to, and the mail-server names to mask. Pure data and helpers: no Astro imports, so
 * the link neutraliser, the built-site guard and tests can all read it.
 */

/** Settings for the whole site. */
export interface SiteConfig {
  /** Site name shown in titles and headers. */
  title: string;
  /** One-sentence description for meta tags and feeds. */
  description: string;
  /** Canonical origin of the deployed site, without a trailing slash. */
  url: string;
  /**
   * Hosts (exact names, lower case) that article links may keep pointing to: official reporting
   * pages of brands and public bodies. Every other outbound link is defanged into plain text.
   */
  outboundAllowList: readonly string[];
  /** Host names of the recipient's own mail servers, masked when raw headers are shown. */
  redactHosts: readonly string[];
}

export const site: SiteConfig = {
  title: "詐欺メール図鑑",
  description: "実際に届いた詐欺メール（フィッシングメール）を一通ずつ分解し、見分け方をやさしく解説する図鑑です。",
  url: "https://sagimail.example.org",
  outboundAllowList: [
    // フィッシング対策協議会
    "www.antiphishing.jp",
    "antiphishing.jp",
    // 警察庁
    "www.npa.go.jp",
    // 都道府県警察（フィッシング被害の相談窓口のページ。/guide/if-you-clicked/ の出典）
    "www.pref.aichi.jp",
    "www.pref.yamanashi.jp",
    // 消費者庁
    "www.caa.go.jp",
    // 総務省
    "www.soumu.go.jp",
    // 国民生活センター
    "www.kokusen.go.jp",
    // 情報処理推進機構（IPA）
    "www.ipa.go.jp",
    // JPCERT コーディネーションセンター
    "www.jpcert.or.jp",
    // 日本データ通信協会 迷惑メール相談センター
    "www.dekyo.or.jp",
    // DB-IP: its IP-to-ASN Lite licence (CC BY 4.0) asks for a link back on every page that shows its
    // results (the IP owners in header breakdowns, src/lib/ip-owner/).
    "db-ip.com",
    // Brand sites are deliberately absent: a URL quoted from a phishing mail often points at the
    // brand's real domain (a login page), and such a URL must never become clickable here.
  ],
  redactHosts: [],
};
