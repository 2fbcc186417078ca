/** An encoded display name that, once decoded, shows an address other than the real one. */
import { finding } from "./helpers.ts";
import type { MailRule } from "./types.ts";

const ADDRESS_IN_TEXT = /[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63})+/g;

/** Addresses written inside a display name, lower-cased. */
export function addressesInName(name: string): string[] {
  return [...name.slice(0, 2000).matchAll(ADDRESS_IN_TEXT)].map((m) => m[0].toLowerCase());
}

export const encodedNameAddress: MailRule = {
  id: "encoded-name-address",
  description: "エンコードされた表示名の中に、実際とは別のメールアドレスが隠れている",
  check(mail) {
    const from = mail.from;
    if (!from || !from.nameWasEncoded) return [];
    const other = addressesInName(from.name).find((address) => address !== from.address);
    if (!other) return [];
    return [
      finding(
        mail,
        this.id,
        "high",
        `表示名に ${other} と書かれていますが、本当の送信元は ${from.address} です（表示名はエンコードされて隠されていました）。`,
        "From",
      ),
    ];
  },
};
