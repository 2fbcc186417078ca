import { z } from "astro/zod";
import { getDomain } from "tldts";
import { BRAND_CATEGORY_IDS } from "../lib/brand/brand.ts";
import { contactFactSchema } from "./brand-contact.ts";

const DOMAIN_SHAPE = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

/**
 * A registrable domain as written in brand data: lower case, no scheme, no path, and no subdomain
 * (`vpass.ne.jp`, not `contact.vpass.ne.jp`), per the Public Suffix List as tldts reads it.
 */
export const domainSchema = z
  .string()
  .regex(DOMAIN_SHAPE, {
    message:
      "ドメインは小文字の登録ドメイン名で書いてください（例: americanexpress.com）。https:// やパスは付けません。",
  })
  .refine((d) => getDomain(d, { allowPrivateDomains: false }) === d, {
    error: (issue) => {
      const input = String(issue.input);
      const registrable = getDomain(input);
      return registrable
        ? `"${input}" はサブドメインです。登録ドメインの "${registrable}" だけを書いてください。`
        : `"${input}" は登録できるドメインではありません（末尾が公開サフィックスそのものです）。`;
    },
  });

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: "checked は 2026-12-01 のような日付で書いてください。" });

/** A page that states a fact, with the day it was read. */
export const sourceSchema = z
  .object({
    url: z.url({ protocol: /^https?$/, message: "url は出典ページの https:// で始まるアドレスにしてください。" }),
    title: z.string().min(1, "title（出典ページの題名）を書いてください。"),
    checked: isoDate,
    /** True for a page that is not the brand's own (a news site, a blog, a security vendor). */
    secondary: z.boolean().optional(),
  })
  .strict();

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname;
  } catch {
    return null;
  }
}

/**
 * A list of domains with the pages that say the brand uses them. A non-empty list needs the brand's
 * own page, or at least two secondary pages on different sites; an empty list needs a note saying why.
 */
export const domainListSchema = z
  .object({
    domains: z.array(domainSchema),
    sources: z.array(sourceSchema),
    note: z.string().min(1).optional(),
    /**
     * Domains of the list that others send from too: customers' own mailboxes (`docomo.ne.jp`) or a
     * vendor serving several companies (`otp-auth.net`). A sender there is the brand's only at an
     * address or host its `contact` mail-sender facts publish.
     */
    shared: z.array(domainSchema).optional(),
  })
  .strict()
  .superRefine((list, ctx) => {
    (list.shared ?? []).forEach((d, i) => {
      if (!list.domains.includes(d))
        ctx.addIssue({
          code: "custom",
          path: ["shared", i],
          message: `shared の "${d}" を domains にも書いてください。`,
        });
    });
    const seen = new Set<string>();
    list.domains.forEach((d, i) => {
      if (seen.has(d)) ctx.addIssue({ code: "custom", path: ["domains", i], message: `"${d}" が二度書かれています。` });
      seen.add(d);
    });
    if (list.domains.length === 0) {
      if (!list.note)
        ctx.addIssue({
          code: "custom",
          path: ["note"],
          message: "domains が空のときは、空にした理由を note に書いてください（出典が見つからない、食い違う など）。",
        });
      return;
    }
    const official = list.sources.filter((s) => !s.secondary);
    const secondarySites = new Set(
      list.sources.filter((s) => s.secondary).map((s) => getDomain(hostOf(s.url) ?? "") ?? s.url),
    );
    if (official.length === 0 && secondarySites.size < 2)
      ctx.addIssue({
        code: "custom",
        path: ["sources"],
        message:
          "ドメインには出典が必要です。ブランド自身のページを 1 つ以上、それが見つからなければ別々のサイトの二次情報（secondary: true）を 2 つ以上書いてください。",
      });
  });

/** The brand's own page about phishing or for reporting it. */
export const reportPageSchema = z
  .object({
    url: z.url({ protocol: /^https$/, message: "report.url は https:// で始まるブランド自身のページにしてください。" }),
    title: z.string().min(1, "report.title（ページの題名）を書いてください。"),
    checked: isoDate,
  })
  .strict();

/** One brand's data file, `content/brands/<id>.json` (the id is the file name). */
export const brandSchema = z
  .object({
    nameJa: z.string().min(1, "nameJa（日本語の正式名）を書いてください。"),
    nameEn: z.string().min(1, "nameEn（英語名）を書いてください。"),
    category: z.enum(BRAND_CATEGORY_IDS, {
      message: `category は ${BRAND_CATEGORY_IDS.join(" / ")} のどれかにしてください。`,
    }),
    aliases: z.array(z.string().min(2, "別名は 2 文字以上にしてください。")).default([]),
    mailDomains: domainListSchema,
    webDomains: domainListSchema,
    report: reportPageSchema.optional(),
    apps: z.array(z.string().min(1)).optional(),
    howToCheck: z.string().min(1, "howToCheck（本物か安全に確かめる方法）を書いてください。"),
    /** How the brand really contacts people (issue 19), each fact with its sources. */
    contact: z.array(contactFactSchema).optional(),
  })
  .strict()
  .superRefine((brand, ctx) => {
    if (!brand.report) return;
    // The brand's own page: on one of its domains, or on the site of a page already cited as its own.
    const host = hostOf(brand.report.url) ?? "";
    const site = getDomain(host) ?? host;
    const ownSites = [
      ...brand.webDomains.domains,
      ...brand.mailDomains.domains,
      ...[...brand.webDomains.sources, ...brand.mailDomains.sources]
        .filter((s) => !s.secondary)
        .map((s) => getDomain(hostOf(s.url) ?? "") ?? ""),
    ];
    if (!ownSites.includes(site))
      ctx.addIssue({
        code: "custom",
        path: ["report", "url"],
        message: `report.url (${host}) はこのブランドのドメインにも、ブランド自身の出典ページのサイトにもありません。ブランド自身のページだけを書いてください。`,
      });
  });

/** A brand file as written, after defaults. */
export type BrandRecord = z.infer<typeof brandSchema>;
