/** What a case's preview image shows, from the case's frontmatter. Pure. */
import { site } from "../../site.config.ts";
import { categories, type CategoryId } from "../site/categories.ts";
import type { OgCard } from "./card.ts";

/** The preview image's path for a case. */
export const ogImagePath = (slug: string): string => `/og/${slug}.png`;

/**
 * The card of a case. The headline is the title without a leading 「<ブランド>を名乗る」, which the
 * card already says above it.
 */
export function ogCardOfPost(post: { title: string; category: CategoryId; brandNames: readonly string[] }): OgCard {
  const claimed = post.brandNames.find((name) => post.title.startsWith(`${name}を名乗る`));
  const headline = claimed ? post.title.slice(`${claimed}を名乗る`.length).trim() || post.title : post.title;
  return { site: site.title, brands: post.brandNames, channel: categories[post.category].noun, headline };
}
