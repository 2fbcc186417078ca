/**
 * The brand a query named, before its cases: the domains it really sends mail from and runs its site
 * on (from the registry), and a link to its brand page with the sources and how to check safely.
 * Domains are shown as text, never as links.
 */
import type { SearchBrand } from "../../lib/search/brands.ts";
import { brandPath } from "../../lib/site/posts.ts";
import { t } from "../../i18n/ja.ts";

function Domains({ domains }: { domains: readonly string[] }) {
  return <>{domains.length > 0 ? domains.join("、") : t("search.brandCardUnknown")}</>;
}

export function BrandCard({ brand }: { brand: SearchBrand }) {
  return (
    <section class="search-brand-card" aria-labelledby="search-brand-card-h">
      <h3 id="search-brand-card-h">
        {brand.nameJa}（{brand.nameEn}）
      </h3>
      <dl>
        <dt>{t("search.brandCardMail")}</dt>
        <dd>
          <Domains domains={brand.mailDomains} />
        </dd>
        <dt>{t("search.brandCardWeb")}</dt>
        <dd>
          <Domains domains={brand.webDomains} />
        </dd>
      </dl>
      <p>
        <a href={brandPath(brand.id)}>
          {brand.nameJa}
          {t("search.brandCardLink")}
        </a>
      </p>
    </section>
  );
}
