/**
 * `analyzeUrl`: take a URL apart, compare it with the brand registry and explain the result in
 * plain Japanese. Pure and total: any string in, an analysis out, never an exception.
 */
import type { Brand } from "../brand/brand.ts";
import { matchBrands } from "./brand-match.ts";
import { defang } from "./defang.ts";
import { fakeJpSuffix } from "./fake-jp-suffix.ts";
import { checkIdn } from "./idn.ts";
import { parseUrl, type ParsedUrl } from "./parse.ts";
import { isUrlShortener } from "./shorteners.ts";
import type { IdnFindings, UrlAnalysis, UrlVerdict } from "./types.ts";
import { hasInvisibles } from "./visible-text.ts";

/** Options for {@link analyzeUrl}. */
export interface AnalyzeUrlOptions {
  /** Brands to compare the host with (the whole registry, or the one brand an author names). */
  brands?: readonly Brand[];
  /** Brands the message claims to be: the verdict names their domains, and short look-alikes count for them. */
  claimedBrands?: readonly Brand[];
  /**
   * True when the address was written without a scheme (`sagawa-exz.com/ja` in an SMS): it is then
   * said to be written without https, not to be unencrypted (the `http://` was added to read it).
   */
  withoutScheme?: boolean;
}

/** Schemes that run code or carry their own content instead of leading to a web page. */
export const DANGEROUS_SCHEMES: readonly string[] = ["javascript", "data", "vbscript", "file", "blob", "about"];

function plainVerdict(
  parsed: ParsedUrl,
  brands: readonly Brand[],
  claimed: readonly Brand[],
  input: string,
): UrlVerdict {
  if (parsed.scheme !== null && DANGEROUS_SCHEMES.includes(parsed.scheme)) {
    return {
      kind: "dangerous-scheme",
      reasons: [
        `「${defang(parsed.scheme)}:」で始まるアドレスは、Webページへの住所ではなく、開いたその場でプログラムや埋め込まれたデータが動く危険な形式です。絶対に開かないでください。`,
      ],
    };
  }
  if (!parsed.ok || parsed.host === null) {
    return {
      kind: "invalid",
      reasons: [
        input === ""
          ? "アドレスが空です。"
          : "アドレスとして読み取れない書き方です。余計な文字が入っているか、形が崩れています。そのままコピーして開かないでください。",
      ],
    };
  }
  const host = parsed.host;
  if (parsed.isIp) {
    const reasons = [
      `接続先が名前ではなく数字の IP アドレス（${defang(host)}）で書かれています。きちんとした会社がお客さまへのメールでこうしたアドレスを使うことは、まずありません。`,
    ];
    const raw = parsed.rawHost?.toLowerCase().replace(/^\[|\]$/g, "");
    if (raw !== undefined && raw !== "" && raw !== host) {
      reasons.push(`しかも IP アドレスを「${defang(raw)}」という分かりにくい形で書いて、正体を隠しています。`);
    }
    return { kind: "ip-host", reasons };
  }
  const facts = {
    host,
    hostUnicode: parsed.hostUnicode ?? host,
    registrableDomain: parsed.registrableDomain,
    domainLabel: parsed.domainLabel,
    publicSuffix: parsed.publicSuffix,
  };
  const brandMatch = matchBrands(facts, brands, new Set(claimed.map((b) => b.id)));
  if (brandMatch?.kind === "official")
    return { kind: "official", brandId: brandMatch.brand.id, reasons: brandMatch.reasons };
  if (isUrlShortener(host)) {
    return {
      kind: "shortener",
      reasons: [
        `${defang(parsed.registrableDomain ?? host)} は短縮URLサービスです。本当の行き先が隠されていて、開くまでどこへ連れて行かれるか分かりません。`,
      ],
    };
  }
  if (brandMatch !== null) {
    return {
      kind: brandMatch.kind,
      brandId: brandMatch.brand.id,
      reasons: [...brandMatch.reasons, "このリンクを開いたり、カード番号やパスワードを入力したりしないでください。"],
    };
  }
  const shown = defang(
    parsed.hostUnicode === null
      ? (parsed.registrableDomain ?? host)
      : parsed.registrableDomain === null
        ? parsed.hostUnicode
        : parsed.registrableDomain,
  );
  // Name the domains of the brands the message claims (or of the one brand compared with), not of the whole registry.
  const named = (claimed.length > 0 ? claimed : brands.length === 1 ? brands : []).filter(
    (b) => b.webDomains.length > 0,
  );
  const officialNames = named
    .map((b) => `${b.nameJa}の公式ドメイン（${b.webDomains.map((d) => defang(d)).join("、")}）`)
    .join("、");
  return {
    kind: "unrelated",
    reasons: [
      named.length > 0
        ? `${shown} は${officialNames}とは関係のないドメインです。`
        : brands.length > 1
          ? `このアドレスのドメインは ${shown} です。このサイトが知っているどのブランドの公式ドメインでもありません。`
          : `このアドレスのドメインは ${shown} です。`,
    ],
  };
}

function extraReasons(parsed: ParsedUrl, idn: IdnFindings, input: string, withoutScheme: boolean): string[] {
  const reasons: string[] = [];
  if (!parsed.ok)
    return hasInvisibles(input)
      ? ["アドレスの中に目に見えない文字や、文字の並ぶ向きを変える特殊な文字が入っています。"]
      : [];
  if (parsed.userinfo !== null && parsed.effectiveScheme !== "mailto") {
    reasons.push(
      `「@」より前の「${defang(parsed.userinfo)}」はただの飾りで、実際の接続先は「@」の後ろの ${defang(parsed.host ?? "")} です。`,
    );
  }
  if (parsed.punycode) {
    reasons.push(
      `このドメインは英数字以外の文字を含む国際化ドメインで、画面では ${defang(parsed.hostUnicode ?? "")}、実際の中身は ${defang(parsed.host ?? "")} です。`,
    );
  }
  reasons.push(...idn.notes);
  const realDomain = fakeJpSuffix(parsed.host);
  if (realDomain !== null)
    reasons.push(
      `「co.jp」などの日本の会社らしい文字が入っていますが、本当のドメインは末尾の ${defang(realDomain)} で、日本の .jp ドメインではありません。`,
    );
  if (withoutScheme)
    reasons.push(
      "「https://」を付けずに書かれたアドレスです。SMS などでは、タップするとそのままこのサイトが開きます。",
    );
  else if (parsed.scheme === "http")
    reasons.push("アドレスが「http」で始まっていて（「https」ではなく）、通信が暗号化されていません。");
  if (parsed.port !== null) reasons.push(`ふつうは使わない番号（ポート ${defang(parsed.port)}）を指定しています。`);
  const embedded = parsed.query.find((q) => /^(?:https?:|\/\/|www\.)/i.test(q.value.trim()));
  if (embedded !== undefined) {
    reasons.push(
      `アドレスの中に別のアドレス（${defang(embedded.value.trim().slice(0, 200))}）が埋め込まれています。開くと別のサイトへ転送される仕組みかもしれません。`,
    );
  }
  return reasons;
}

function idnFindings(parsed: ParsedUrl, input: string): IdnFindings {
  const report = checkIdn(parsed.hostUnicode ?? "");
  if (!hasInvisibles(parsed.hostUnicode ?? "") && parsed.rawHost !== null && hasInvisibles(parsed.rawHost)) {
    report.notes.unshift("アドレスの中に目に見えない文字が入っています。見た目と中身が違うアドレスです。");
  } else if (parsed.hostUnicode === null && hasInvisibles(input)) {
    report.notes.unshift("アドレスの中に目に見えない文字や、文字の並ぶ向きを変える特殊な文字が入っています。");
  }
  return report;
}

/**
 * Takes `input` apart and classifies it against `options.brands`. Accepts full URLs, `//host`,
 * bare host names and e-mail addresses. Every string in the result is plain text meant to be
 * rendered as text; host names and URLs inside `reasons` are defanged. Never throws.
 */
export function analyzeUrl(input: string, options: AnalyzeUrlOptions = {}): UrlAnalysis {
  const url = String(input).trim();
  const brands = options.brands ?? [];
  let parsed: ParsedUrl;
  try {
    parsed = parseUrl(url);
  } catch {
    parsed = parseUrl("");
  }
  const idn = idnFindings(parsed, url);
  const verdict = plainVerdict(parsed, brands, options.claimedBrands ?? [], url);
  const extra =
    verdict.kind === "dangerous-scheme" ? [] : extraReasons(parsed, idn, url, options.withoutScheme === true);
  return {
    url,
    ok: parsed.ok,
    scheme: parsed.scheme,
    host: parsed.host,
    hostUnicode: parsed.hostUnicode,
    registrableDomain: parsed.registrableDomain,
    subdomain: parsed.subdomain,
    publicSuffix: parsed.publicSuffix,
    port: parsed.port,
    userinfo: parsed.userinfo,
    path: parsed.path,
    query: parsed.query,
    fragment: parsed.fragment,
    defanged: defang(url),
    isIp: parsed.isIp,
    punycode: parsed.punycode,
    verdict: { ...verdict, reasons: [...verdict.reasons, ...extra] },
    idn,
  };
}
