import rss from "@astrojs/rss";
import type { APIContext } from "astro";
import { getPosts } from "../utils/content.ts";
import { postPath } from "../lib/site/posts.ts";
import { t } from "../i18n/ja.ts";

export async function GET(context: APIContext) {
  const posts = await getPosts();
  return rss({
    title: t("rss.title"),
    description: t("site.description"),
    site: context.site ?? "https://sagimail.example.org",
    items: posts.map((post) => ({
      title: post.data.title,
      description: post.data.description,
      pubDate: post.data.pubDate,
      link: postPath(post.id),
      categories: post.data.tags,
    })),
    customData: "<language>ja</language>",
  });
}
