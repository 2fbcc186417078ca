/**
 * The case posts already in `content/posts/`, with their mails' fingerprints, for `npm run new`'s
 * template check. Reads the frontmatter lines it needs (title, campaign, draft) without a YAML
 * library. Node-only (`node:fs`).
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import type { Brand } from "../brand/brand.ts";
import { fingerprintText } from "../template/fingerprint.ts";
import { readPostMailText } from "../template/post-mail.node.ts";
import type { TemplateCase } from "./same-template.ts";

/** A scalar frontmatter value: a YAML double-quoted string, a single-quoted one, or plain (comment dropped). */
export function frontmatterValue(mdx: string, field: string): string | null {
  const block = /^---\r?\n([\s\S]*?)\r?\n---/.exec(mdx)?.[1];
  if (!block) return null;
  const line = new RegExp(`^${field}:[ \\t]*(.*)$`, "m").exec(block)?.[1]?.trim();
  if (line === undefined || line === "") return null;
  if (line.startsWith('"')) {
    const quoted = /^"(?:[^"\\]|\\.)*"/.exec(line)?.[0];
    try {
      return quoted ? (JSON.parse(quoted) as string) : null;
    } catch {
      return quoted ? quoted.slice(1, -1) : null;
    }
  }
  if (line.startsWith("'")) return /^'((?:[^']|'')*)'/.exec(line)?.[1]?.replace(/''/g, "'") ?? null;
  return line.replace(/\s+#.*$/, "").trim() || null;
}

/** Every post under `postsDir` that has a mail body, with its fingerprint. */
export function readTemplateCases(postsDir: string, brands: readonly Brand[]): TemplateCase[] {
  if (!existsSync(postsDir)) return [];
  const cases: TemplateCase[] = [];
  for (const entry of readdirSync(postsDir).sort()) {
    const dir = join(postsDir, entry);
    const mdxPath = join(dir, "index.mdx");
    try {
      if (!statSync(dir).isDirectory() || !existsSync(mdxPath)) continue;
      const mail = readPostMailText(postsDir, entry);
      if (!mail) continue;
      const fingerprint = fingerprintText(mail.text, { brands, recipients: mail.recipients });
      if (!fingerprint) continue;
      const mdx = readFileSync(mdxPath, "utf8");
      cases.push({
        id: entry,
        title: frontmatterValue(mdx, "title") ?? entry,
        campaign: frontmatterValue(mdx, "campaign"),
        draft: frontmatterValue(mdx, "draft") === "true",
        signature: fingerprint.signature,
      });
    } catch {
      // A post this cannot read is left out of the check.
    }
  }
  return cases;
}
