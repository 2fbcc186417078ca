import { describe, expect, it } from "vitest";
import { decodeEncodedWords, decodeQ, hasEncodedWord } from "../../../src/lib/mail/encoded-words.ts";

// Made with iconv: printf 'お客様のアカウント' | iconv -f UTF-8 -t SHIFT_JIS | base64 (likewise EUC-JP, ISO-2022-JP)
const SJIS_B = "gqiLcZdsgsyDQYNKg0WDk4Nn";
const EUCJP_B = "pKq10s3NpM6loqWrpaal86XI";
const ISO2022JP_B = "GyRCJCo1Uk1NJE4lIiUrJSYlcyVIGyhC";

describe("decodeEncodedWords", () => {
  it("decodes B-encoded Shift_JIS, EUC-JP and ISO-2022-JP", () => {
    expect(decodeEncodedWords(`=?Shift_JIS?B?${SJIS_B}?=`)).toBe("お客様のアカウント");
    expect(decodeEncodedWords(`=?shift-jis?B?${SJIS_B}?=`)).toBe("お客様のアカウント");
    expect(decodeEncodedWords(`=?EUC-JP?B?${EUCJP_B}?=`)).toBe("お客様のアカウント");
    expect(decodeEncodedWords(`=?ISO-2022-JP?B?${ISO2022JP_B}?=`)).toBe("お客様のアカウント");
  });

  it("decodes Q-encoded Shift_JIS (printf 'お客様' | iconv -t SHIFT_JIS | xxd -p = 82a88b71976c)", () => {
    expect(decodeEncodedWords("=?SHIFT_JIS?Q?=82=A8=8Bq=97l?=")).toBe("お客様");
  });

  it("joins a Shift_JIS character split across two words", () => {
    // 82a8 8b71 976c: split after the first byte of 客
    expect(decodeEncodedWords("=?shift_jis?Q?=82=A8=8B?= =?shift_jis?Q?q=97l?=")).toBe("お客様");
  });

  it("joins a UTF-8 character split across two words and drops the whitespace between words", () => {
    // お = e3 81 8a
    expect(decodeEncodedWords("=?UTF-8?Q?=E3=81?=\r\n =?UTF-8?Q?=8A?=")).toBe("お");
    expect(decodeEncodedWords("=?utf-8?q?a?= \t =?utf-8?q?b?=")).toBe("ab");
  });

  it("decodes each ISO-2022-JP word on its own (the encoding is stateful)", () => {
    const subject =
      "[Industrypack-devel] =?iso-2022-jp?b?GyRCPUVNVyVSJXMlSCEnJCobKEI=?= =?iso-2022-jp?b?GyRCO1lKJyQkSn1LISROPnBKcyRyOTk/NxsoQg==?=";
    expect(decodeEncodedWords(subject)).toBe("[Industrypack-devel] 重要ヒント：お支払い方法の情報を更新");
  });

  it("keeps text around words and the space between a word and plain text", () => {
    expect(decodeEncodedWords("Re: =?UTF-8?B?44GK?= now")).toBe("Re: お now");
  });

  it("reads gb2312 labels as GBK (WHATWG), as the senders meant", () => {
    // printf 'サービス' | iconv -t GBK | base64; 'ー' (a960) is not in strict GB2312
    expect(decodeEncodedWords("=?gb2312?B?pbWpYKXTpbk=?=")).toBe("サービス");
  });

  it("decodes UTF-7, which TextDecoder lacks", () => {
    expect(decodeEncodedWords("=?utf-7?Q?Hi_+MEowSg-?=")).toBe("Hi おお");
  });

  it("never throws on unknown charsets or broken words", () => {
    expect(decodeEncodedWords("=?x-unknown?B?44GK?=")).toBe("お");
    expect(decodeEncodedWords("=?utf-8?B?44GK")).toBe("=?utf-8?B?44GK");
    expect(decodeEncodedWords("=?utf-8?X?abc?=")).toBe("=?utf-8?X?abc?=");
    expect(decodeEncodedWords("=?utf-8?B?!!!?=")).toBe("");
  });

  it("keeps <script> as text", () => {
    expect(decodeEncodedWords("=?utf-8?Q?=3Cscript=3Ealert(1)=3C/script=3E?=")).toBe("<script>alert(1)</script>");
  });

  it("accepts an RFC 2231 language tag", () => {
    expect(decodeEncodedWords("=?UTF-8*ja?B?44GK?=")).toBe("お");
  });
});

describe("helpers", () => {
  it("decodeQ reads _ as space and =XX as a byte", () => {
    expect(Array.from(decodeQ("a_=41=zz"))).toEqual([0x61, 0x20, 0x41, 0x3d, 0x7a, 0x7a]);
  });
  it("hasEncodedWord", () => {
    expect(hasEncodedWord("x =?utf-8?b?YQ==?=")).toBe(true);
    expect(hasEncodedWord("plain")).toBe(false);
  });
});

describe("ISO-2022-JP escape pairs", () => {
  it("drops an escape sequence directly followed by another, changing no character", async () => {
    const { collapseIso2022JpEscapes, decodeBytes } = await import("../../../src/lib/mail/charset.ts");
    // 「お」 in JIS X 0208, then back to ASCII and straight into JIS again, then 「客」.
    const bytes = Uint8Array.from([
      0x1b, 0x24, 0x42, 0x24, 0x2a, 0x1b, 0x28, 0x42, 0x1b, 0x24, 0x42, 0x35, 0x52, 0x1b, 0x28, 0x42,
    ]);
    const collapsed = collapseIso2022JpEscapes(bytes);
    expect([...collapsed]).toEqual([0x1b, 0x24, 0x42, 0x24, 0x2a, 0x1b, 0x24, 0x42, 0x35, 0x52, 0x1b, 0x28, 0x42]);
    expect(decodeBytes(bytes, "iso-2022-jp")).toBe("お客");
    expect(decodeBytes(collapsed, "iso-2022-jp")).toBe("お客");
  });
});
