/** Reads files that authors keep beside their posts (`content/posts/<slug>/…`), with errors that say what to do. */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { AstroError } from "astro/errors";

const postsDir = resolve(process.cwd(), "content", "posts");

/** Reads `content/posts/<file>` as bytes, or throws an AstroError naming the file and what is there. */
export function readPostFile(component: string, file: string): Uint8Array {
  const path = resolve(postsDir, file);
  if (relative(postsDir, path).startsWith("..")) {
    throw new AstroError(
      `<${component}> の prop "file": "${file}" は content/posts/ の外を指しています。`,
      "記事のフォルダーに置いたファイルを指定してください。",
    );
  }
  if (!existsSync(path)) {
    const dir = dirname(path);
    const siblings = existsSync(dir) ? readdirSync(dir).filter((f) => !f.endsWith(".mdx")) : [];
    throw new AstroError(
      `<${component}> の prop "file": ファイル content/posts/${file} が見つかりません。`,
      siblings.length
        ? `同じフォルダーにあるファイル: ${siblings.join(", ")}。ファイル名のつづりを確認してください。`
        : `ファイルを ${relative(process.cwd(), join(dir))}/ に置くか、file の値を確認してください（content/posts/ からの相対パスです）。`,
    );
  }
  return new Uint8Array(readFileSync(path));
}
