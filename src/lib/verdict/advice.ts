/**
 * What to do after a message, in plain Japanese, each item with the public page that says so (the
 * reader acts on these): what to do now for each verdict level, and what to do if the reader already
 * opened the link or typed something in. Pages read on 2026-12-03 through the search tool's stored copies.
 */

/** A page that says what an item says. */
export interface AdviceSource {
  url: string;
  title: string;
  checked: string;
}

export interface AdviceItem {
  /** The situation, as the reader would say it: 「カード番号を入力してしまった」. */
  when: string;
  /** What to do, in our own words. */
  what: string;
  sources: AdviceSource[];
}

const COUNCIL_FAQ: AdviceSource = {
  url: "https://www.antiphishing.jp/contact_faq.html",
  title: "フィッシング対策協議会 よくあるご質問/お問い合わせ",
  checked: "2026-12-03",
};
const COUNCIL_REPORT: AdviceSource = {
  url: "https://www.antiphishing.jp/registration.html",
  title: "フィッシング対策協議会 フィッシングの報告",
  checked: "2026-12-03",
};
const AICHI_POLICE: AdviceSource = {
  url: "https://www.pref.aichi.jp/police/anzen/cyber/soudan/phishing.html",
  title: "愛知県警察 フィッシング（怪しいサイトやメールに個人情報を入力してしまった）",
  checked: "2026-12-03",
};
const YAMANASHI_POLICE: AdviceSource = {
  url: "https://www.pref.yamanashi.jp/police/p_seikankyo/cyber/soudan/soudan05.html",
  title: "山梨県警察 フィッシングの被害にあった",
  checked: "2026-12-03",
};

/** 「もう開いた・入力してしまったときは」: by what the reader did. */
export const AFTER_CLICK: readonly AdviceItem[] = [
  {
    when: "リンクを開いただけで、何も入力していない",
    what: "そのページは閉じてください。何も入力していなければ、情報は渡っていません。アプリのインストールを求められても入れないでください。",
    sources: [AICHI_POLICE],
  },
  {
    when: "ID やパスワードを入力してしまった",
    what: "すぐに、本物のアプリやブックマークした公式サイトからパスワードを変えてください。同じパスワードをほかのサービスでも使っていれば、そちらも変えます。ログインや利用の履歴に覚えのないものがないかも確かめてください。",
    sources: [COUNCIL_FAQ, AICHI_POLICE],
  },
  {
    when: "カード番号やセキュリティコードを入力してしまった",
    what: "すぐにカード会社の紛失・盗難の窓口（カードの裏面に書かれた番号）に電話して、カードを止めてもらってください。明細に覚えのない請求がないかも確かめます。",
    sources: [COUNCIL_FAQ, AICHI_POLICE],
  },
  {
    when: "暗証番号やネットバンキングの情報、SMS の認証コードを入力してしまった",
    what: "すぐに、その銀行やカード会社の本物の窓口（通帳・カードや公式サイトに書かれた番号）に連絡し、入力してしまったことを伝えて、止める手続きを相談してください。",
    sources: [YAMANASHI_POLICE, COUNCIL_FAQ],
  },
  {
    when: "お金を払った・被害が出ている",
    what: "警察の相談専用電話（#9110）か、お近くの警察署に相談してください。買い物や請求のトラブルは、消費者ホットライン（188）でも相談できます。",
    sources: [AICHI_POLICE, COUNCIL_FAQ],
  },
];

/** Where to report a phishing message (what the reader can do for others). */
export const REPORT: AdviceItem = {
  when: "ほかの人の被害を防ぐために",
  what: "フィッシング対策協議会（info@antiphishing.jp）へ、メールならそのまま転送して、SMS なら画面の写真（スクリーンショット）を添えて知らせることができます。",
  sources: [COUNCIL_REPORT],
};
