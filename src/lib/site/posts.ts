/**
 * Pure helpers over case posts: ordering, URLs and related cases. They take the plain data shape that
 * content collections produce, so they can be tested without Astro.
 */
export interface PostLike {
  id: string;
  data: {
    pubDate: Date;
    draft?: boolean;
    brands: { id: string }[];
    tags: string[];
    campaign?: string | undefined;
  };
}

/** Published posts, newest first (ties broken by id so the order is stable). */
export function publishedNewestFirst<P extends PostLike>(posts: readonly P[]): P[] {
  return posts
    .filter((p) => !p.data.draft)
    .sort((a, b) => b.data.pubDate.getTime() - a.data.pubDate.getTime() || a.id.localeCompare(b.id));
}

export const postPath = (id: string): string => `/posts/${id}/`;
export const brandPath = (id: string): string => `/brands/${id}/`;
export const tagPath = (tag: string): string => `/tags/${encodeURIComponent(tag)}/`;
export const categoryPath = (id: string): string => `/category/${id}/`;

export type RelationKind = "campaign" | "brand";

/**
 * Cases related to `post`: the same campaign first, then the same brand, newest first within each,
 * at most `limit`.
 */
export function relatedPosts<P extends PostLike>(
  post: P,
  all: readonly P[],
  limit = 5,
): { post: P; kind: RelationKind }[] {
  const brandIds = new Set(post.data.brands.map((b) => b.id));
  const related: { post: P; kind: RelationKind }[] = [];
  for (const other of publishedNewestFirst(all)) {
    if (other.id === post.id) continue;
    if (post.data.campaign && other.data.campaign === post.data.campaign)
      related.push({ post: other, kind: "campaign" });
    else if (other.data.brands.some((b) => brandIds.has(b.id))) related.push({ post: other, kind: "brand" });
  }
  return related.sort((a, b) => (a.kind === b.kind ? 0 : a.kind === "campaign" ? -1 : 1)).slice(0, limit);
}

/** A post whose mail shares the template of another post's mail, with the estimated similarity (0…1). */
export interface SameTemplatePost<P> {
  post: P;
  score: number;
}

/**
 * The published posts among `all` that `matches` (from the template matcher: ids and scores, best
 * first) names, in that order, without `post` itself, at most `limit`. Brand and campaign play no part.
 */
export function sameTemplatePosts<P extends PostLike>(
  post: P,
  all: readonly P[],
  matches: readonly { id: string; score: number }[],
  limit = 10,
): SameTemplatePost<P>[] {
  const byId = new Map(all.filter((p) => !p.data.draft).map((p) => [p.id, p]));
  return matches
    .flatMap((m) => {
      const other = byId.get(m.id);
      return other && other.id !== post.id ? [{ post: other, score: m.score }] : [];
    })
    .slice(0, limit);
}

/** Every tag with its posts, tags sorted by how many posts use them, then by name. */
export function postsByTag<P extends PostLike>(posts: readonly P[]): Map<string, P[]> {
  const byTag = new Map<string, P[]>();
  for (const p of publishedNewestFirst(posts))
    for (const tag of p.data.tags) byTag.set(tag, [...(byTag.get(tag) ?? []), p]);
  return new Map([...byTag].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0], "ja")));
}
