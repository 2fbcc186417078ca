/** 「24時間以内に」「本日中に」: a short deadline so the reader acts before thinking. */
import type { Tactic } from "./types.ts";

export const deadline: Tactic = {
  id: "deadline",
  tag: "期限",
  slug: "deadline",
  label: "すぐに手続きしないと困ると急がせる",
  explanation: "期限を短く区切って、確かめる時間を与えずにリンクを開かせる手口です。",
  topic: null,
  phrases: [
    /\d+(?:時間|日|営業日)以内/,
    /本日中|今日中|至急|直ちに|ただちに|早急に|今すぐ|すぐに(?:ご)?(?:確認|対応|手続)/,
    /(?:期限|期日)(?:まで|内|を過ぎ|が過ぎ|切れ)/,
    /(?:お?手続き?|ご対応|対応|ご確認|確認|更新|お支払い?)(?:が|を)?(?:ない|いただけない|されない|確認できない|行われない)場合/,
    /放置|最終(?:通告|通知|警告|のお知らせ|催告)/,
  ],
};
