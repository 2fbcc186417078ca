/** Small helpers shared by the text rules. */
import { isBrandLinkHost } from "../../brand/brand.ts";
import { defang } from "../../url/defang.ts";
import type { UrlAnalysis } from "../../url/types.ts";
import type { TextRuleInput } from "./types.ts";

/**
 * The addresses that are not the claimed brand's own: when the text names a brand, every address
 * off that brand's official domains; when it names none, every address that is official for no
 * brand in the registry.
 */
export function foreignLinks(input: TextRuleInput): UrlAnalysis[] {
  return input.urls.filter((u) => {
    if (u.host === null) return true;
    // The brand's name under another ending is neither confirmed nor shown to be fake: the verdict weighs it apart.
    if (u.verdict.kind === "unconfirmed-brand") return false;
    // A shortener hides where it leads: the shortener rule says so; it is not shown to be off the brand.
    if (u.verdict.kind === "shortener") return false;
    const host = u.host;
    if (input.claimedBrands.length > 0) return !input.claimedBrands.some((b) => isBrandLinkHost(b, host));
    return u.verdict.kind !== "official";
  });
}

/** The first few addresses, defanged, for a message: `a[.]com、b[.]net`. */
export function shownHosts(urls: readonly UrlAnalysis[], max = 3): string {
  const hosts = [...new Set(urls.map((u) => u.registrableDomain ?? u.host ?? u.url))];
  const shown = hosts.slice(0, max).map((h) => defang(h));
  return hosts.length > max ? `${shown.join("、")} ほか` : shown.join("、");
}
