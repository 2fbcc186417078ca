import { describe, expect, it } from "vitest";
import { analyzeMail } from "../../../src/lib/reading/index.ts";
import { linkTextMismatch } from "../../../src/lib/mail/rules/link-text-mismatch.ts";
import { MAIL_RULES } from "../../../src/lib/mail/rules/index.ts";

function htmlMail(html: string): string {
  return `From: "Amazon" <info@evil.example>\r\nSubject: test\r\nContent-Type: text/html; charset=utf-8\r\n\r\n${html}`;
}
/** The rule's findings through the whole pipeline (the HTML is parsed once there, by the safe-view parser). */
const check = (html: string) =>
  analyzeMail(htmlMail(html), { brands: [], redact: false }).flags.filter((f) => f.id === linkTextMismatch.id);

describe("link-text-mismatch", () => {
  it("is listed with the other mail rules", () => {
    expect(MAIL_RULES).toContain(linkTextMismatch);
  });

  it("flags a link that shows one address and leads to another site", () => {
    const findings = check('<p><a href="https://amaz0n-login.top/x">https://www.amazon.co.jp/</a></p>');
    expect(findings).toHaveLength(1);
    expect(findings[0]?.severity).toBe("high");
    expect(findings[0]?.message).toContain("amazon[.]co[.]jp");
    expect(findings[0]?.message).toContain("amaz0n-login[.]top");
  });

  it("sees the text as a browser would (entities, nested tags)", () => {
    expect(check('<a href="https://evil.top/"><span>www.amazon</span>&#46;co.jp</a>')).toHaveLength(1);
  });

  it("says nothing when the text and the target agree, or the text is not an address", () => {
    expect(check('<a href="https://www.amazon.co.jp/gp/css">https://www.amazon.co.jp/</a>')).toEqual([]);
    expect(check('<a href="https://evil.top/">こちらからログイン</a>')).toEqual([]);
  });

  it("reports each pair once, and at most five", () => {
    const same = '<a href="https://evil.top/">www.amazon.co.jp</a>'.repeat(3);
    expect(check(same)).toHaveLength(1);
    const many = Array.from({ length: 9 }, (_, i) => `<a href="https://evil${i}.top/">www.amazon.co.jp</a>`).join("");
    expect(check(many)).toHaveLength(5);
  });

  it("reads quoted-printable HTML parts", () => {
    const mail = `From: a@b.example\r\nContent-Type: text/html\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n<a href=3D"https://evil.top/">https://www.smbc-card.com/</a>`;
    expect(
      analyzeMail(mail, { brands: [], redact: false }).flags.filter((f) => f.id === linkTextMismatch.id),
    ).toHaveLength(1);
  });
});
