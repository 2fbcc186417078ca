/**
 * /og/<slug>.png: each case's preview image (og:image, 1200×630), drawn at build time from the case's
 * data (src/lib/og/) and cached, so that a link shared in LINE or X shows what the case warns about.
 */
import type { APIRoute, GetStaticPaths } from "astro";
import { ogCardOfPost } from "../../lib/og/post-card.ts";
import { ogPng } from "../../lib/og/render.node.ts";
import { getBrandMap, getPosts, type Post } from "../../utils/content.ts";

export const getStaticPaths = (async () => {
  // `SAGIMAIL_OG=off`: no images (the benchmark's plain builds, to compare the site with and without them).
  if (process.env["SAGIMAIL_OG"] === "off") return [];
  const [posts, brands] = await Promise.all([getPosts(), getBrandMap()]);
  return posts.map((post) => ({
    params: { slug: post.id },
    props: {
      post,
      brandNames: post.data.brands.flatMap((b) => brands.get(b.id)?.data.nameJa ?? []),
    },
  }));
}) satisfies GetStaticPaths;

interface Props {
  post: Post;
  brandNames: string[];
}

export const GET: APIRoute<Props> = async ({ props }) => {
  const png = await ogPng(
    ogCardOfPost({ title: props.post.data.title, category: props.post.data.category, brandNames: props.brandNames }),
  );
  return new Response(new Uint8Array(png), { headers: { "Content-Type": "image/png" } });
};
