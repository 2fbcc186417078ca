import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse as parseYaml } from "yaml";
import { describe, expect, it } from "vitest";
import { loadBrands } from "../../../src/lib/brand/registry.node.ts";
import { analyzeMail } from "../../../src/lib/reading/index.ts";
import {
  cleanSubject,
  defaultSlug,
  detectBrands,
  draftTitle,
  isValidSlug,
  jstDay,
  slugPart,
} from "../../../src/lib/scaffold/draft.ts";
import { commentText, jsString, mdxText, yamlString } from "../../../src/lib/scaffold/escape.ts";
import { maskRecipient } from "../../../src/lib/mail/redact.ts";
import { ScaffoldError, scaffoldEmpty, scaffoldFromMail } from "../../../src/lib/scaffold/index.ts";
import { formatScaffoldReport } from "../../../src/lib/scaffold/report.ts";

const brands = loadBrands();
const now = new Date("2026-11-26T16:30:00Z"); // 2026-11-27 01:30 in Japan
const HOSTILE = [
  'a"b',
  "x\ny\r\nz",
  "{danger}",
  "<script>alert(1)</script>",
  "<Figure src={x} />",
  "`code` ${x}",
  "*/ } {/* ",
  "---\ntitle: pwned\n---",
  "back\\slash \\u0041",
  "\u202eevil\u202c \u2028 \u0000 \ufeff",
  "key: value # comment",
  "&amp; &lt;",
  "emoji 👨‍👩‍👧 \ud800 lone",
];

function frontmatter(mdx: string): Record<string, unknown> {
  const m = /^---\n([\s\S]*?)\n---\n/.exec(mdx);
  if (!m) throw new Error("no frontmatter");
  return parseYaml(m[1]!) as Record<string, unknown>;
}

function mail(headers: string, body = "本文です。"): string {
  return `${headers.trim()}\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n${body}\n`;
}

describe("escaping", () => {
  it.each(HOSTILE)("yamlString round-trips %j and stays on one line", (text) => {
    const out = yamlString(text);
    expect(out).not.toMatch(/[\n\r{}<>`]/);
    expect(parseYaml(`v: ${out}`).v).toBe(text.replace(/\ud800(?![\udc00-\udfff])/g, "\ufffd"));
  });

  it.each(HOSTILE)("jsString round-trips %j with no character MDX gives meaning to", (text) => {
    const out = jsString(text);
    expect(out).not.toMatch(/[\n\r{}<>`\u2028\u2029]/);
    expect(new Function(`return ${out}`)()).toBe(text.replace(/\ud800(?![\udc00-\udfff])/g, "\ufffd"));
    expect(mdxText(text)).toBe(`{${out}}`);
  });

  it("commentText can never end the comment or the expression", () => {
    expect(commentText("a */ b { c } \n d")).toBe("a * / b ｛ c ｝ d");
  });
});

describe("title drafting", () => {
  it("drops spam and mailing-list tags, keeps the subject's own brackets", () => {
    expect(cleanSubject("[spam] 【American Express】カードの一時利用停止は解除されました871")).toBe(
      "【American Express】カードの一時利用停止は解除されました871",
    );
    expect(cleanSubject("[Osst-users] [SPAM] Convite Especial")).toBe("Convite Especial");
    expect(cleanSubject("[V9fs-developer] [DCカード]ご利用確認のお願い")).toBe("[DCカード]ご利用確認のお願い");
    expect(cleanSubject("***SPAM*** お知らせ")).toBe("お知らせ");
    expect(cleanSubject("【迷惑メール】 お知らせ [SPAM]")).toBe("お知らせ");
    expect(cleanSubject("[ULTIMO AVISO] - pague")).toBe("[ULTIMO AVISO] - pague");
    expect(cleanSubject("会員情報【\tえきねっと】")).toBe("会員情報【 えきねっと】");
    expect(cleanSubject("recipient@masked.invalid さま")).toBe("（受信者のアドレス） さま");
    expect(cleanSubject(null)).toBe("");
  });

  it("says who the mail claims to be, and copes with no subject", () => {
    const amex = brands.filter((b) => b.id === "american-express");
    expect(draftTitle("[spam] 【American Express】停止", amex)).toBe(
      "アメリカン・エキスプレスを名乗る「【American Express】停止」メール".replace(
        "アメリカン・エキスプレス",
        amex[0]!.nameJa,
      ),
    );
    expect(draftTitle("", [])).toBe("件名のない詐欺メール");
    expect(draftTitle("   ", amex)).toBe(`${amex[0]!.nameJa}を名乗る件名のないメール`);
    expect([...cleanSubject("あ".repeat(200))].length).toBe(60);
  });
});

describe("slugs and dates", () => {
  it("uses the day in Japan time", () => {
    expect(jstDay(now)).toBe("2026-11-27");
  });

  it("drafts an ASCII slug from the sender's domain", () => {
    expect(defaultSlug("2026-11-27", ["auccwallt.top"])).toBe("2026-11-27-auccwallt-top");
    expect(defaultSlug("2026-11-27", ["", null, "xn--amx-1na.com"])).toBe("2026-11-27-xn-amx-1na-com");
    expect(defaultSlug("2026-11-27", ["日本語だけ", undefined])).toBe("2026-11-27-mail");
    expect(slugPart("ＡＭＥＸ.Top")).toBe("amex-top");
    expect(slugPart(`${"a".repeat(30)}.${"b".repeat(30)}`)).toBe("a".repeat(30));
  });

  it("accepts only safe slugs", () => {
    for (const good of ["2026-11-27-auccwallt-top", "abc", "case-1"]) expect(isValidSlug(good)).toBe(true);
    for (const bad of ["../etc", "a/b", "ABC", "-abc", "abc-", "a--b", "ab", "a b", "x".repeat(81), "abc\n"])
      expect(isValidSlug(bad)).toBe(false);
    expect(() => scaffoldEmpty("題", { brands, now, slug: "../../x" })).toThrow(ScaffoldError);
  });
});

describe("brand detection", () => {
  it("finds brands in the display name, the subject, the sender address and the URLs", () => {
    const byName = analyzeMail(mail('From: "アメックス" <info@auccwallt.top>\nSubject: お知らせ'), { brands, now });
    expect(detectBrands(byName, brands).map((b) => b.id)).toEqual(["american-express"]);
    const bySubject = analyzeMail(mail("From: info@example.top\nSubject: 【三井住友カード】ご利用確認"), {
      brands,
      now,
    });
    expect(detectBrands(bySubject, brands).map((b) => b.id)).toEqual(["smbc-card"]);
    const byAddress = analyzeMail(mail("From: amex-info@example.top\nSubject: hi"), { brands, now });
    expect(detectBrands(byAddress, brands).map((b) => b.id)).toEqual(["american-express"]);
    const byUrl = analyzeMail(
      mail("From: info@example.top\nSubject: hi", "https://www.americanexpress.com/ja-jp/account/login"),
      { brands, now },
    );
    expect(detectBrands(byUrl, brands).map((b) => b.id)).toEqual(["american-express"]);
    const none = analyzeMail(mail("From: info@example.top\nSubject: ramexx"), { brands, now });
    expect(detectBrands(none, brands)).toEqual([]);
  });
});

describe("scaffoldFromMail", () => {
  const hostileSubject = 'Subject: [SPAM] {x} <script>alert(1)</script> "q" `t` */ --- \u202e';

  it("escapes a hostile subject and URL into valid frontmatter and props", () => {
    const raw = mail(
      `From: "Amex{}<b>" <info@auccwallt.top>\nTo: victim@example.jp\n${hostileSubject}`,
      'Go https://evil.example/a"b<c>{d}`e` now',
    );
    const result = scaffoldFromMail(raw, { brands, now });
    expect(result.slug).toBe("2026-11-27-american-express-x-script-alert");
    const fm = frontmatter(result.mdx);
    expect(fm["title"]).toBe(
      `${brands.find((b) => b.id === "american-express")!.nameJa}を名乗る「{x} <script>alert(1)</script> "q" \`t\` */ ---」メール`,
    );
    expect(fm["draft"]).toBe(true);
    expect(fm["category"]).toBe("phishing-mail");
    expect(fm["brands"]).toEqual(["american-express"]);
    expect(fm["pubDate"]).toBe("2026-11-27");
    const body = result.mdx.slice(result.mdx.indexOf("\n---\n", 4) + 5);
    expect(body).not.toContain("<script");
    expect(body).not.toContain("<b>");
    // Every JSX line is one element with string props only.
    for (const line of body.split("\n").filter((l) => l.startsWith("<")))
      expect(line).toMatch(/^<(HeaderBreakdown|MailBody|SafeLink)( [a-z]+=\{"(?:[^"\\]|\\.)*"\}| excerpt)* \/>$/);
    expect(result.mdx).not.toContain("victim@example.jp");
    expect(result.headers).toContain("recipient@masked.invalid");
    expect(result.headers).not.toMatch(/\n\n/);
  });

  it("masks the recipient in headers, URLs (plain, encoded, base64) and attachment names", () => {
    const address = "victim@example.jp";
    const raw = [
      "From: info@evil.example",
      `To: ${address}`,
      `Delivered-To: ${address}`,
      `Subject: ${address} さま`,
      "MIME-Version: 1.0",
      'Content-Type: multipart/mixed; boundary="b"',
      "",
      "--b",
      "Content-Type: text/plain; charset=utf-8",
      "",
      `https://evil.example/?e=${address}&f=victim%40example.jp&g=${btoa(address)}`,
      "--b",
      `Content-Type: application/pdf; name="${address}.pdf"`,
      "Content-Disposition: attachment",
      "Content-Transfer-Encoding: base64",
      "",
      "JVBERi0=",
      "--b--",
      "",
    ].join("\n");
    const result = scaffoldFromMail(raw, { brands, now });
    expect(result.mdx.toLowerCase()).not.toContain(address);
    expect(result.mdx).not.toContain(btoa(address));
    expect(result.mdx).not.toContain("victim%40");
    expect(result.headers!.toLowerCase()).not.toContain(address);
    expect(result.mdx).toContain("（受信者のアドレス） さま");
    expect(result.mdx).toContain('<code>{"recipient@masked.invalid.pdf"}</code>');
    expect(result.mdx).toContain("## 添付ファイル");
    expect(maskRecipient("https://x/?u=VICTIM@example.jp", [address], ["mx.example.jp"])).toBe(
      "https://x/?u=recipient@masked.invalid",
    );
    expect(maskRecipient("by mx1.mx.example.jp", [], ["mx.example.jp"])).toBe("by masked.invalid");
  });

  it("writes one SafeLink per distinct URL, up to the cap, with a note for the rest", () => {
    const urls = Array.from({ length: 14 }, (_, i) => `https://evil${i}.example/p`);
    const raw = mail("From: info@evil.example\nSubject: many", [...urls, urls[0]].join("\n"));
    const result = scaffoldFromMail(raw, { brands, now, maxLinks: 10 });
    expect((result.mdx.match(/^<SafeLink /gm) ?? []).length).toBe(10);
    expect(result.mdx).toContain("ほかに 4 件の URL");
    expect(result.urls).toHaveLength(14);
    const report = formatScaffoldReport(result, "content/posts/x/index.mdx", "content/posts/x/headers.eml");
    expect(report).toContain("evil13[.]example");
    expect(report).toContain("draft: true");
  });

  it("keeps terminal control characters from the mail out of the report", () => {
    const raw = mail("From: info@evil.example\nSubject: =?utf-8?B?" + btoa("\u001b[31mred") + "?=");
    const report = formatScaffoldReport(scaffoldFromMail(raw, { brands, now }), "p", null);
    expect(report).not.toContain("\u001b");
  });

  it("refuses input that is not a mail", () => {
    expect(() => scaffoldFromMail("", { brands, now })).toThrow(ScaffoldError);
  });

  it("drafts from a real fixture mail (ISO-2022-JP subject)", () => {
    const bytes = new Uint8Array(readFileSync(join("tests", "fixtures", "emails", "809f65503e04.eml")));
    const result = scaffoldFromMail(bytes, { brands, now });
    expect(frontmatter(result.mdx)["title"]).toBe("「【北山整骨院】お問い合わせありがとうございました」メール");
    expect(result.slug).toBe("2026-11-27-eonet-ne-jp");
    expect(result.headers).not.toMatch(/ozlabs\.org.*for <(?!recipient@masked\.invalid)/);
  });
});

describe("a draft from a mail that came through a mailing list", () => {
  it("leaves the list's footer URL out, points the author to the guide and names the list in the report", () => {
    // 9e7861eb4ba1 came through SourceForge's v9fs-developer list, which removed its HTML part: the
    // only URL left in the body is the list's own page in the footer.
    const bytes = new Uint8Array(readFileSync(join("tests", "fixtures", "emails", "9e7861eb4ba1.eml")));
    const result = scaffoldFromMail(bytes, { brands, now });
    expect(result.slug).toBe("2026-11-27-amazon");
    expect(result.mdx).not.toMatch(/<SafeLink[^>]*listinfo/);
    expect(result.mdx).toContain("/guide/mailing-lists/");
    expect(result.mdx).toContain("X-Content-Filtered-By");
    const report = formatScaffoldReport(result, "content/posts/x/index.mdx", "content/posts/x/headers.eml");
    expect(report).toContain("メーリングリスト v9fs-developer.lists.sourceforge.net");
    expect(report).toContain("本文の URL（無害化表示、0 件）");
  });
});

describe("scaffoldEmpty", () => {
  it("makes a post without a header file, HeaderBreakdown only as a commented example", () => {
    const result = scaffoldEmpty('アメックスを名乗る {"x"} <i>', { brands, now });
    expect(result.headers).toBeNull();
    expect(result.slug).toBe("2026-11-27-american-express");
    const fm = frontmatter(result.mdx);
    expect(fm["title"]).toBe('アメックスを名乗る {"x"} <i>');
    expect(fm["brands"]).toEqual(["american-express"]);
    expect(result.mdx).not.toMatch(/^<HeaderBreakdown/m);
    expect(result.mdx).toContain('{/* <HeaderBreakdown file="<slug>/headers.eml" excerpt /> */}');
    expect(() => scaffoldEmpty("  \n ", { brands, now })).toThrow(/--title/);
  });
});

describe("the body beside the headers", () => {
  const options = { brands: [], now: new Date("2026-11-27T03:00:00Z") };

  it("saves the text body with the recipient masked, and shows it with <MailBody>", () => {
    const raw = [
      "From: Amex <info@auccwallt.top>",
      "To: taro@example.jp",
      "Subject: test",
      "Content-Type: text/plain; charset=utf-8",
      "",
      "taro@example.jp 様",
      "https://auccwallt.top/?m=taro%40example.jp",
    ].join("\n");
    const result = scaffoldFromMail(raw, options);
    expect(result.body?.fileName).toBe("body.txt");
    expect(result.body?.text).toContain("recipient@masked.invalid 様");
    expect(result.body?.text.toLowerCase()).not.toContain("taro");
    expect(result.mdx).toContain(`<MailBody file={"${result.slug}/body.txt"} />`);
  });

  it("keeps an HTML body as HTML (the safe view parses it at build time)", () => {
    const raw =
      'From: a@evil.example\nTo: taro@example.jp\nContent-Type: text/html\n\n<p>taro@example.jp</p><a href="https://evil.example/">x</a>';
    const result = scaffoldFromMail(raw, options);
    expect(result.body?.fileName).toBe("body.html");
    expect(result.body?.text).toContain('<a href="https://evil.example/">');
    expect(result.body?.text).not.toContain("taro@");
  });

  it("writes no body for a headers-only mail", () => {
    const result = scaffoldFromMail("From: a@evil.example\nSubject: x\n", options);
    expect(result.body).toBeNull();
    expect(result.mdx).not.toContain("<MailBody");
  });
});

describe("a draft from an Outlook .msg", () => {
  it("masks the item's recipients, which its own headers may not name", async () => {
    const { readMsg } = await import("../../../src/lib/msg/read-msg.ts");
    const { msgToMail } = await import("../../../src/lib/msg/msg-to-mail.ts");
    const read = readMsg(new Uint8Array(readFileSync(join("tests", "fixtures", "msg", "received-new-outlook.msg"))));
    if (!read.ok) throw new Error(read.message);
    const result = scaffoldFromMail(msgToMail(read.item), {
      brands: [],
      now: new Date("2026-11-27T03:00:00Z"),
      redactAddresses: read.item.recipientAddresses,
    });
    expect(read.item.recipientAddresses).toEqual(["ku@digitaldolphins.jp"]);
    for (const text of [result.headers ?? "", result.mdx, result.body?.text ?? ""])
      expect(text.toLowerCase()).not.toContain("ku@digitaldolphins.jp");
    expect(result.body?.fileName).toBe("body.html");
  });
});
