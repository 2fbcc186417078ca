/** `/search/brand/<id>/<n>.json`: a brand's cases, newest first, for brand-name queries on /search/. */
import type { APIContext } from "astro";
import { getBrands, getPosts } from "../../../../utils/content.ts";
import { paginateBrandCases, type BrandPage } from "../../../../lib/search/brand-pages.ts";
import { isoDateJst } from "../../../../lib/site/dates.ts";
import { postPath } from "../../../../lib/site/posts.ts";

export async function getStaticPaths() {
  const [brands, posts] = await Promise.all([getBrands(), getPosts()]);
  const names = new Map(brands.map((b) => [b.id, b.data.nameJa]));
  return brands.flatMap((brand) => {
    const cases = posts
      .filter((p) => p.data.brands.some((b) => b.id === brand.id))
      .map((p) => ({
        url: postPath(p.id),
        title: p.data.title,
        date: isoDateJst(p.data.pubDate),
        brands: p.data.brands.map((b) => names.get(b.id) ?? b.id),
        description: p.data.description,
      }));
    return paginateBrandCases(cases).map((page, i) => ({
      params: { brand: brand.id, page: String(i + 1) },
      props: { page },
    }));
  });
}

export function GET({ props }: APIContext<{ page: BrandPage }>) {
  return new Response(JSON.stringify(props.page), { headers: { "content-type": "application/json; charset=utf-8" } });
}
