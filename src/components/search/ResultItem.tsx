/** One search result: title (link), date, brands and excerpt. Renders text only, never HTML. */
import { chooseExcerpt } from "../../lib/search/excerpt.ts";
import type { SearchHit } from "../../lib/search/run.ts";
import { formatJaDate } from "../../lib/site/dates.ts";
import { t } from "../../i18n/ja.ts";

export function ResultItem({ hit }: { hit: SearchHit }) {
  const date = hit.date ? new Date(`${hit.date}T00:00:00+09:00`) : undefined;
  return (
    <li class="search-hit">
      <article>
        <h3>
          <a href={hit.url}>{hit.title}</a>
        </h3>
        <p class="search-hit-meta">
          {date && (
            <span>
              {t("search.published")}: <time dateTime={hit.date}>{formatJaDate(date)}</time>
            </span>
          )}
          {hit.brands.length > 0 && (
            <span>
              {t("search.brands")}: {hit.brands.join("・")}
            </span>
          )}
        </p>
        <p class="search-hit-excerpt">
          {chooseExcerpt(hit.excerpt, hit.description).map((s) => (s.mark ? <mark>{s.text}</mark> : s.text))}
        </p>
      </article>
    </li>
  );
}
