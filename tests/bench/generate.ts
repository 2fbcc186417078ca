/**
 * Synthetic case posts for the benchmark: Japanese prose, frontmatter with brands from the registry,
 * one header breakdown and two safe link previews each. The same post can be written in three forms
 * so that their build costs can be compared:
 * - "components": MDX with `<HeaderBreakdown headers={…} />` and two `<SafeLink … />` (what authors write);
 * - "mdx": the same MDX with the headers in a code block and the URLs as inline code (no components);
 * - "md": that same text as plain Markdown (`.md`).
 * Deterministic: post i is the same in every run and every form.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export type Variant = "components" | "mdx" | "md";

export interface RegistryBrand {
  id: string;
  nameJa: string;
  nameEn: string;
  webDomains: { domains: string[] };
}

/** The brand registry of a site folder (content/brands/*.json). */
export function readRegistry(siteRoot: string): RegistryBrand[] {
  const dir = join(siteRoot, "content", "brands");
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => ({
      id: f.replace(/\.json$/, ""),
      ...(JSON.parse(readFileSync(join(dir, f), "utf8")) as Omit<RegistryBrand, "id">),
    }));
}

/** A small seeded PRNG (mulberry32), so that post i is the same in every run. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const subjects = [
  "カードの一時利用停止は解除されました",
  "ご利用確認のお願い",
  "お支払い方法の更新が必要です",
  "不正利用の可能性があります",
  "会員情報の再確認",
  "ポイント失効のお知らせ",
  "セキュリティ強化のためのご案内",
  "ご注文の配送について",
];
const tags = [
  "カード会社",
  "なりすまし",
  "送信元偽装",
  "偽サイト誘導",
  "文面の使い回し",
  "ドメインの確認",
  "短縮URL",
  "海外サーバー",
  "配送業者",
  "ポイント",
];
const tlds = ["top", "xyz", "shop", "cn", "icu", "buzz", "click", "online"];
const senders = [
  "さくらインターネット",
  "海外のクラウド事業者",
  "国内のレンタルサーバー",
  "東南アジアのホスティング会社",
  "欧州のVPS事業者",
];
const openers = [
  "件名に「{brand}」の名前が入ったメールが届きました。差出人の表示も「{brand}」ですが、中身を順に見ていくと本物ではないことが分かります。",
  "{brand}を名乗るお知らせが届きました。見た目は公式のメールにそっくりですが、ヘッダーを読むと別の相手から送られたものだと分かります。",
  "「{subject}」という件名のメールが、{brand}を装って届きました。急がせる言葉が並んでいますが、慌てずに確かめていきましょう。",
];
const paragraphs = [
  "From の行に書かれた表示名は、送り手が自由に決められます。大事なのはその後ろにある実際のアドレスで、ドメイン {domain} は{brand}の公式ドメインとはまったく別物です。",
  "Return-Path は、メールが届かなかったときに知らせが戻される宛先です。ここにある {rp} も{brand}とは関係がありません。",
  "いちばん古い Received の行が、最初に送り出したサーバーを示します。そこに書かれた IP アドレス {ip} は{sender}のものでした。借りている利用者の誰かが送ったとみられます。",
  "本文には「{subject}」とあり、期限を区切ってログインを急がせています。本物のカード会社が、こうした書き方で手続きを迫ることはまずありません。",
  "リンク先のドメインは一見それらしく見えますが、よく読むと公式のドメインの前後に余計な文字列が付いています。アドレスは右から読むのが基本です。",
  "送信元認証の結果を見ると、SPF は不合格でした。送信元のサーバーが、名乗っているドメインから送ることを許されていないという意味です。",
  "同じ文面のメールが、ほかのブランド名に差し替えて送られている例も見つかりました。文面の使い回しは、詐欺グループによく見られる特徴です。",
  "日付の書き方や敬語の使い方にも不自然な点がありました。日本語に不慣れな人が文面を作った可能性をうかがわせる手がかりです。",
  "受信側のメールサーバーは、このメールを迷惑メールと判定していました。件名の先頭に付いた印は、送り手ではなくフィルターが書き足したものです。",
  "心当たりのない知らせほど、メールのリンクは開かずに、公式アプリやいつものブックマークから確かめることが大切です。",
];

function pick<T>(r: () => number, list: readonly T[]): T {
  return list[Math.floor(r() * list.length)]!;
}

function word(r: () => number, min: number, max: number): string {
  const letters = "abcdefghijklmnopqrstuvwxyz";
  const n = min + Math.floor(r() * (max - min + 1));
  return Array.from({ length: n }, () => letters[Math.floor(r() * 26)]).join("");
}

export interface SyntheticPost {
  slug: string;
  frontmatter: string;
  headers: string;
  urls: [string, string];
  brandId: string;
  /** Prose before the breakdown, between it and the links, and after them. */
  prose: [string, string, string];
}

/** Synthetic post number `i` (0-based). */
export function syntheticPost(i: number, brands: readonly RegistryBrand[]): SyntheticPost {
  const r = rng(i + 1);
  const brand = brands[i % brands.length]!;
  const domain = `${word(r, 6, 10)}.${pick(r, tlds)}`;
  const rp = `${word(r, 5, 9)}.com`;
  const ip = `${1 + Math.floor(r() * 222)}.${Math.floor(r() * 256)}.${Math.floor(r() * 256)}.${1 + Math.floor(r() * 254)}`;
  const subject = pick(r, subjects);
  const day = new Date(Date.UTC(2024, 0, 1) + Math.floor(r() * 1000) * 86_400_000).toISOString().slice(0, 10);
  const fill = (s: string) =>
    s
      .replaceAll("{brand}", brand.nameJa)
      .replaceAll("{domain}", domain)
      .replaceAll("{rp}", rp)
      .replaceAll("{ip}", ip)
      .replaceAll("{subject}", subject)
      .replaceAll("{sender}", pick(r, senders));
  const paras = Array.from({ length: 6 }, () => fill(pick(r, paragraphs)));
  const official = brand.webDomains.domains[0] ?? "example.com";
  const postTags = [...new Set([pick(r, tags), pick(r, tags), pick(r, tags)])];
  const frontmatter = [
    "---",
    `title: "${brand.nameJa}を名乗る「${subject}」メール（事例 ${i + 1}）"`,
    `description: "${brand.nameJa}を装ったメールの事例 ${i + 1}。差出人のドメイン ${domain} と送信元 IP から本物ではないことを読み解きます。"`,
    `pubDate: ${day}`,
    `brands: ["${brand.id}"]`,
    `category: ${r() < 0.8 ? "phishing-mail" : "fake-site"}`,
    `tags: [${postTags.map((t) => `"${t}"`).join(", ")}]`,
    "draft: false",
    "---",
  ].join("\n");
  const date = new Date(`${day}T09:${String(10 + (i % 50)).padStart(2, "0")}:00+09:00`)
    .toUTCString()
    .replace("GMT", "+0000");
  const headers = [
    `Return-Path: <bounce-${word(r, 4, 8)}@${rp}>`,
    `Received: from mx.example.jp (mx.example.jp [203.0.113.${1 + (i % 250)}])`,
    `\tby mail.example.jp with ESMTP id ${word(r, 10, 10)}; ${date}`,
    `Received: from ${word(r, 5, 8)}.${domain} (unknown [${ip}])`,
    `\tby mx.example.jp with ESMTP; ${date}`,
    `Authentication-Results: mx.example.jp; spf=fail smtp.mailfrom=${rp}; dkim=none; dmarc=fail header.from=${domain}`,
    `From: "${brand.nameEn}" <info@${domain}>`,
    `To: user@example.jp`,
    `Subject: 【${brand.nameEn}】${subject}`,
    `Date: ${date}`,
    `Message-ID: <${word(r, 12, 16)}@${domain}>`,
  ].join("\n");
  const urls: [string, string] = [
    `https://${official}.${word(r, 4, 7)}.${pick(r, tlds)}/login?id=${word(r, 8, 8)}`,
    `https://www.${official}/`,
  ];
  return {
    slug: `bench-${String(i + 1).padStart(5, "0")}`,
    frontmatter,
    headers,
    urls,
    brandId: brand.id,
    prose: [
      `${fill(pick(r, openers))}\n\n${paras[0]}\n\n${paras[1]}`,
      `${paras[2]}\n\n${paras[3]}`,
      `${paras[4]}\n\n${paras[5]}`,
    ],
  };
}

function defang(url: string): string {
  return url.replace(/^http/, "hxxp").replace(/\./g, "[.]");
}

/** The post as its author would write it in the given form. */
export function render(post: SyntheticPost, variant: Variant): string {
  const [intro, middle, outro] = post.prose;
  const breakdown =
    variant === "components"
      ? `<HeaderBreakdown\n  headers={\`${post.headers}\`}\n  notes={{ "From": "表示名は本物そっくりでも、ドメインは別物です。" }}\n/>`
      : "```text\n" + post.headers + "\n```";
  const links =
    variant === "components"
      ? post.urls
          .map(
            (u, k) => `<SafeLink url="${u}" brand="${post.brandId}" caption="本文の URL ${k + 1}（無害化して表示）" />`,
          )
          .join("\n\n")
      : post.urls.map((u, k) => `本文の URL ${k + 1}（無害化して表示）: \`${defang(u)}\``).join("\n\n");
  return `${post.frontmatter}\n\n${intro}\n\n## 届いたメールのヘッダー\n\n${breakdown}\n\n## 本文のリンク\n\n${middle}\n\n${links}\n\n## チェックポイント\n\n${outro}\n`;
}

/** Writes posts 0…n-1 in the given form into `<siteRoot>/content/posts/`. */
export function writePosts(siteRoot: string, n: number, variant: Variant, brands: readonly RegistryBrand[]): void {
  const dir = join(siteRoot, "content", "posts");
  mkdirSync(dir, { recursive: true });
  const ext = variant === "md" ? "md" : "mdx";
  for (let i = 0; i < n; i++) {
    const post = syntheticPost(i, brands);
    writeFileSync(join(dir, `${post.slug}.${ext}`), render(post, variant));
  }
}
