/**
 * Well-known networks, by AS number, with the Japanese name readers know them by and what kind of
 * network they are. Every AS number here was taken from the `@ip-location-db/asn` data itself, and
 * `holder` is (a pattern of) the name that data gives it; `tests/unit/ip-owner/networks.test.ts`
 * checks both against the package's CSV. The rest of the world is shown as the data writes it.
 */

/** What kind of network it is, for the one plain sentence shown beside it. */
export type NetworkKind = "hosting" | "isp" | "mail";

export interface KnownNetwork {
  asn: number;
  /** Name in Japanese (or the brand as Japanese readers write it). */
  nameJa: string;
  kind: NetworkKind;
  /** Pattern the holder's name in the data matches (checked by the tests). */
  holder: RegExp;
}

/** Short label of each kind. */
export const kindLabel: Readonly<Record<NetworkKind, string>> = {
  hosting: "レンタルサーバー・クラウド",
  isp: "家庭・携帯向けの回線",
  mail: "大手のメール・クラウドサービス",
};

/** One plain sentence per kind: what it means that a mail came from such a network. */
export const kindExplanation: Readonly<Record<NetworkKind, string>> = {
  hosting: "誰でも借りられるサーバーです。会社自身が送ったとは限りません。",
  isp: "家庭やスマートフォン向けの回線です。その回線の利用者の機器（乗っ取られたパソコンなどを含む）から送られたとみられます。",
  mail: "誰でもアカウントを作れます。名乗っている会社が送ったとは限りません。",
};

const n = (asn: number, nameJa: string, kind: NetworkKind, holder: RegExp): KnownNetwork => ({
  asn,
  nameJa,
  kind,
  holder,
});

/** The table. Several AS numbers of one company are listed one by one. */
export const knownNetworks: readonly KnownNetwork[] = [
  // Japan: hosting
  n(9370, "さくらインターネット", "hosting", /^SAKURA Internet Inc\.$/),
  n(9371, "さくらインターネット", "hosting", /^SAKURA Internet Inc\.$/),
  n(7684, "さくらインターネット", "hosting", /^SAKURA Internet Inc\.$/),
  n(7506, "GMOインターネット", "hosting", /^GMO Internet/),
  n(58791, "GMOインターネット", "hosting", /^GMO Internet/),
  n(131965, "エックスサーバー", "hosting", /^Xserver Inc\.$/),
  n(24282, "カゴヤ・ジャパン", "hosting", /^KAGOYA JAPAN/),
  n(2514, "NTTPCコミュニケーションズ", "hosting", /^NTT PC Communications/),
  // Japan: home and mobile lines
  n(2516, "KDDI", "isp", /^KDDI CORPORATION$/),
  n(4713, "NTTコミュニケーションズ（OCN）", "isp", /^NTT Communications Corporation$/),
  n(9605, "NTTドコモ", "isp", /^NTT DOCOMO/),
  n(17676, "ソフトバンク", "isp", /^SoftBank Corp\.$/),
  n(4725, "ソフトバンク", "isp", /^SoftBank Corp\.$/),
  n(2497, "IIJ（インターネットイニシアティブ）", "isp", /^Internet Initiative Japan/),
  n(2518, "BIGLOBE", "isp", /^BIGLOBE/),
  n(2527, "ソニーネットワークコミュニケーションズ（So-net）", "isp", /^Sony Network Communications/),
  n(17511, "オプテージ", "isp", /^OPTAGE/),
  n(138384, "楽天モバイル", "isp", /^Rakuten Mobile/),
  n(2519, "アルテリア・ネットワークス", "isp", /^ARTERIA Networks/),
  // Japan: mail
  n(23816, "LINEヤフー（Yahoo!メール）", "mail", /^Yahoo Japan/),
  n(24572, "LINEヤフー（Yahoo!メール）", "mail", /^Yahoo Japan/),
  // Worldwide: cloud and hosting
  n(16509, "Amazon Web Services", "hosting", /^Amazon\.com, Inc\.$/),
  n(14618, "Amazon Web Services", "hosting", /^Amazon\.com, Inc\.$/),
  n(8987, "Amazon Web Services", "hosting", /^Amazon Data Services/),
  n(396982, "Google Cloud", "hosting", /^Google LLC$/),
  n(45102, "アリババクラウド", "hosting", /^Alibaba/),
  n(37963, "アリババクラウド", "hosting", /Alibaba/),
  n(134963, "アリババクラウド", "hosting", /^Alibaba Cloud/),
  n(132203, "テンセントクラウド", "hosting", /Tencent/),
  n(45090, "テンセントクラウド", "hosting", /Tencent/),
  n(16276, "OVHcloud", "hosting", /^OVH SAS$/),
  n(24940, "Hetzner", "hosting", /^Hetzner Online GmbH$/),
  n(14061, "DigitalOcean", "hosting", /^DigitalOcean, LLC$/),
  n(63949, "Akamai（旧 Linode）", "hosting", /^Akamai Technologies, Inc\.$/),
  n(20473, "Vultr", "hosting", /^The Constant Company, LLC$/),
  n(13335, "Cloudflare", "hosting", /^Cloudflare, Inc\.$/),
  n(31898, "Oracle Cloud", "hosting", /^Oracle Corporation$/),
  n(51167, "Contabo", "hosting", /^Contabo GmbH$/),
  n(60781, "Leaseweb", "hosting", /^LeaseWeb Netherlands B\.V\.$/),
  n(47583, "Hostinger", "hosting", /^Hostinger International Limited$/),
  n(8560, "IONOS", "hosting", /^IONOS SE$/),
  // Worldwide: big mail and cloud services
  n(15169, "Google（Gmail など）", "mail", /^Google LLC$/),
  n(8075, "マイクロソフト（Outlook・Azure など）", "mail", /^Microsoft Corporation$/),
  n(11377, "SendGrid（メール配信サービス）", "mail", /^SendGrid, Inc\.$/),
  // China: home, mobile and data-centre lines
  n(4134, "中国電信（Chinanet）", "isp", /^Chinanet$/),
  n(4837, "中国聯通（China Unicom）", "isp", /^CHINA UNICOM China169 Backbone$/),
  n(9808, "中国移動（China Mobile）", "isp", /^China Mobile$/),
];

const byAsn = new Map(knownNetworks.map((k) => [k.asn, k]));

/** The well-known network with this AS number, if it is one. */
export function knownNetwork(asn: number | null): KnownNetwork | undefined {
  return asn === null ? undefined : byAsn.get(asn);
}
