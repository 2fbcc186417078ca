import { z } from "astro/zod";
import { getDomain } from "tldts";
import { CONTACT_CHANNELS, CONTACT_TOPICS, NEVER_ASKED_ITEMS } from "../lib/brand/contact.ts";

/**
 * How a brand really contacts people, as facts its own pages state (issue 19): where its mail and SMS
 * come from, which link hosts its real messages use, what it never sends and never asks for. Each
 * fact carries the pages that state it, like the domain lists: the brand's own page, or two
 * secondary pages on different sites.
 */

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: "checked は 2026-12-01 のような日付で書いてください。" });

const contactSourceSchema = z
  .object({
    url: z.url({ protocol: /^https?$/, message: "url は出典ページの https:// で始まるアドレスにしてください。" }),
    title: z.string().min(1, "title（出典ページの題名）を書いてください。"),
    checked: isoDate,
    secondary: z.boolean().optional(),
  })
  .strict();

const HOST_SHAPE = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

/** A full host name as a brand publishes it (`contact.vpass.ne.jp`, `amzn.asia`): lower case, no scheme, no path. */
const hostSchema = z
  .string()
  .regex(HOST_SHAPE, {
    message: "ホスト名は小文字で、https:// やパスを付けずに書いてください（例: s.vpass.jp）。",
  })
  .refine((h) => getDomain(h, { allowPrivateDomains: false }) !== null, {
    error: (issue) => `"${String(issue.input)}" は登録できるドメインの中のホスト名ではありません。`,
  });

const ADDRESS_SHAPE = /^[a-z0-9!#$%&'*+/=?^_`{|}~.-]+@([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;
const addressSchema = z.string().regex(ADDRESS_SHAPE, {
  message: "メールアドレスは小文字で、name@example.co.jp の形で書いてください。",
});

/**
 * A number SMS come from: a Japanese phone number (`0120-123-456`, `090…`, `+81…`) or a short code of
 * 3–8 digits (`157`, `21801`), as the brand writes it (hyphens and spaces allowed).
 */
export const PHONE_SHAPE = /^(?:\+81[\d -]{9,13}|0\d[\d -]{8,12}|\d{3,8})$/;
const numberSchema = z
  .string()
  .regex(PHONE_SHAPE, {
    message:
      "番号は 0120-123-456 や 090-1234-5678、+81 から始まる番号、3〜8 桁の短い番号のように、数字とハイフンで書いてください。",
  })
  .refine((n) => /^\d{3,8}$/.test(n) || n.replace(/\D/g, "").length >= 10, {
    message: "電話番号の桁数が足りません（市外局番からの 10 桁以上、または 3〜8 桁の短い番号）。",
  });

const channelSchema = z.enum(CONTACT_CHANNELS, {
  message: `channel は ${CONTACT_CHANNELS.join(" / ")} のどれかにしてください。`,
});
const topicSchema = z.enum(CONTACT_TOPICS, {
  message: `topics は ${CONTACT_TOPICS.join(" / ")} から選んでください。`,
});
const statement = z.string().min(4, "statement（ブランドのページが言っていることを自分の言葉で）を書いてください。");

const common = {
  note: z.string().min(1).optional(),
  sources: z.array(contactSourceSchema).min(1, "出典（sources）のない事実は書けません。"),
};

const mailSender = z
  .object({
    kind: z.literal("mail-sender"),
    addresses: z.array(addressSchema).optional(),
    hosts: z.array(hostSchema).optional(),
    topics: z.array(topicSchema).optional(),
    ...common,
  })
  .strict()
  .refine((f) => (f.addresses?.length ?? 0) + (f.hosts?.length ?? 0) > 0, {
    message: "mail-sender には addresses か hosts を一つ以上書いてください。",
  });

const smsSender = z
  .object({
    kind: z.literal("sms-sender"),
    numbers: z.array(numberSchema).optional(),
    names: z.array(z.string().min(2)).optional(),
    topics: z.array(topicSchema).optional(),
    carriers: z.array(z.enum(["docomo", "au", "softbank", "rakuten", "other"])).optional(),
    ...common,
  })
  .strict()
  .refine((f) => (f.numbers?.length ?? 0) + (f.names?.length ?? 0) > 0, {
    message: "sms-sender には numbers か names を一つ以上書いてください。",
  });

const linkDomain = z
  .object({
    kind: z.literal("link-domain"),
    hosts: z.array(hostSchema).min(1, "link-domain には hosts を一つ以上書いてください。"),
    channels: z.array(z.enum(["sms", "mail"])).min(1),
    ...common,
  })
  .strict();

const usesChannel = z
  .object({
    kind: z.literal("uses-channel"),
    channel: channelSchema,
    topics: z.array(topicSchema).optional(),
    statement,
    ...common,
  })
  .strict();

const neverSends = z
  .object({
    kind: z.literal("never-sends"),
    channel: channelSchema,
    topics: z.array(topicSchema).min(1, 'topics を一つ以上書いてください（すべてなら ["any"]）。'),
    statement,
    ...common,
  })
  .strict();

const neverAsks = z
  .object({
    kind: z.literal("never-asks"),
    items: z.array(
      z.enum(NEVER_ASKED_ITEMS, { message: `items は ${NEVER_ASKED_ITEMS.join(" / ")} から選んでください。` }),
    ),
    channels: z.array(channelSchema).min(1),
    statement,
    ...common,
  })
  .strict();

const officialSign = z.object({ kind: z.literal("official-sign"), statement, ...common }).strict();

const KINDS = [
  "mail-sender",
  "sms-sender",
  "link-domain",
  "uses-channel",
  "never-sends",
  "never-asks",
  "official-sign",
];

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
}

/** One contact fact; the schema names an unknown kind instead of listing every union branch. */
export const contactFactSchema = z
  .discriminatedUnion("kind", [mailSender, smsSender, linkDomain, usesChannel, neverSends, neverAsks, officialSign], {
    error: (issue) =>
      `kind は ${KINDS.join(" / ")} のどれかにしてください（"${String((issue.input as { kind?: unknown } | undefined)?.kind ?? "")}" は使えません）。`,
  })
  .superRefine((fact, ctx) => {
    const official = fact.sources.filter((s) => !s.secondary);
    const secondarySites = new Set(
      fact.sources.filter((s) => s.secondary).map((s) => getDomain(hostOf(s.url)) ?? s.url),
    );
    if (official.length === 0 && secondarySites.size < 2)
      ctx.addIssue({
        code: "custom",
        path: ["sources"],
        message:
          "連絡の事実には、ブランド自身のページを 1 つ以上、それが見つからなければ別々のサイトの二次情報（secondary: true）を 2 つ以上書いてください。",
      });
  });

export type ContactFactRecord = z.infer<typeof contactFactSchema>;
