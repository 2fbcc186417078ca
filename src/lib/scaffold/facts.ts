/**
 * Facts for a draft's `<HeaderBreakdown facts={…}>`: who holds the originating IP (from the offline
 * IP-owner data) and, with `--lookup`, what the mail's domains pointed to in DNS that day. Pure: the
 * look-ups happen elsewhere; this writes what they found.
 */
import type { LookedUpFact } from "../breakdown/model.ts";
import { countryNameJa, dataDateLabel, describeOwner } from "../ip-owner/describe.ts";
import type { IpOwner } from "../ip-owner/lookup.ts";
import { jsString } from "./escape.ts";

/** The fact about the originating IP's holder, or null when it was not looked up. */
export function originOwnerFact(
  originIp: string | null,
  owners: ReadonlyMap<string, IpOwner>,
  day: string,
  dataMonth: string,
): LookedUpFact | null {
  const owner = originIp ? owners.get(originIp) : undefined;
  if (!originIp || !owner) return null;
  const view = describeOwner(owner);
  return {
    about: originIp,
    owner: view.holder,
    ...(owner.country ? { country: countryNameJa(owner.country) } : {}),
    note: `${dataDateLabel(dataMonth)}（ip-location-db）で調べた持ち主です。${view.explanation ?? ""}`.trim(),
    checked: day,
  };
}

/** What DNS said about one domain. */
export type DomainAnswer =
  | { domain: string; kind: "nxdomain" }
  | { domain: string; kind: "failed"; reason: string }
  | { domain: string; kind: "found"; addresses: string[]; mx: string[] };

/** The fact for one DNS answer (none for a failed query), with the owners of its addresses. */
export function domainFact(
  answer: DomainAnswer,
  owners: ReadonlyMap<string, IpOwner>,
  day: string,
): LookedUpFact | null {
  if (answer.kind === "failed") return null;
  if (answer.kind === "nxdomain") {
    return { about: answer.domain, note: "確認時点で使われていない（DNS に名前の登録がありません）", checked: day };
  }
  const located = answer.addresses.flatMap((ip) => {
    const o = owners.get(ip);
    return o ? [o] : [];
  });
  const countries = [...new Set(located.flatMap((o) => (o.country ? [countryNameJa(o.country)] : [])))];
  const holders = [...new Set(located.map((o) => describeOwner(o).holder))];
  const notes: string[] = [];
  if (answer.addresses.length > 0) {
    notes.push(
      countries.length > 0
        ? `このドメインは現在${countries.join("・")}のサーバーを指しています（${answer.addresses.join("、")}）。`
        : `このドメインは現在 ${answer.addresses.join("、")} を指しています。`,
    );
  }
  if (answer.mx.length > 0) notes.push(`メールの受け取り先（MX）: ${answer.mx.join("、")}`);
  if (notes.length === 0) notes.push("名前はありますが、アドレスもメールの受け取り先も登録されていません。");
  return {
    about: answer.domain,
    ...(holders.length > 0 ? { owner: holders.join("、") } : {}),
    ...(countries.length > 0 ? { country: countries.join("・") } : {}),
    inUse: answer.addresses.length > 0 || answer.mx.length > 0,
    note: notes.join(" "),
    checked: day,
  };
}

/** `facts={[…]}` for the draft, every string a JavaScript literal safe in MDX. */
export function factsProp(facts: readonly LookedUpFact[]): string {
  const item = (f: LookedUpFact): string => {
    const parts = [`about: ${jsString(f.about)}`];
    if (f.owner !== undefined) parts.push(`owner: ${jsString(f.owner)}`);
    if (f.country !== undefined) parts.push(`country: ${jsString(f.country)}`);
    if (f.inUse !== undefined) parts.push(`inUse: ${f.inUse ? "true" : "false"}`);
    if (f.note !== undefined) parts.push(`note: ${jsString(f.note)}`);
    parts.push(`checked: ${jsString(f.checked)}`);
    return `    { ${parts.join(", ")} },`;
  };
  return `facts={[\n${facts.map(item).join("\n")}\n  ]}`;
}
