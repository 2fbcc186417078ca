/**
 * English slug words for the Japanese words phishing subjects are made of, so a post drafted from
 * 「【Amazon】アカウント情報を時間内に更新してください」 gets `…-amazon-account-update`, not just
 * `…-amazon`. Longer phrases come first: `本人確認` wins over `確認`.
 */
const SUBJECT_WORDS: readonly (readonly [string, string])[] = [
  ["本人確認", "identity"],
  ["ご利用確認", "usage-check"],
  ["利用確認", "usage-check"],
  ["利用制限", "restriction"],
  ["利用停止", "suspension"],
  ["自動退会", "auto-withdrawal"],
  ["お支払い方法", "payment"],
  ["お支払方法", "payment"],
  ["支払い方法", "payment"],
  ["支払方法", "payment"],
  ["ご請求", "bill"],
  ["請求", "bill"],
  ["アカウント", "account"],
  ["パスワード", "password"],
  ["ポイント", "points"],
  ["ロック", "locked"],
  ["規約", "terms"],
  ["改定", "revision"],
  ["退会", "withdrawal"],
  ["停止", "suspension"],
  ["制限", "restriction"],
  ["解除", "lifted"],
  ["更新", "update"],
  ["変更", "change"],
  ["不正", "fraud"],
  ["不在", "delivery"],
  ["配達", "delivery"],
  ["荷物", "parcel"],
  ["当選", "prize"],
  ["未納", "unpaid"],
  ["未払", "unpaid"],
  ["確認", "check"],
];

/** The slug words of the Japanese words in `subject`, in the order they appear (each once). */
export function subjectSlugWords(subject: string): string[] {
  const found: { at: number; word: string }[] = [];
  let rest = subject;
  for (const [ja, en] of SUBJECT_WORDS) {
    const at = rest.indexOf(ja);
    if (at < 0) continue;
    found.push({ at, word: en });
    // Blank the phrase out (same length), so a shorter word inside it is not counted again.
    rest = rest.split(ja).join("\u0000".repeat(ja.length));
  }
  return [...new Set(found.sort((a, b) => a.at - b.at).map((f) => f.word))];
}
