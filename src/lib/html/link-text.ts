/**
 * Comparing a link's visible text with its real target: the same address (give or take the scheme,
 * `www.`, a trailing slash, `mailto:`), or visible text that reads as one address while the link
 * goes to another site.
 */
import { parse as parseDomain } from "tldts";
import { findTextUrls } from "../url/find-text-urls.ts";

function comparable(text: string): string {
  return text
    .normalize("NFKC")
    .trim()
    .toLowerCase()
    .replace(/^mailto:/, "")
    .replace(/^[a-z][a-z0-9+.-]*:\/\//, "")
    .replace(/^www\./, "")
    .replace(/\/+$/, "");
}

/** True when the visible text and the href name the same address. */
export function sameAddress(visible: string, href: string): boolean {
  return comparable(visible) === comparable(href);
}

/** The registrable domain (or host) of an address, or null. */
function siteOf(address: string): string | null {
  const info = parseDomain(address, { allowPrivateDomains: true });
  return info.domain ?? info.hostname ?? null;
}

/** The site an href leads to (http, https, or the domain of a mailto: address), or null. */
export function hrefSite(href: string): string | null {
  const trimmed = href.trim();
  const mail = /^mailto:[^@?]*@([^?>\s]+)/i.exec(trimmed);
  if (mail?.[1]) return siteOf(mail[1]);
  if (!/^(?:https?:)?\/\//i.test(trimmed)) return null;
  return siteOf(trimmed.replace(/^\/\//, "http://"));
}

/**
 * When the visible text reads as one web address (or e-mail address) and the href leads to a
 * different site: the two sites; otherwise null.
 */
export function visibleAddressMismatch(visible: string, href: string): { shown: string; real: string } | null {
  const real = hrefSite(href);
  if (real === null) return null;
  const text = visible.trim();
  if (text === "" || text.length > 300) return null;
  const email = /^[^\s@]+@([^\s@]+\.[^\s@]+)$/.exec(text.normalize("NFKC"));
  const found = email ? null : findTextUrls(text);
  const shownSite = email?.[1]
    ? siteOf(email[1])
    : found && found.length === 1 && found[0]
      ? siteOf(found[0].url)
      : null;
  if (shownSite === null || shownSite === real) return null;
  return { shown: shownSite, real };
}
