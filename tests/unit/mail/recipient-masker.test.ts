/**
 * `recipientMasker` (issue 22) masks exactly as `maskRecipient` did when it built every pattern for
 * every string: the earlier function is kept below, and both run over random texts that hold the
 * addresses in their forms (as written, in other case, URL-encoded, VERP, base64) among other text.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MASKED_ADDRESS, MASKED_HOST, maskRecipient, recipientMasker } from "../../../src/lib/mail/redact.ts";

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function base64Forms(address: string): string[] {
  if (!/^[\x20-\x7e]+$/.test(address)) return [];
  const b64 = btoa(address);
  const bare = b64.replace(/=+$/, "");
  return [b64, bare, bare.replace(/\+/g, "-").replace(/\//g, "_"), b64.replace(/=/g, "%3D")];
}

/** maskRecipient as it was before issue 22. */
function before(text: string, addresses: readonly string[], hosts: readonly string[] = []): string {
  let out = text;
  for (const address of addresses) {
    const at = address.lastIndexOf("@");
    if (at < 1) continue;
    const local = address.slice(0, at);
    const domain = address.slice(at + 1);
    const forms = [
      address,
      `${local}%40${domain}`,
      `${local}=${domain}`,
      encodeURIComponent(address),
      ...base64Forms(address),
    ];
    for (const form of [...new Set(forms)])
      out = out.replace(
        new RegExp(escapeRegExp(form), "gi"),
        form.includes("=") && !form.includes("@") && form.includes(".") ? "recipient=masked.invalid" : MASKED_ADDRESS,
      );
  }
  for (const host of hosts) {
    const h = host.toLowerCase().replace(/\.$/, "");
    if (h !== "")
      out = out.replace(
        new RegExp(`(?<![A-Za-z0-9-])(?:[A-Za-z0-9-]+\\.)*${escapeRegExp(h)}(?![A-Za-z0-9-])`, "gi"),
        MASKED_HOST,
      );
  }
  return out;
}

const ADDRESSES = [
  "taro.yamada@example.co.jp",
  "lists+v9fs-developer@lfdr.de",
  "recipient@masked.invalid",
  "user@mail.example",
  "山田@例え.jp",
  "kelvin@k.example",
  "a@b",
];
const HOSTS = ["mail.example", "MX.Example.JP.", "例え.jp"];

/** The forms a mail writes an address in, in any case. */
function formsOf(address: string): string[] {
  const at = address.lastIndexOf("@");
  const [local, domain] = [address.slice(0, at), address.slice(at + 1)];
  return [address, `${local}%40${domain}`, `${local}=${domain}`, encodeURIComponent(address), ...base64Forms(address)];
}

describe("recipientMasker", () => {
  it("masks what maskRecipient masked, string after string", () => {
    const piece = fc.oneof(
      fc.constantFrom(...ADDRESSES.flatMap(formsOf), ...HOSTS, "sub.mail.example", "x-mail.example"),
      fc.constantFrom(...ADDRESSES.flatMap(formsOf)).map((f) => f.toUpperCase()),
      fc.constantFrom(" ", "\n", "<", ">", "=", "%", ".", "-", "K", "\u212A", "ſ", "İ", "ご利用", "mailto:"),
      fc.string({ maxLength: 5 }),
    );
    fc.assert(
      fc.property(
        fc.subarray(ADDRESSES),
        fc.subarray(HOSTS),
        fc.array(fc.array(piece, { maxLength: 12 }), { minLength: 1, maxLength: 5 }),
        (addresses, hosts, texts) => {
          const masker = recipientMasker(addresses, hosts);
          for (const parts of texts) {
            const text = parts.join("");
            expect(masker(text)).toBe(before(text, addresses, hosts));
            expect(maskRecipient(text, addresses, hosts)).toBe(before(text, addresses, hosts));
          }
        },
      ),
      { numRuns: 1500 },
    );
  });

  it("masks the same when a mail lists so many recipients that one automaton finds the needles", () => {
    // 60 addresses besides the list above: far more needles than the masker searches one by one.
    const many = [
      ...ADDRESSES,
      ...Array.from({ length: 60 }, (_, i) => `user${i}.${"abc"[i % 3]}@host${i % 7}.example.co.jp`),
    ];
    const piece = fc.oneof(
      fc.constantFrom(...many.flatMap(formsOf), ...HOSTS, "sub.mail.example"),
      fc.constantFrom(...many.flatMap(formsOf)).map((f) => f.toUpperCase()),
      fc.constantFrom(...many).map((a) => a.slice(0, -3)),
      fc.constantFrom(" ", "\n", "=", "%", ".", "@", "K", "\u212A", "İ", "ご利用"),
      fc.string({ maxLength: 5 }),
    );
    fc.assert(
      fc.property(
        fc.subarray(many, { minLength: 20 }),
        fc.subarray(HOSTS),
        fc.array(fc.array(piece, { maxLength: 12 }), { minLength: 1, maxLength: 5 }),
        (addresses, hosts, texts) => {
          const masker = recipientMasker(addresses, hosts);
          for (const parts of texts) {
            const text = parts.join("");
            expect(masker(text)).toBe(before(text, addresses, hosts));
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it("throws where maskRecipient threw (an address with a lone surrogate), and only when called", () => {
    const masker = recipientMasker(["a\uD800@example.jp"]);
    expect(() => masker("text")).toThrow(URIError);
    expect(() => before("text", ["a\uD800@example.jp"])).toThrow(URIError);
  });
});
