/**
 * `npm run new -- sms.txt` (or `--sms "…"`): a draft SMS case from a message someone received. The
 * draft gets the same analysis and verdict as /check/ and `npm run analyze -- --sms` (src/lib/analysis/),
 * the reader's own name (a greeting) and whatever `--mask` names masked, the brand's real way of
 * contacting people (from the registry), and the existing cases that share its text. Pure.
 */
import { analyzeInput } from "../analysis/index.ts";
import type { Brand } from "../brand/brand.ts";
import { maskedUrls } from "../text/masked-urls.ts";
import { defang } from "../url/defang.ts";
import type { Verdict } from "../verdict/types.ts";
import { defaultSlug, jstDay, uniqueSlug } from "./draft.ts";
import { commentText, jsxStringProp, mdxText, yamlString, yamlStringList } from "./escape.ts";
import { sameTemplateCases, suggestedCampaign, type SameTemplateCase, type TemplateCase } from "./same-template.ts";

/** What is known of the message: its text, and what the source page shows around it. */
export interface SmsInput {
  text: string;
  /** The sender as shown (a number or a name), or null when the source does not say. */
  sender: string | null;
  /** When it arrived (`2025-06`, `2025-06-12`, `2025-06-12 10:05`), or null. */
  received: string | null;
  /** The public page that quoted it, when the author gives one. */
  source: { url: string; title: string; checked: string; masked: boolean } | null;
  /** Strings to mask (the reader's own number or name). */
  mask: readonly string[];
}

export interface SmsScaffoldOptions {
  brands: readonly Brand[];
  now: Date;
  slug?: string | undefined;
  slugTaken?: ((slug: string) => boolean) | undefined;
  templateCases?: readonly TemplateCase[] | undefined;
}

export interface SmsScaffoldResult {
  slug: string;
  mdx: string;
  /** The masked text, for `sms.txt`. */
  smsText: string;
  title: string;
  brands: Brand[];
  verdict: Verdict;
  /** The addresses in the text, defanged. */
  urls: string[];
  sameTemplate: SameTemplateCase[];
}

const GREETING_NAME = /([^\s、。！？!?「」]{1,12}?)(様|さま)(?=[、。\s!！]|$)/gm;
const GENERIC = /お客|会員|皆|各位|利用者|ユーザー|メンバー/;

/** The text with the reader's greeting name and the given strings masked. */
export function maskSmsText(text: string, mask: readonly string[]): string {
  let out = text.replace(GREETING_NAME, (whole: string, name: string, honorific: string) =>
    GENERIC.test(name) ? whole : `（受信者の名前）${honorific}`,
  );
  for (const m of mask) if (m.trim() !== "") out = out.split(m).join("（伏せ字）");
  return out;
}

function comment(text: string): string {
  return `{/* ${commentText(text)} */}`;
}

/** Drafts an SMS case. */
export function scaffoldFromSms(sms: SmsInput, options: SmsScaffoldOptions): SmsScaffoldResult {
  const text = maskSmsText(sms.text.replace(/\r\n?/g, "\n").trim(), sms.mask);
  const sender = sms.sender ? maskSmsText(sms.sender, sms.mask) : null;
  const checked = analyzeInput(sender ? `送信者: ${sender}\n${text}` : text, options.brands, { channel: "sms" });
  const brands = options.brands.filter((b) => checked.claimedBrandIds.includes(b.id));
  const brand = brands[0];
  const day = jstDay(options.now);
  const firstTactic = checked.tactics.find((t) => t.id !== "deadline") ?? checked.tactics[0];
  const slug =
    options.slug ??
    uniqueSlug(
      defaultSlug(day, [[brand?.id, "sms", firstTactic?.slug].filter(Boolean).join("-")]),
      options.slugTaken ?? (() => false),
    );
  const opening = text.split("\n").find((l) => l.trim() !== "") ?? "";
  const quoted = opening.length > 24 ? `${opening.slice(0, 24)}…` : opening;
  const title = `${brand ? `${brand.nameJa}を名乗る` : ""}SMS「${quoted}」`;
  const sameTemplate = sameTemplateCases(`${text}\n`, options.templateCases ?? [], { brands: options.brands });
  const campaign = suggestedCampaign(sameTemplate);
  const tags = [
    "SMS",
    "スミッシング",
    ...(brands.length > 0 ? ["なりすまし"] : []),
    ...checked.tactics.filter((t) => t.id !== "deadline").map((t) => t.tag),
  ];
  const file = `${slug}/sms.txt`;
  const out: string[] = [
    "---",
    `title: ${yamlString(title)}`,
    "# TODO: 一覧や検索結果に出る 1〜2 文の要約に書き換えてください。",
    `description: ${yamlString(`${title}を分解します。（下書き：要約に書き換えてください）`)}`,
    `pubDate: ${day}`,
    `brands: ${yamlStringList(brands.map((b) => b.id))}`,
    "category: phishing-sms",
    `tags: ${yamlStringList([...new Set(tags)].slice(0, 6))}`,
    campaign
      ? `campaign: ${yamlString(campaign)} # 同じ文面の事例 ${sameTemplate[0]?.id ?? ""} と同じ。違う送り手ならこの行を消す`
      : '# campaign: "（送り手の ID）" # 同じ送り手とみた記事どうしに同じ ID を書くときだけ。ふだんは消す',
    "draft: true",
    "---",
    "",
    comment(
      "npm run new で作った SMS の下書きです。TODO の箇所を自分の言葉で書き、最後に draft: false にしてください。出典のページの文章は写さず、届いた SMS の文面・送信元・URL・日付だけを事実として使います。書き方は CONTRIBUTING.md にあります。",
    ),
    "",
    comment("TODO: 導入。いつごろ、誰を名乗る、どんな SMS が出回ったのかを 2〜3 文で。"),
    "",
  ];
  if (sameTemplate.length > 0)
    out.push(
      comment(
        `同じ文面の事例: ${sameTemplate.map((m) => `${m.id}（${m.title}、一致 約${Math.round(m.score * 100)}%）`).join("、")}。`,
      ),
      "",
    );
  out.push("## 届いた SMS", "");
  if (!sms.source)
    out.push(
      comment("TODO: 出典がありません。source（このSMSを示している公開ページの url・title・確認日）を書いてください。"),
    );
  const sourceProp = sms.source
    ? `source={{ url: ${JSON.stringify(sms.source.url)}, title: ${JSON.stringify(sms.source.title)}, checked: ${JSON.stringify(sms.source.checked)}${sms.source.masked ? ", masked: true" : ""} }}`
    : 'source={{ url: "https://（出典のページ）", title: "（出典のページの題名）", checked: "（確認日）" }}';
  out.push(
    `<SmsView ${jsxStringProp("file", file)} ${jsxStringProp("sender", sender ?? "不明")}${sms.received ? ` ${jsxStringProp("received", sms.received)}` : ""}\n  ${sourceProp}\n/>`,
    "",
  );
  out.push("## リンクの行き先", "");
  const masked = maskedUrls(text);
  if (masked.length > 0)
    out.push(
      comment(
        `出典のページで伏せられた URL: ${masked.join("、")}。伏せ字のまま本文で触れ、「出典で伏せられている」と書いてください（<SafeLink> にはしません）。`,
      ),
      "",
    );
  if (checked.urls.length > 0) {
    checked.urls.slice(0, 5).forEach((u, i) => {
      const props = [jsxStringProp("url", u.url)];
      if (u.verdict.brandId ?? brand?.id) props.push(jsxStringProp("brand", u.verdict.brandId ?? brand?.id ?? ""));
      props.push(jsxStringProp("caption", `SMS の URL ${i + 1}（無害化して表示）`));
      out.push(`<SafeLink ${props.join(" ")} />`, "");
    });
    out.push(comment("TODO: リンクの本当の行き先と、なぜ本物でないと言えるのかを書く。"), "");
  } else {
    out.push(
      comment(
        "この SMS の URL は出典のページで伏せられているか、書かれていません。そう書いてください（伏せ字はそのまま残します）。",
      ),
      "",
    );
  }
  out.push("## 使われている手口", "");
  for (const t of checked.tactics) out.push(comment(`自動チェック: ${t.label}（文中の「${t.words.join("」「")}」）`));
  out.push(comment("TODO: 文面のどの言葉が、読む人に何をさせようとしているのかを自分の言葉で。"), "");
  if (brand) {
    out.push(
      `## ${/^[\p{L}\p{N} ・ー-]+$/u.test(brand.nameJa) ? brand.nameJa : mdxText(brand.nameJa)}からの本物の連絡`,
      "",
      `<BrandContact ${jsxStringProp("brand", brand.id)} />`,
      "",
    );
    out.push(comment("TODO: 本物の連絡との違い（送信元、リンク先、送ってこない内容）を一言で。"), "");
  }
  out.push(
    "## 届いたら・開いてしまったら",
    "",
    comment(
      "TODO: リンクを開かず公式アプリで確かめること、入力してしまったときの連絡先（/guide/if-you-clicked/ にリンク）。",
    ),
    "",
  );
  return {
    slug,
    mdx: out.join("\n"),
    smsText: `${text}\n`,
    title,
    brands,
    verdict: checked.verdict,
    urls: checked.urls.map((u) => defang(u.url)),
    sameTemplate,
  };
}
