/** An address through a URL shortener: the real destination is hidden until it is opened. */
import { defang } from "../../url/defang.ts";
import type { TextRule } from "./types.ts";

export const shortenerLink: TextRule = {
  id: "text-shortener-link",
  description: "短縮 URL で行き先を隠したリンクがある",
  check({ urls }) {
    return urls
      .filter((u) => u.verdict.kind === "shortener")
      .map((u) => ({
        id: this.id,
        severity: "medium" as const,
        message: `短縮 URL（${defang(u.registrableDomain ?? u.host ?? u.url)}）で本当の行き先を隠しています。企業の正式なお知らせで短縮 URL を使うことはまれです。開かないでください。`,
      }));
  },
};
