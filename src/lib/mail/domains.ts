/**
 * Domain helpers for comparing senders: registrable domains (Public Suffix List through `tldts`,
 * which runs in the browser too) and the well-known free mail providers.
 */
import { getDomain } from "tldts";

/** The registrable domain of a host (`mail.example.co.jp` → `example.co.jp`), or the host itself when it has none. */
export function registrableDomain(host: string | null | undefined): string | null {
  if (!host) return null;
  const clean = host
    .toLowerCase()
    .replace(/^\[|\]$/g, "")
    .replace(/\.$/, "");
  if (clean === "") return null;
  return getDomain(clean, { allowPrivateDomains: false }) ?? clean;
}

/** True when two hosts share a registrable domain. */
export function sameOrganisation(a: string | null | undefined, b: string | null | undefined): boolean {
  const left = registrableDomain(a);
  const right = registrableDomain(b);
  return left !== null && left === right;
}

/** Free mail providers anyone can open an account with. */
export const FREE_MAIL_DOMAINS: readonly string[] = [
  "gmail.com",
  "googlemail.com",
  "yahoo.com",
  "yahoo.co.jp",
  "ymail.com",
  "outlook.com",
  "outlook.jp",
  "hotmail.com",
  "hotmail.co.jp",
  "live.com",
  "live.jp",
  "msn.com",
  "icloud.com",
  "me.com",
  "mac.com",
  "aol.com",
  "gmx.com",
  "gmx.de",
  "gmx.net",
  "web.de",
  "mail.ru",
  "yandex.ru",
  "yandex.com",
  "qq.com",
  "163.com",
  "126.com",
  "sina.com",
  "proton.me",
  "protonmail.com",
  "zoho.com",
  "docomo.ne.jp",
  "ezweb.ne.jp",
  "au.com",
  "softbank.ne.jp",
  "i.softbank.jp",
];

/** True when the host belongs to a free mail provider. */
export function isFreeMailDomain(host: string | null | undefined): boolean {
  if (!host) return false;
  const h = host.toLowerCase();
  return FREE_MAIL_DOMAINS.some((d) => h === d || h.endsWith(`.${d}`));
}
