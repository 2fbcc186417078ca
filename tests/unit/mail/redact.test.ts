import { describe, expect, it } from "vitest";
import { MASKED_ADDRESS, recipientAddresses, redactHeaders } from "../../../src/lib/mail/redact.ts";

const headers = [
  "Received: from mx.evil.example (mx.evil.example [8.8.8.8])",
  "\tby mail.home.example (Postfix) with ESMTP id 1",
  "\tfor <taro@home.example>; Mon, 1 Jan 2024 00:00:00 +0000",
  "Return-Path: <bounce+abc-taro=home.example@evil.example>",
  "Delivered-To: taro@home.example",
  'To: "Yamada Taro" <taro@home.example>,',
  " hanako@home.example",
  "X-Original-To: alias@home.example",
  "From: Amazon <a@evil.example>",
  "",
].join("\r\n");

describe("redactHeaders", () => {
  it("finds the recipient's addresses in To, Delivered-To, X-Original-To and Received for", () => {
    expect(recipientAddresses(headers).sort()).toEqual([
      "alias@home.example",
      "hanako@home.example",
      "taro@home.example",
    ]);
  });

  it("masks them everywhere, including VERP form, and keeps the line structure", () => {
    const { text, redactions } = redactHeaders(headers);
    expect(text).not.toMatch(/taro|hanako|alias@/i);
    expect(text.split("\r\n")).toHaveLength(headers.split("\r\n").length);
    expect(text).toContain(`for <${MASKED_ADDRESS}>`);
    expect(text).toContain("Return-Path: <bounce+abc-recipient=masked.invalid@evil.example>");
    expect(text).toContain(`To: <${MASKED_ADDRESS}>`);
    expect(text).toContain("From: Amazon <a@evil.example>");
    expect(redactions.map((r) => r.kind).sort()).toEqual(["address", "recipient-header"]);
    expect(JSON.stringify(redactions)).not.toContain("taro");
  });

  it("masks configured host names and their subdomains", () => {
    const { text, redactions } = redactHeaders(headers, { hosts: ["home.example"] });
    expect(text).not.toContain("home.example");
    expect(text).toContain("by masked.invalid (Postfix)");
    expect(redactions.find((r) => r.kind === "host")?.headers).toContain("Received");
  });

  it("leaves a mail without recipient details alone", () => {
    expect(redactHeaders("From: a@b.example\n")).toEqual({ text: "From: a@b.example\n", redactions: [] });
  });
});
