/**
 * A `co.jp`-style label (`co.jp`, `ne.jp`, `or.jp`, `go.jp`, `ac.jp`, `-co-jp`) inside a host whose
 * registrable domain is not under `.jp`: `www.go-koyatamato.co.jp-adva.dkauqie.cn` looks Japanese
 * and corporate, but belongs to `dkauqie.cn`. Checked on From, Reply-To, Return-Path and the links.
 */
import { defang } from "../../url/defang.ts";
import { fakeJpSuffix } from "../../url/fake-jp-suffix.ts";
import { finding } from "./helpers.ts";
import type { MailRule } from "./types.ts";

export const fakeJpDomain: MailRule = {
  id: "fake-jp-domain",
  description: "「.co.jp」などに見える文字を含むが、実際には .jp ではない別のドメイン",
  check(mail, { urls }) {
    const findings = [];
    for (const [header, box] of [
      ["From", mail.from],
      ["Reply-To", mail.replyTo],
      ["Return-Path", mail.returnPath],
    ] as const) {
      const real = fakeJpSuffix(box?.domain);
      if (real && box?.domain)
        findings.push(
          finding(
            mail,
            this.id,
            "high",
            `${header} のドメイン ${defang(box.domain)} は日本の会社（.co.jp など）に見せかけていますが、本当のドメインは末尾の ${defang(real)} で、.jp ではありません。`,
            header,
          ),
        );
    }
    const seen = new Set<string>();
    for (const u of urls) {
      const real = fakeJpSuffix(u.host);
      if (!real || seen.has(real)) continue;
      seen.add(real);
      findings.push(
        finding(
          mail,
          this.id,
          "high",
          `リンク先 ${defang(u.host ?? "")} は日本の会社（.co.jp など）のアドレスに見せかけていますが、本当のドメインは末尾の ${defang(real)} で、.jp ではありません。`,
        ),
      );
    }
    return findings;
  },
};
