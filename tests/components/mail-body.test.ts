import { experimental_AstroContainer as AstroContainer } from "astro/container";
import preactRenderer from "@astrojs/preact/server.js";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import MailBody from "../../src/user-components/MailBody.astro";

/** A body file beside a throw-away "post" (removed after the tests). */
const dir = `.test-mail-body-${process.pid}`;
const postDir = join("content", "posts", dir);

let container: AstroContainer;
afterAll(() => rmSync(postDir, { recursive: true, force: true }));
beforeAll(async () => {
  mkdirSync(postDir, { recursive: true });
  writeFileSync(
    join(postDir, "body.html"),
    '<html><head><style>p{color:red}</style><script>alert(1)</script></head><body><p style="color:red" onclick="x()">ご利用を一時停止しました。</p><p><a href="https://auccwallt.top/login">https://www.americanexpress.com/</a></p><img src="https://auccwallt.top/open.gif"><iframe src="https://x.example/"></iframe></body></html>',
  );
  container = await AstroContainer.create();
  container.addServerRenderer({ name: "@astrojs/preact", renderer: preactRenderer });
});

const render = (props: Record<string, unknown>) =>
  container.renderToString(MailBody, { props, request: new Request("https://sagimail.example.org/posts/test/") });

describe("<MailBody>", () => {
  it("shows a text body with every address defanged and nothing clickable", async () => {
    const html = await render({ text: "お荷物を持ち帰りました。\nhttps://sagawa-exz.com/ja\n\n佐川急便" });
    expect(html).toContain("hxxps://sagawa-exz[.]com/ja");
    expect(html).not.toMatch(/https:\/\/sagawa/);
    expect(html).not.toMatch(/<a\s/);
    expect(html).toContain("<br");
  });

  it("reads an HTML body file beside a post: no link, image, style or script from the message", async () => {
    const html = await render({ file: `${dir}/body.html` });
    expect(html).toContain("ご利用を一時停止しました。");
    expect(html).toContain("hxxps://auccwallt[.]top/login");
    expect(html).toContain("外部の画像 1 個");
    expect(html).not.toMatch(/<a\s|<img|<script|<iframe|onclick/i);
    expect(html).not.toMatch(/style="[^"]*red/);
    expect(html).toContain("mb-link-target");
    expect(html).toMatch(/hxxps:\/\/[^<]*\[\.\]/);
  });

  it("names the component and the prop on a wrong prop", async () => {
    await expect(render({ file: "x/body.pdf" })).rejects.toThrow(/<MailBody> の prop "file"/);
    await expect(render({})).rejects.toThrow(/file（本文を保存したファイル）か text（本文）のどちらか一方/);
  });
});
