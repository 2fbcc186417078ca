import { describe, expect, it } from "vitest";
import { decodeHtmlEntities, extractUrls, splitMultipart, stripTags } from "../../../src/lib/mail/body.ts";
import { decodeQuotedPrintable, parseParameterizedValue } from "../../../src/lib/mail/mime.ts";
import { parseMail } from "../../../src/lib/mail/parse.ts";

const hex = (text: string): number[] => (text.match(/../g) ?? []).map((h) => parseInt(h, 16));
const bytes = (...parts: (string | number[])[]): Uint8Array =>
  Uint8Array.from(
    parts.flatMap((part) => (typeof part === "string" ? Array.from(new TextEncoder().encode(part)) : part)),
  );

describe("MIME bodies", () => {
  it("reads a multipart/alternative mail with a quoted-printable text and a base64 HTML part", () => {
    const html = btoa('<p>Log in: <a href="https://evil.example/login?a=1&amp;b=2">here</a></p>');
    const mail = parseMail(
      `From: a@b.example\r\nContent-Type: multipart/alternative; boundary="XX"\r\n\r\npreamble\r\n--XX\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n=E3=81=8A=E5=AE=A2=E6=A7=98 https://evil.example/a.=\r\nhtml.\r\n--XX\r\nContent-Type: text/html\r\nContent-Transfer-Encoding: base64\r\n\r\n${html}\r\n--XX--\r\n`,
    );
    expect(mail.body.text).toBe("お客様 https://evil.example/a.html.");
    expect(mail.body.html).toContain('href="https://evil.example/login?a=1&amp;b=2"');
    expect(mail.body.urls).toEqual(["https://evil.example/a.html", "https://evil.example/login?a=1&b=2"]);
  });

  it("decodes an ISO-2022-JP 7bit body and a Shift_JIS 8bit body (bytes made with iconv)", () => {
    const iso = bytes(
      "Content-Type: text/plain; charset=ISO-2022-JP\n\n",
      Array.from(atob("GyRCJCo1Uk1NJE4lIiUrJSYlcyVIGyhC"), (c) => c.charCodeAt(0)),
    );
    expect(parseMail(iso).body.text).toBe("お客様のアカウント");
    // printf 'ご利用確認のお願い' | iconv -f UTF-8 -t SHIFT_JIS | xxd -p
    const sjis = bytes(
      'Content-Type: text/plain; charset="Shift_JIS"\nContent-Transfer-Encoding: 8bit\n\n',
      hex("82b2979897708a6d944682cc82a88ae882a2"),
      " http://x.example/",
    );
    expect(parseMail(sjis).body).toMatchObject({
      text: "ご利用確認のお願い http://x.example/",
      urls: ["http://x.example/"],
    });
  });

  it("reads an HTML-only body and finds URLs in hrefs and in the text, in order, once each", () => {
    const mail = parseMail(
      "Content-Type: text/html; charset=utf-8\n\n<a href='https://one.example/'>https://two.example/x</a> <a href=https://one.example/>again</a> <a href=\"mailto:a@b\">m</a>",
    );
    expect(mail.body.urls).toEqual(["https://one.example/", "https://two.example/x"]);
  });

  it("lists attachments by name and type without opening them", () => {
    const mail = parseMail(
      "Content-Type: multipart/mixed; boundary=b\n\n--b\nContent-Type: text/plain\n\nsee attached\n--b\nContent-Type: application/pdf; name=\"=?UTF-8?B?6KuL5rGC5pu4LnBkZg==?=\"\nContent-Disposition: attachment\nContent-Transfer-Encoding: base64\n\nJVBERi0xLjQK\n--b\nContent-Type: application/octet-stream\nContent-Disposition: attachment; filename*=utf-8''%E8%AB%8B%E6%B1%82.exe\n\nMZ\n--b--\n",
    );
    expect(mail.body.attachments).toEqual([
      { filename: "請求書.pdf", contentType: "application/pdf", size: 9 },
      { filename: "請求.exe", contentType: "application/octet-stream", size: 2 },
    ]);
    expect(mail.body.text).toBe("see attached");
  });

  it("reads a body cut in the middle of a part", () => {
    const mail = parseMail(
      "Content-Type: multipart/mixed; boundary=b\n\n--b\nContent-Type: text/plain\nContent-Transfer-Encoding: base64\n\n44GK5a6i5qeYIGh0dHBzOi8vY3V0LmV4YW1wbGUv5Y",
    );
    expect(mail.body.text.startsWith("お客様 https://cut.example/")).toBe(true);
  });

  it("treats a message without Content-Type as text/plain", () => {
    expect(parseMail("Subject: x\n\nhello https://a.example/b, bye").body.urls).toEqual(["https://a.example/b"]);
  });
});

describe("helpers", () => {
  it("parseParameterizedValue reads quoted, RFC 2231 and continued parameters", () => {
    expect(parseParameterizedValue('Text/Plain; Charset="UTF-8"; format=flowed')).toEqual({
      value: "text/plain",
      params: { charset: "UTF-8", format: "flowed" },
    });
    expect(
      parseParameterizedValue("attachment; filename*0*=utf-8''%E8%AB; filename*1*=%8B.pdf").params["filename"],
    ).toBe("請.pdf");
    expect(parseParameterizedValue('x; boundary="a;b"').params["boundary"]).toBe("a;b");
  });
  it("decodeQuotedPrintable handles soft breaks and bad escapes", () => {
    expect(new TextDecoder().decode(decodeQuotedPrintable("a=3Db=\r\nc=ZZ=\n"))).toBe("a=bc=ZZ");
  });
  it("splitMultipart keeps the parts between delimiter lines", () => {
    expect(splitMultipart("pre\n--b\nA\n--b\r\nB\r\n--b--\nepi", "b")).toEqual(["A", "B"]);
    expect(splitMultipart("no delimiters", "b")).toEqual([]);
  });
  it("extractUrls trims sentence punctuation and unbalanced brackets", () => {
    expect(extractUrls([{ text: "(see https://a.example/x_(y)), and https://b.example/.", isHtml: false }])).toEqual([
      "https://a.example/x_(y)",
      "https://b.example/",
    ]);
  });
  it("decodes entities and strips tags in linear time", () => {
    expect(decodeHtmlEntities("&lt;&#x41;&#66;&amp;&bogus;")).toBe("<AB&&bogus;");
    expect(stripTags("a<b>c</b>d<e")).toBe("a c d<e");
  });
});
