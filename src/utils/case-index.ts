/**
 * The casebook's text fingerprints for the checker (`/check/cases.bin` and `/check/cases.json`),
 * computed once per build from the message beside each published case (its `sms.txt`, `body.txt`,
 * `body.html` or mail), with the same reading and normalisation as the template matcher.
 */
import { resolve } from "node:path";
import { caseSignature, encodeCaseIndex, type CaseEntry } from "../lib/template/case-index.ts";
import { readPostMailText } from "../lib/template/post-mail.node.ts";
import { getBrandRegistry, getPosts } from "./content.ts";

const postsDir = resolve(process.cwd(), "content", "posts");

let built: Promise<{ cases: CaseEntry[]; index: Uint8Array }> | undefined;

/** The cases that have a text to compare, and their index, in the same order. */
export function getCaseIndex(): Promise<{ cases: CaseEntry[]; index: Uint8Array }> {
  built ??= (async () => {
    const [posts, brands] = await Promise.all([getPosts(), getBrandRegistry()]);
    const cases: CaseEntry[] = [];
    const signatures: Uint32Array[] = [];
    for (const post of posts) {
      const message = readPostMailText(postsDir, post.id);
      const signature = message ? caseSignature(message.text, brands) : null;
      if (!signature) continue;
      cases.push({ path: `/posts/${post.id}/`, title: post.data.title });
      signatures.push(signature);
    }
    return { cases, index: encodeCaseIndex(signatures) };
  })();
  return built;
}
