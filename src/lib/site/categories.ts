/**
 * Post categories: a fixed list, so that each has a page and a stable URL. `noun` is what a case of
 * the category is (「佐川急便を名乗るSMS」), for its preview image.
 */
export const categories = {
  "phishing-mail": {
    label: "迷惑メール",
    noun: "メール",
    description: "実在の企業を装って届いた詐欺メール・迷惑メールの事例です。",
  },
  "phishing-sms": {
    label: "詐欺SMS（スミッシング）",
    noun: "SMS",
    description: "実在の企業や役所を装って携帯電話に届いた SMS（ショートメッセージ）の事例です。",
  },
  "fake-site": {
    label: "偽サイト",
    noun: "サイト",
    description: "本物そっくりに作られた偽の通販サイトやログインページの注意情報です。",
  },
} as const;

export type CategoryId = keyof typeof categories;
export const categoryIds = Object.keys(categories) as CategoryId[];
