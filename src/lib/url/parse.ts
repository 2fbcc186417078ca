/**
 * Taking a URL apart with the WHATWG URL parser (the one browsers use) and the Public Suffix List
 * (via `tldts`). Accepts full URLs, protocol-relative `//host/…`, bare host names
 * (`www.example.com/path`) and bare e-mail addresses. Never throws.
 */
import { parse as parseDomain } from "tldts";
import { hostToUnicode } from "./punycode.ts";
import type { QueryParameter } from "./types.ts";

/** The structural parts of a URL, before any verdict. */
export interface ParsedUrl {
  ok: boolean;
  scheme: string | null;
  /** The scheme used for parsing, which is `https` for a bare host and `mailto` for a bare address. */
  effectiveScheme: string | null;
  host: string | null;
  hostUnicode: string | null;
  /** The host as the author wrote it, before normalisation (to spot `0x7f.1` or `ex%61mple`). */
  rawHost: string | null;
  registrableDomain: string | null;
  subdomain: string | null;
  publicSuffix: string | null;
  /** Registrable domain minus its public suffix (`americanexpress`). */
  domainLabel: string | null;
  port: string | null;
  userinfo: string | null;
  path: string;
  query: QueryParameter[];
  fragment: string | null;
  isIp: boolean;
  punycode: boolean;
}

const SCHEME = /^([a-z][a-z0-9+.\-]*):/i;
const EMAIL = /^([^\s@/?#:]+)@([^\s@/?#:]+)$/u;

function emptyParse(scheme: string | null): ParsedUrl {
  return {
    ok: false,
    scheme,
    effectiveScheme: scheme,
    host: null,
    hostUnicode: null,
    rawHost: null,
    registrableDomain: null,
    subdomain: null,
    publicSuffix: null,
    domainLabel: null,
    port: null,
    userinfo: null,
    path: "",
    query: [],
    fragment: null,
    isIp: false,
    punycode: false,
  };
}

function tryUrl(text: string): URL | null {
  try {
    return new URL(text);
  } catch {
    return null;
  }
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, " "));
  } catch {
    return text;
  }
}

function queryOf(search: string): QueryParameter[] {
  if (search.length <= 1) return [];
  return search
    .slice(1)
    .split("&")
    .filter((pair) => pair !== "")
    .map((pair) => {
      const eq = pair.indexOf("=");
      return eq < 0
        ? { key: safeDecode(pair), value: "" }
        : { key: safeDecode(pair.slice(0, eq)), value: safeDecode(pair.slice(eq + 1)) };
    });
}

/** The host exactly as written between `//` (or after `@` of an e-mail address) and the path. */
function rawHostOf(text: string): string | null {
  const match =
    /^(?:[a-z][a-z0-9+.\-]*:)?[\\/]{2}([^/?#\\]*)/i.exec(text) ?? /^(?:mailto:)?[^@\s]*@([^?#]*)/i.exec(text);
  const authority = match?.[1];
  if (authority === undefined) return null;
  const afterUser = authority.slice(authority.lastIndexOf("@") + 1);
  return afterUser.replace(/:\d*$/, "");
}

/** Parses `input` (already trimmed). */
export function parseUrl(input: string): ParsedUrl {
  const schemeMatch = SCHEME.exec(input);
  const writtenScheme = schemeMatch?.[1]?.toLowerCase() ?? null;
  let effectiveScheme = writtenScheme;
  let url: URL | null = null;
  let rawHost: string | null = null;

  if (writtenScheme === "mailto" || (writtenScheme === null && EMAIL.test(input))) {
    const address = writtenScheme === "mailto" ? (input.slice("mailto:".length).split("?")[0] ?? "") : input;
    const at = address.lastIndexOf("@");
    url = at > 0 ? tryUrl(`https://${address.slice(at + 1)}/`) : null;
    const parsed =
      url === null ? emptyParse(writtenScheme) : parseFromUrl(url, writtenScheme, "mailto", address.slice(at + 1));
    return { ...parsed, userinfo: at > 0 ? address.slice(0, at) : null, path: "" };
  }
  const hasScheme = writtenScheme !== null && !/^\d/.test(input.slice(writtenScheme.length + 1));
  if (hasScheme) {
    url = tryUrl(input);
    rawHost = rawHostOf(input);
  } else if (/^[\\/]{2}/.test(input)) {
    // Protocol-relative `//host/path`: the browser would use the page's scheme.
    url = tryUrl(`https:${input}`);
    effectiveScheme = "https";
    rawHost = rawHostOf(input);
  } else {
    // A bare host such as `www.example.com/path` or `example.com:8080`.
    url = tryUrl(`https://${input}`);
    effectiveScheme = "https";
    rawHost = rawHostOf(`//${input}`);
  }
  if (url === null) return emptyParse(hasScheme ? writtenScheme : null);
  return parseFromUrl(url, hasScheme ? writtenScheme : null, effectiveScheme, rawHost);
}

function parseFromUrl(
  url: URL,
  scheme: string | null,
  effectiveScheme: string | null,
  rawHost: string | null,
): ParsedUrl {
  const hostname = url.hostname.toLowerCase().replace(/^\[|\]$/g, "");
  const query = queryOf(url.search);
  const base = {
    ok: true,
    scheme,
    effectiveScheme,
    rawHost,
    port: url.port === "" ? null : url.port,
    userinfo:
      url.username === ""
        ? null
        : `${safeDecode(url.username)}${url.password === "" ? "" : `:${safeDecode(url.password)}`}`,
    path: url.pathname,
    query,
    fragment: url.hash === "" ? null : url.hash.slice(1),
  };
  if (hostname === "") {
    return {
      ...base,
      host: null,
      hostUnicode: null,
      registrableDomain: null,
      subdomain: null,
      publicSuffix: null,
      domainLabel: null,
      isIp: false,
      punycode: false,
    };
  }
  const info = parseDomain(hostname, { allowPrivateDomains: true });
  const isIp = info.isIp === true || url.hostname.startsWith("[");
  return {
    ...base,
    host: hostname,
    hostUnicode: isIp ? hostname : hostToUnicode(hostname),
    registrableDomain: isIp ? null : info.domain,
    subdomain: isIp || info.subdomain === null || info.subdomain === "" ? null : info.subdomain,
    publicSuffix: isIp ? null : info.publicSuffix,
    domainLabel: isIp ? null : info.domainWithoutSuffix,
    isIp,
    punycode: hostname.split(".").some((label) => label.startsWith("xn--")),
  };
}
