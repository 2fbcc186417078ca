/**
 * How a brand really contacts people, compiled from the `contact` facts of its brand file (schema
 * `src/schemas/brand-contact.ts`) into what the verdict reads: exact sender addresses and hosts, SMS
 * numbers and names, link hosts its real messages use, and what it says it never sends or asks for,
 * each with the page that says so. Pure data; no brand fact lives in rule code.
 */

/** Ways a brand can reach people. */
export const CONTACT_CHANNELS = ["sms", "mail", "app", "phone", "post"] as const;
export type ContactChannel = (typeof CONTACT_CHANNELS)[number];

/** What a message is about, in the words of the brands' own pages (and of the lure tactics). */
export const CONTACT_TOPICS = ["delivery", "account", "verification", "payment", "prize", "security", "any"] as const;
export type ContactTopic = (typeof CONTACT_TOPICS)[number];

/** Things brands say they never ask for by mail, SMS or phone. */
export const NEVER_ASKED_ITEMS = [
  "pin",
  "password",
  "card-number",
  "security-code",
  "sms-code",
  "bank-account",
  "my-number",
  "personal-info",
] as const;
export type NeverAskedItem = (typeof NEVER_ASKED_ITEMS)[number];

/** Japanese names of the items, for reasons shown to readers. */
export const NEVER_ASKED_LABELS: Readonly<Record<NeverAskedItem, string>> = {
  pin: "暗証番号",
  password: "パスワード",
  "card-number": "カード番号",
  "security-code": "セキュリティコード",
  "sms-code": "SMS の認証コード",
  "bank-account": "口座番号",
  "my-number": "マイナンバー",
  "personal-info": "個人情報",
};

export const CHANNEL_LABELS: Readonly<Record<ContactChannel, string>> = {
  sms: "SMS",
  mail: "メール",
  app: "アプリ",
  phone: "電話",
  post: "郵便",
};

export const TOPIC_LABELS: Readonly<Record<ContactTopic, string>> = {
  delivery: "荷物の配達",
  account: "アカウントや口座の停止・制限",
  verification: "本人確認・情報の確認",
  payment: "支払い・料金・税金",
  prize: "当選・ポイント・返金",
  security: "不正利用・ログインの確認",
  any: "すべての用件",
};

/** The page that states a fact, as the verdict cites it. */
export interface ContactSource {
  url: string;
  title: string;
  checked: string;
  secondary: boolean;
}

interface Sourced {
  source: ContactSource;
  /** Every page cited for the fact. */
  sources: ContactSource[];
  note?: string | undefined;
}

export interface NeverSendsFact extends Sourced {
  channel: ContactChannel;
  topics: ContactTopic[];
  statement: string;
}

export interface NeverAsksFact extends Sourced {
  items: NeverAskedItem[];
  channels: ContactChannel[];
  statement: string;
}

export interface UsesChannelFact extends Sourced {
  channel: ContactChannel;
  topics: ContactTopic[];
  statement: string;
}

export interface LinkHostFact extends Sourced {
  hosts: string[];
  channels: ("sms" | "mail")[];
}

export interface SenderFact extends Sourced {
  /** Mail: exact addresses, lower case. */
  addresses: string[];
  /** Mail: exact hosts (a sender on a subdomain of one counts). */
  hosts: string[];
  /** SMS: numbers as digits only (`0120123456`), `+81` turned into `0`. */
  numbers: string[];
  /** SMS: sender names as shown. */
  names: string[];
  topics: ContactTopic[];
}

export interface SignFact extends Sourced {
  statement: string;
}

/** A brand's contact facts, compiled. Every list is empty when the brand file has none. */
export interface BrandContact {
  mailSenders: SenderFact[];
  smsSenders: SenderFact[];
  linkHosts: LinkHostFact[];
  usesChannels: UsesChannelFact[];
  neverSends: NeverSendsFact[];
  neverAsks: NeverAsksFact[];
  signs: SignFact[];
}

export const NO_CONTACT: BrandContact = Object.freeze({
  mailSenders: [],
  smsSenders: [],
  linkHosts: [],
  usesChannels: [],
  neverSends: [],
  neverAsks: [],
  signs: [],
}) as BrandContact;

/** A phone number as digits only, `+81` turned into the leading `0`: `+81 3-1234-5678` → `0312345678`. */
export function phoneDigits(number: string): string {
  const digits = number.replace(/[^\d+]/g, "");
  return digits.startsWith("+81") ? `0${digits.slice(3)}` : digits.replace(/\+/g, "");
}

/** A contact fact as written in a brand file (the shape of `src/schemas/brand-contact.ts`). */
export type ContactFactLike =
  | {
      kind: "mail-sender";
      addresses?: string[] | undefined;
      hosts?: string[] | undefined;
      topics?: ContactTopic[] | undefined;
      note?: string | undefined;
      sources: SourceLike[];
    }
  | {
      kind: "sms-sender";
      numbers?: string[] | undefined;
      names?: string[] | undefined;
      topics?: ContactTopic[] | undefined;
      note?: string | undefined;
      sources: SourceLike[];
    }
  | {
      kind: "link-domain";
      hosts: string[];
      channels: ("sms" | "mail")[];
      note?: string | undefined;
      sources: SourceLike[];
    }
  | {
      kind: "uses-channel";
      channel: ContactChannel;
      topics?: ContactTopic[] | undefined;
      statement: string;
      note?: string | undefined;
      sources: SourceLike[];
    }
  | {
      kind: "never-sends";
      channel: ContactChannel;
      topics: ContactTopic[];
      statement: string;
      note?: string | undefined;
      sources: SourceLike[];
    }
  | {
      kind: "never-asks";
      items: NeverAskedItem[];
      channels: ContactChannel[];
      statement: string;
      note?: string | undefined;
      sources: SourceLike[];
    }
  | { kind: "official-sign"; statement: string; note?: string | undefined; sources: SourceLike[] };

interface SourceLike {
  url: string;
  title: string;
  checked: string;
  secondary?: boolean | undefined;
}

function sourced(fact: { sources: SourceLike[]; note?: string | undefined }): Sourced {
  const sources = fact.sources.map((s) => ({
    url: s.url,
    title: s.title,
    checked: s.checked,
    secondary: s.secondary === true,
  }));
  // The brand's own page first: it is the one a reader is sent to.
  const source = sources.find((s) => !s.secondary) ??
    sources[0] ?? { url: "", title: "", checked: "", secondary: true };
  return { source, sources, ...(fact.note ? { note: fact.note } : {}) };
}

/** Compiles the facts of one brand file. */
export function compileContact(facts: readonly ContactFactLike[] | undefined): BrandContact {
  if (!facts || facts.length === 0) return NO_CONTACT;
  const contact: BrandContact = {
    mailSenders: [],
    smsSenders: [],
    linkHosts: [],
    usesChannels: [],
    neverSends: [],
    neverAsks: [],
    signs: [],
  };
  for (const fact of facts) {
    const base = sourced(fact);
    switch (fact.kind) {
      case "mail-sender":
        contact.mailSenders.push({
          ...base,
          addresses: (fact.addresses ?? []).map((a) => a.toLowerCase()),
          hosts: (fact.hosts ?? []).map((h) => h.toLowerCase()),
          numbers: [],
          names: [],
          topics: fact.topics ?? ["any"],
        });
        break;
      case "sms-sender":
        contact.smsSenders.push({
          ...base,
          addresses: [],
          hosts: [],
          numbers: (fact.numbers ?? []).map(phoneDigits),
          names: fact.names ?? [],
          topics: fact.topics ?? ["any"],
        });
        break;
      case "link-domain":
        contact.linkHosts.push({ ...base, hosts: fact.hosts.map((h) => h.toLowerCase()), channels: fact.channels });
        break;
      case "uses-channel":
        contact.usesChannels.push({
          ...base,
          channel: fact.channel,
          topics: fact.topics ?? ["any"],
          statement: fact.statement,
        });
        break;
      case "never-sends":
        contact.neverSends.push({ ...base, channel: fact.channel, topics: fact.topics, statement: fact.statement });
        break;
      case "never-asks":
        contact.neverAsks.push({ ...base, items: fact.items, channels: fact.channels, statement: fact.statement });
        break;
      case "official-sign":
        contact.signs.push({ ...base, statement: fact.statement });
        break;
    }
  }
  return contact;
}

function onHost(host: string, hosts: readonly string[]): string | undefined {
  const h = host.toLowerCase().replace(/\.$/, "");
  return hosts.find((d) => h === d || h.endsWith(`.${d}`));
}

/** The link-host fact that covers `host` (the brand says its real messages link there), if any. */
export function linkHostFactOf(contact: BrandContact, host: string): LinkHostFact | undefined {
  return contact.linkHosts.find((f) => onHost(host, f.hosts) !== undefined);
}

/** The mail-sender fact that names `address` exactly or its host (or a parent host), if any. */
export function mailSenderFactOf(contact: BrandContact, address: string): SenderFact | undefined {
  const lower = address.toLowerCase();
  const domain = lower.slice(lower.lastIndexOf("@") + 1);
  return contact.mailSenders.find((f) => f.addresses.includes(lower) || onHost(domain, f.hosts) !== undefined);
}

/** The SMS-sender fact whose numbers or names include `sender` (a number or a name as shown), if any. */
export function smsSenderFactOf(contact: BrandContact, sender: string): SenderFact | undefined {
  const digits = phoneDigits(sender);
  const name = sender.trim().toLowerCase();
  return contact.smsSenders.find(
    (f) => (digits.length >= 4 && f.numbers.includes(digits)) || f.names.some((n) => n.toLowerCase() === name),
  );
}
