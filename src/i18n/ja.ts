/**
 * Every Japanese UI string of the site, as flat dotted keys (the site has one language, but keeping
 * the words in one place keeps them consistent and reviewable).
 */
export const ja = {
  "site.title": "詐欺メール図鑑",
  "site.tagline": "本物そっくりの詐欺メールを分解して、見分け方を学ぶ",
  "site.description":
    "実際に届いたフィッシング詐欺メールを一通ずつ分解し、送信元・リンク・文面のどこに手がかりがあるかを解説するサイトです。",
  "nav.label": "サイト内メニュー",
  "nav.home": "最新の事例",
  "nav.brands": "ブランド別",
  "nav.tags": "タグ",
  "nav.category": "迷惑メール",
  "nav.check": "メールを調べる",
  "nav.about": "身を守るには",
  "nav.rss": "RSS",
  "skip.toContent": "本文へ移動",
  "home.heading": "最新の事例",
  "home.lead":
    "メールに書かれたリンクは開かないでください。このサイトでは、詐欺メールに含まれていたアドレスをすべて「hxxps://example[.]com」のように無害化して表示しています。",
  "home.allCategories": "カテゴリー",
  "home.searchHeading": "ブランドから探す",
  "home.searchLabel": "メールや SMS が名乗っている会社・サービスの名前",
  "home.searchButton": "事例を探す",
  "home.allBrands": "ブランドの一覧",
  "home.checkHeading": "このメール・SMS、本物？",
  "home.checkLabel": "届いたメール・SMS の文面や URL を貼り付けてください",
  "home.checkButton": "調べる",
  "home.checkPrivacy":
    "貼り付けた内容はどこにも送信しません。「調べる」を押すと、このブラウザーの中だけで分析するページが開きます。",
  "post.published": "公開",
  "post.updated": "更新",
  "post.brands": "なりすまされたブランド",
  "post.tags": "タグ",
  "post.category": "カテゴリー",
  "post.related": "関連する事例",
  "post.sameCampaign": "同じ手口",
  "post.sameBrand": "同じブランド",
  "post.noRelated": "関連する事例はまだありません。",
  "post.sameTemplate": "同じ文面の事例",
  "post.sameTemplateLead":
    "本文の文章の多くがこの事例のメールと同じメールです（一致の割合は、名前や日付・URL を除いた文章で比べたものです）。同じ文面は、名乗る会社や細部を変えて使い回されることがあります。",
  "post.sameTemplateScore": "文面の一致",
  "brands.heading": "ブランド別：本物の見分け方と事例",
  "brands.lead":
    "詐欺メールやSMSによく名前を使われる会社・サービスです。各ページに、本物のメールの送信元ドメインと公式サイトのドメイン（出典つき）、確かめ方、なりすましの事例をまとめています。",
  "brands.caseCount": "件の事例",
  "brand.lead":
    "下のドメインは、このブランド自身のページ（見つからない場合は、互いに独立した二つ以上のページ）が書いていることを、確認した日付とともに載せています。",
  "brand.howToCheck": "本物か確かめる方法",
  "brand.contact.heading": "からの本物の連絡",
  "brand.contact.channels": "連絡の手段と送信元",
  "brand.contact.links": "本物のメッセージのリンク先",
  "brand.contact.neverSends": "送ってこない連絡",
  "brand.contact.neverAsks": "たずねないこと",
  "brand.contact.signs": "本物の連絡のしるし",
  "brand.contact.none":
    "このブランドがどのように連絡してくるかは、ブランド自身のページなど確かな情報源でまだ確認できていません。届いた連絡は、公式アプリかブックマークした公式サイトから確かめてください。",
  "brand.contact.caveat":
    "送信元の番号やアドレスは偽装されることがあります。ここに合っていても本物とは限りません。リンクは開かず、公式アプリやブックマークから確かめてください。",
  "brand.apps": "公式アプリ",
  "brand.mailDomains": "本物のメールの送信元ドメイン",
  "brand.mailDomainsEmpty":
    "このブランドがメールを送るドメインは、確かな情報源で確認できていないため載せていません。送信元のアドレスでは判断せず、公式アプリや公式サイトで確かめてください。",
  "brand.webDomains": "公式サイトのドメイン",
  "brand.webDomainsEmpty": "公式サイトのドメインは、確かな情報源で確認できていないため載せていません。",
  "brand.sources": "出典",
  "brand.checked": "確認日",
  "brand.secondaryBadge": "二次情報",
  "brand.secondaryOnly":
    "このドメインはブランド自身のページでは確認できず、互いに独立した二つ以上のページ（二次情報）が同じことを書いているものです。",
  "brand.externalMark": "（外部サイト）",
  "brand.noReport": "このブランド自身の通報・注意喚起のページは、確かな情報源で見つかっていません。",
  "brand.reportCommon":
    "どのブランドでも、フィッシング対策協議会（antiphishing.jp）に情報を提供できます。届いたメールのリンクは開かないでください。",
  "brand.officialDomainsNote":
    "送信元が公式ドメインでも、差出人は偽装できます。公式ドメインかどうかは手がかりの一つにすぎません。メールのリンクからではなく、ブックマークや公式アプリから開いてください。",
  "brand.aliases": "別名・略称",
  "brand.report": "公式の注意喚起・通報窓口",
  "brand.cases": "この事例を装ったメール・サイト",
  "brand.noCases": "このブランドの事例はまだありません。",
  "tags.heading": "タグ一覧",
  "tag.heading": "タグ",
  "category.heading": "カテゴリー",
  "footer.about": "このサイトについて",
  "footer.note":
    "掲載しているアドレスは無害化してあり、クリックできません。不審なメールを受け取ったら、リンクは開かずに公式サイトや公式アプリから確認してください。",
  "notFound.title": "ページが見つかりません",
  "notFound.body": "お探しのページは移動したか、削除された可能性があります。",
  "notFound.back": "トップページへ戻る",
  "search.more": "さらに表示",
  "search.searchOthers": "ほかの記事からも「{q}」を探す",
  "search.title": "事例を検索",
  "search.lead":
    "ブランド名（アメックス、SMBC など）や、届いたメールの送信元ドメイン・IP アドレス・URL のホスト名で探せます。",
  "search.label": "検索する言葉",
  "search.placeholder": "例: アメックス、auccwallt.top",
  "search.submit": "検索",
  "search.header": "サイト内検索",
  "search.headerPlaceholder": "ブランド名・ドメインで検索",
  "search.filters": "絞り込み",
  "search.filterBrand": "ブランド",
  "search.filterCategory": "カテゴリー",
  "search.filterAll": "すべて",
  "search.loading": "検索しています…",
  "search.error": "検索の準備ができませんでした。ページを読み込み直してください。",
  "search.noscript": "検索には JavaScript が必要です。ブランド別の一覧からも事例を探せます。",
  "search.results": "検索結果",
  "search.count": "件",
  "search.none": "に一致する事例は見つかりませんでした。",
  "search.brandCases": "の事例",
  "search.otherCases": "ほかの事例（検索語を含むもの）",
  "search.noCase": "の事例はまだありません。",
  "search.noCaseNote":
    "ほかのブランドの事例は、このブランドを装ったものではありません。本物かどうかは上のブランドのページで確かめられます。似た手口を知るには、次のページも役に立ちます。",
  "search.brandCardMail": "メールの送信元",
  "search.brandCardWeb": "公式サイト",
  "search.brandCardUnknown": "確かな情報源で確認できていません",
  "search.brandCardLink": "のページ：本物のメールの見分け方・公式の窓口",
  "search.allBrands": "ブランド別の事例一覧",
  "search.protect": "詐欺メールから身を守るには",
  "search.published": "公開",
  "search.brands": "ブランド",
  "rss.title": "詐欺メール図鑑 — 最新の事例",
} as const;

export type UiKey = keyof typeof ja;

/** Looks up a UI string. */
export function t(key: UiKey): string {
  return ja[key];
}
