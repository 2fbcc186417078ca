/**
 * From on a claimed brand's domain, not confirmed by DMARC, and the server that first sent the mail
 * calls itself by the brand's domain (HELO) although the receiving server found no host name for
 * its IP address (Exim writes `from [IP] (helo=…)`, Postfix `from helo (unknown [IP])`). A company's
 * real mail servers have a host name; a machine that only says it is `vpass.ne.jp` is lying.
 */
import { isOfficialHost } from "../../brand/brand.ts";
import { defang } from "../../url/defang.ts";
import type { Hop } from "../hops.ts";
import { finding, senderOf } from "./helpers.ts";
import type { MailRule } from "./types.ts";

/** The name the sending server gave (HELO), and whether the receiver found no host name for the IP. */
export function originIdentity(hop: Hop): { helo: string | null; noReverseName: boolean } {
  const comment = hop.fromComment ?? "";
  const heloInComment = /\bhelo=([^\s)\]]+)/i.exec(comment)?.[1] ?? null;
  const fromIsBareIp = hop.from !== null && /^\[[^\]]+\]$/.test(hop.from.trim());
  if (fromIsBareIp) return { helo: heloInComment, noReverseName: true };
  const postfixUnknown = /^\s*unknown\s*\[/i.test(comment);
  return { helo: heloInComment ?? hop.from, noReverseName: postfixUnknown };
}

export const brandOriginServer: MailRule = {
  id: "brand-origin-server",
  description:
    "ブランドのドメインを名乗るサーバーから送られているのに、そのサーバーの IP アドレスに名前（逆引き）がない",
  check(mail, { claimedBrands, hops, mailingList }) {
    const domain = senderOf(mail, mailingList)?.domain;
    if (!domain || mail.auth.dmarc?.result === "pass") return [];
    const brand = claimedBrands.find((b) => isOfficialHost(b, domain));
    const origin = hops.find((h) => h.isOrigin);
    if (!brand || !origin?.ip) return [];
    const { helo, noReverseName } = originIdentity(origin);
    if (!noReverseName || !helo || !isOfficialHost(brand, helo.toLowerCase())) return [];
    const field = origin.field;
    const result = finding(
      mail,
      this.id,
      "high",
      `最初にメールを送り出したサーバー（IP ${defang(origin.ip)}）は「${defang(helo)}」と${brand.nameJa}のドメインを名乗っていますが、受信したサーバーはこの IP アドレスに名前（逆引き）を見つけられませんでした。${brand.nameJa}の本物のメールサーバーではなく、差出人のアドレスも偽装とみられます。`,
    );
    if (field) {
      result.header = "Received";
      result.lineIndex = field.lineIndex;
    }
    return [result];
  },
};
