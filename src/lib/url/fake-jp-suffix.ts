/**
 * A `co.jp`-style label (`co.jp`, `ne.jp`, `or.jp`, `go.jp`, `ac.jp`, `-co-jp`) in front of a
 * registrable domain that is not under `.jp`: `www.go-koyatamato.co.jp-adva.dkauqie.cn` looks
 * Japanese and corporate but belongs to `dkauqie.cn`.
 */
import { parse } from "tldts";

const JP_SECOND_LEVEL = /(?:^|[.\-_])(?:co|ne|or|go|ac|ed|lg|gr)[.\-_]jp(?:$|[.\-_])/i;

/** The real registrable domain when `host` carries a fake Japanese ending before a foreign one, else null. */
export function fakeJpSuffix(host: string | null | undefined): string | null {
  if (!host) return null;
  const info = parse(host, { allowPrivateDomains: true });
  if (!info.domain || !info.publicSuffix) return null;
  if (info.publicSuffix === "jp" || info.publicSuffix.endsWith(".jp")) return null;
  const beforeSuffix = host.slice(0, host.length - info.publicSuffix.length);
  return JP_SECOND_LEVEL.test(beforeSuffix) ? info.domain : null;
}
