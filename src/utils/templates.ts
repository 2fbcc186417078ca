/** Template matches between the published posts, computed once per build from the mails beside them. */
import { resolve } from "node:path";
import { postTemplateMatches } from "../lib/template/post-mail.node.ts";
import type { TemplateMatch } from "../lib/template/match.ts";
import { getBrandRegistry, type Post } from "./content.ts";

const postsDir = resolve(process.cwd(), "content", "posts");

/** For each post id, the other posts whose mails share its template, best first. */
export async function getTemplateMatches(posts: readonly Post[]): Promise<Map<string, TemplateMatch[]>> {
  return postTemplateMatches(
    postsDir,
    posts.map((p) => p.id),
    await getBrandRegistry(),
  );
}
