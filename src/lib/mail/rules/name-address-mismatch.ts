/** A plain display name that shows an address other than the real one. */
import { addressesInName } from "./encoded-name-address.ts";
import { finding } from "./helpers.ts";
import type { MailRule } from "./types.ts";

export const nameAddressMismatch: MailRule = {
  id: "name-address-mismatch",
  description: "表示名に実際とは別のメールアドレスが書かれている",
  check(mail) {
    const from = mail.from;
    if (!from || from.nameWasEncoded) return [];
    const other = addressesInName(from.name).find((address) => address !== from.address);
    if (!other) return [];
    return [
      finding(
        mail,
        this.id,
        "medium",
        `表示名に ${other} と書かれていますが、本当の送信元は ${from.address} です。`,
        "From",
      ),
    ];
  },
};
