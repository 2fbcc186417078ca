/**
 * Structured data for a case page (schema.org, as JSON-LD): the article itself (`BlogPosting`) and
 * where it sits in the site (`BreadcrumbList`), so that search engines and link previews know what the
 * page warns about. Pure: absolute URLs in, plain objects out; `jsonLdScript` serialises them safely
 * for a `<script type="application/ld+json">`.
 */

export interface CaseLd {
  /** The page's absolute URL. */
  url: string;
  headline: string;
  /** ISO dates (JST days as written by the author). */
  datePublished: string;
  dateModified: string;
  /** The preview image's absolute URL. */
  image: string;
  /** The site: its name and absolute home URL. */
  site: { name: string; url: string };
  /** The category page: its label and absolute URL. */
  category: { name: string; url: string };
  /** The brands the message pretended to be (Japanese names). */
  about: readonly string[];
}

/**
 * The `BlogPosting` and `BreadcrumbList` of a case page, in one graph in which the site (author and
 * publisher) is named once. Kept short: it travels in every article's 40 KB.
 */
export function caseJsonLd(c: CaseLd): object {
  const site = { "@id": `${c.site.url}#site` };
  return {
    "@context": "https://schema.org",
    "@graph": [
      { "@type": "Organization", ...site, name: c.site.name, url: c.site.url },
      {
        "@type": "BlogPosting",
        headline: c.headline,
        datePublished: c.datePublished,
        dateModified: c.dateModified,
        image: c.image,
        mainEntityOfPage: c.url,
        author: site,
        publisher: site,
        ...(c.about.length > 0 ? { about: c.about.map((name) => ({ "@type": "Organization", name })) } : {}),
      },
      {
        "@type": "BreadcrumbList",
        itemListElement: [
          { name: c.site.name, item: c.site.url },
          { name: c.category.name, item: c.category.url },
          // The last crumb is the page itself: its name alone (its URL is the page's).
          { name: c.headline },
        ].map((crumb, i) => ({ "@type": "ListItem", position: i + 1, ...crumb })),
      },
    ],
  };
}

/**
 * `data` as the text of a `<script type="application/ld+json">`: JSON in which `<`, `>`, `&` and the
 * line separators are escaped, so no title can close the element or start markup.
 */
export function jsonLdScript(data: unknown): string {
  return JSON.stringify(data).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}
