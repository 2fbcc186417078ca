/**
 * An HTML link whose visible text shows one address while its href leads to another site:
 * `<a href="https://evil.top/">https://www.amazon.co.jp/</a>`. The HTML is read by the safe-view
 * parser (src/lib/html/), so the visible text is what a mail program shows.
 */
import { visibleAddressMismatch } from "../../html/link-text.ts";
import { defang } from "../../url/defang.ts";
import type { Finding, MailRule } from "./types.ts";

/** Most findings reported (one mail may repeat the trick in every link). */
const MAX_FINDINGS = 5;

export const linkTextMismatch: MailRule = {
  id: "link-text-mismatch",
  description: "HTML のリンクが、表示している文字とは別のサイトへ飛ぶ（表示はアドレスなのに行き先が違う）",
  check(_mail, { htmlLinks }) {
    const seen = new Set<string>();
    const findings: Finding[] = [];
    for (const link of htmlLinks) {
      const mismatch = visibleAddressMismatch(link.text, link.href);
      if (!mismatch) continue;
      const key = `${mismatch.shown} ${mismatch.real}`;
      if (seen.has(key)) continue;
      seen.add(key);
      if (findings.length >= MAX_FINDINGS) break;
      findings.push({
        id: this.id,
        severity: "high",
        message: `本文のリンクは「${defang(mismatch.shown)}」のアドレスに見えますが、実際の行き先は ${defang(mismatch.real)} です。表示と行き先が違うリンクは、だますための典型的な手口です。`,
      });
    }
    return findings;
  },
};
