/**
 * The MDX of a new case post. Every string that came from a mail goes through `escape.ts`: YAML
 * double-quoted scalars in the frontmatter, `{"…"}` JavaScript strings in the body and in props.
 */
import { commentText, jsxStringProp, mdxText, yamlString, yamlStringList } from "./escape.ts";
import type { LookedUpFact } from "../breakdown/model.ts";
import { factsProp } from "./facts.ts";

/** A body URL to show as a `<SafeLink>`. */
export interface TemplateLink {
  url: string;
  brandId: string | null;
}

/** An attachment, described only. */
export interface TemplateAttachment {
  filename: string | null;
  contentType: string;
  size: number;
}

/** What the template needs. */
export interface PostTemplate {
  title: string;
  description: string;
  pubDate: string;
  brandIds: string[];
  tags: string[];
  /** `<slug>/headers.eml`, or null for a post without a mail. */
  headersFile: string | null;
  /** `<slug>/body.txt` or `<slug>/body.html` (recipient masked), or null when there is no body. */
  bodyFile: string | null;
  /** Automatic findings to remind the author of, one line each (shown in an MDX comment only). */
  hints: string[];
  links: TemplateLink[];
  /** URLs found beyond the cap. */
  omittedLinks: number;
  attachments: TemplateAttachment[];
  /** The campaign to write (from a case with the same text), or null for the commented example. */
  campaign: string | null;
  /** Existing cases whose mails carry the same text, best first. */
  sameTemplate: { id: string; title: string; score: number }[];
  /** The mailing list the mail came through (see `mail/mailing-list.ts`), or null. */
  mailingList?: { id: string; removedParts: boolean } | null | undefined;
  /** Facts for `<HeaderBreakdown facts>` (the origin IP's holder, DNS answers with `--lookup`). */
  facts?: readonly LookedUpFact[] | undefined;
}

function comment(text: string): string {
  return `{/* ${commentText(text)} */}`;
}

function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} バイト`;
}

/** The whole `index.mdx` of a new draft post. */
export function renderPostMdx(t: PostTemplate): string {
  const out: string[] = [];
  out.push(
    "---",
    `title: ${yamlString(t.title)}`,
    "# TODO: 一覧や検索結果に出る 1〜2 文の要約に書き換えてください。",
    `description: ${yamlString(t.description)}`,
    `pubDate: ${t.pubDate}`,
    `brands: ${yamlStringList(t.brandIds)}`,
    "category: phishing-mail",
    `tags: ${yamlStringList(t.tags)}`,
    t.campaign
      ? `campaign: ${yamlString(t.campaign)} # 同じ文面の事例 ${t.sameTemplate[0]?.id ?? ""} と同じ。違う送り手ならこの行を消す`
      : '# campaign: "（送り手の ID）" # 同じ送り手とみた記事どうしに同じ ID を書くときだけ。ふだんは消す',
    "# 下書き: true の間はサイトに公開されません（npm run dev では表示されます）。書き終えたら false に。",
    "draft: true",
    "---",
    "",
    comment(
      "npm run new で作った下書きです。TODO の箇所を自分の言葉で書き、最後に draft: false にしてください。書き方は CONTRIBUTING.md にあります。",
    ),
    "",
    comment("TODO: 導入。いつ、誰を名乗る、どんなメールが届いたのかを 2〜3 文で。"),
    "",
  );
  if (t.sameTemplate.length > 0) {
    out.push(
      comment(
        `同じ文面の事例: ${t.sameTemplate.map((m) => `${m.id}（${m.title}、一致 約${Math.round(m.score * 100)}%）`).join("、")}。記事のページの「同じ文面の事例」に自動で出ます。共通点と違いを書くと読者の役に立ちます。`,
      ),
      "",
    );
  }

  out.push("## 届いたメールのヘッダー", "");
  if (t.headersFile) {
    out.push(
      comment(
        "TODO: notes（ヘッダー名ごとの解説）や facts（調べた事実: IP の持ち主など）を足せます。書き方は CONTRIBUTING.md の HeaderBreakdown の節にあります。",
      ),
      ...t.hints.map((hint) => comment(`自動チェック: ${hint}`)),
      t.facts && t.facts.length > 0
        ? `<HeaderBreakdown ${jsxStringProp("file", t.headersFile)} excerpt\n  ${factsProp(t.facts)}\n/>`
        : `<HeaderBreakdown ${jsxStringProp("file", t.headersFile)} excerpt />`,
      "",
    );
  } else {
    out.push(
      comment("TODO: メールのヘッダーがあれば content/posts/<slug>/headers.eml に保存し、次の行のように表示します。"),
      comment('<HeaderBreakdown file="<slug>/headers.eml" excerpt />'),
      "",
    );
  }

  if (t.bodyFile) {
    out.push(
      "## 届いたメールの本文",
      "",
      comment("TODO: 本文のどこが怪しいか（急がせる言葉、表示と行き先が違うリンクなど）を説明する。"),
      `<MailBody ${jsxStringProp("file", t.bodyFile)} />`,
      "",
    );
  }

  out.push(
    "## 差出人を見る",
    "",
    comment("TODO: 表示名と実際のアドレス（@ より後ろのドメイン）が食い違っていないかを説明する。"),
    "",
  );
  out.push(
    "## 送信元のサーバー",
    "",
    comment("TODO: いちばん古い Received の行と送信元 IP について、調べたことを書く。"),
    "",
  );
  if (t.mailingList)
    out.push(
      comment(
        `このメールはメーリングリスト ${t.mailingList.id} を通って届きました。Return-Path、新しい側の Received、件名の [ ] と本文末尾の案内（と「〜 via リスト名」の From）はリストが付けたものです。リストが外から受け取った Received の行（その envelope-from）と、元の差出人（From、書き換えられていれば Reply-To）で判断し、[メーリングリストを通ったメールの読み方](/guide/mailing-lists/) にリンクしてください。`,
      ),
      "",
    );

  out.push("## 本文のリンク", "");
  if (t.mailingList?.removedParts)
    out.push(
      comment(
        "メーリングリストが本文の一部（HTML など）を取り除いています（X-Content-Filtered-By）。送り主のリンクが残っていないときは、そう書いてください。ヘッダーの X-Spam-Report に「URIs: …」があれば、迷惑メールフィルターが記録したリンクのドメインです（インラインコードで書きます）。",
      ),
      "",
    );
  if (t.links.length > 0) {
    // The previews say themselves that they are defanged and not links.
    t.links.forEach((link, i) => {
      const props = [jsxStringProp("url", link.url)];
      if (link.brandId) props.push(jsxStringProp("brand", link.brandId));
      props.push(jsxStringProp("caption", `本文の URL ${i + 1}（無害化して表示）`));
      out.push(`<SafeLink ${props.join(" ")} />`, "");
    });
    if (t.omittedLinks > 0)
      out.push(
        comment(
          `ほかに ${t.omittedLinks} 件の URL がありましたが省略しました。必要なら <SafeLink url="…" /> を足してください。`,
        ),
        "",
      );
    out.push(comment("TODO: リンクの行き先がどこか、なぜ危ないのかを説明する。"), "");
  } else {
    out.push(
      comment('TODO: 本文に URL がなければこの節は消してかまいません。URL は <SafeLink url="…" /> で示します。'),
      "",
    );
  }

  if (t.attachments.length > 0) {
    out.push("## 添付ファイル", "", "添付ファイルは開かず、名前と種類だけを記録しています。", "");
    for (const a of t.attachments) {
      out.push(
        `- <code>${mdxText(a.filename ?? "（名前なし）")}</code>（${mdxText(a.contentType)}、${formatSize(a.size)}）`,
      );
    }
    out.push("", comment("TODO: 添付ファイルを開くと何が起きうるかを説明する。"), "");
  }

  out.push(
    "## チェックポイント",
    "",
    comment("TODO: 読者が次に同じようなメールを見分けるためのポイントを箇条書きで。"),
    "- （ここに見分け方を書く）",
    "",
  );
  return out.join("\n");
}
