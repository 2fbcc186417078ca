/** Small helpers shared by the text rules. */
import { isOfficialHost } from "../../brand.ts";
import { defang } from "../../url/defang.ts";
import type { UrlAnalysis } from "../../url/types.ts";
import type { Finding, Severity, TextRuleInput } from "./types.ts";

/**
 * The addresses that are not the claimed brand's own: when the text names a brand, every address
 * off that brand's official domains; when it names none, every address that is official for no
 * brand in the registry.
 */
export function foreignLinks(input: TextRuleInput): UrlAnalysis[] {
  return input.urls.filter((u) => {
    if (u.host === null) return true;
    const host = u.host;
    if (input.claimedBrands.length > 0) return !input.claimedBrands.some((b) => isOfficialHost(b, host));
    return u.verdict.kind !== "official";
  });
}

/** The first few addresses, defanged, for a message: `a[.]com、b[.]net`. */
export function shownHosts(urls: readonly UrlAnalysis[], max = 3): string {
  const hosts = [...new Set(urls.map((u) => u.registrableDomain ?? u.host ?? u.url))];
  const shown = hosts.slice(0, max).map((h) => defang(h));
  return hosts.length > max ? `${shown.join("、")} ほか` : shown.join("、");
}

/** True when any of the patterns occurs in the normalised text. */
export function mentions(input: TextRuleInput, patterns: readonly RegExp[]): boolean {
  return patterns.some((p) => p.test(input.normalised));
}

/**
 * A lure rule: the text uses one of the patterns of a known scam story (a failed delivery, an
 * unpaid bill…) and carries an address that is not the brand's own. Nothing when the only
 * addresses are official, or when there is none.
 */
export function lureFinding(
  input: TextRuleInput,
  id: string,
  patterns: readonly RegExp[],
  story: string,
  severity: Severity = "high",
): Finding[] {
  if (!mentions(input, patterns)) return [];
  const foreign = foreignLinks(input);
  if (foreign.length === 0) return [];
  return [
    {
      id,
      severity,
      message: `${story}リンク先（${shownHosts(foreign)}）は${
        input.claimedBrands.length > 0
          ? `${input.claimedBrands.map((b) => b.nameJa).join("・")}の公式サイトではありません`
          : "公式サイトとは確かめられません"
      }。リンクは開かず、公式アプリやブックマークから確かめてください。`,
    },
  ];
}
