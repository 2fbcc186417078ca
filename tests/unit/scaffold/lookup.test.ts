/**
 * `npm run new -- mail.eml --lookup` against a DNS server this test starts on 127.0.0.1: answers,
 * NXDOMAIN, a time-out, no network, and no query at all without the flag. Never reaches the network.
 */
import { execFile } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dnsWorks, resolveDomains } from "../../../src/lib/scaffold/dns.node.ts";
import { startDnsServer, type TestDnsServer } from "./dns-server.ts";

const ROOT = join(import.meta.dirname, "..", "..", "..");
const run = promisify(execFile);

let dns: TestDnsServer;
let work = "";

const MAIL = [
  "Received: from sender (sender [163.43.131.56]) by mx.example.jp; Fri, 20 Nov 2026 09:59:58 +0900",
  'From: "American Express" <info@sakura-hosted.test>',
  "Return-Path: <bounce@gone.test>",
  "To: victim@example.jp",
  "Subject: test",
  "Content-Type: text/plain; charset=utf-8",
  "",
  "https://slow.test/login https://v6.test/a",
  "",
].join("\r\n");

beforeAll(async () => {
  dns = await startDnsServer({
    "example.com": { a: ["192.0.2.1"] },
    "sakura-hosted.test": { a: ["163.43.131.56"], mx: ["mx.sakura-hosted.test"] },
    "v6.test": { aaaa: ["2001:200::1"] },
    "gone.test": "nxdomain",
    "slow.test": "silent",
  });
  work = mkdtempSync(join(tmpdir(), "sagimail-lookup-"));
  cpSync(join(ROOT, "content", "brands"), join(work, "content", "brands"), { recursive: true });
  mkdirSync(join(work, "content", "posts"), { recursive: true });
  cpSync(join(ROOT, "package.json"), join(work, "package.json"));
  symlinkSync(join(ROOT, "node_modules"), join(work, "node_modules"), "dir");
  writeFileSync(join(work, "mail.eml"), MAIL);
});

afterAll(async () => {
  await dns?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

const newPost = (...args: string[]) =>
  run(process.execPath, [join(ROOT, "src", "cli", "new-post.ts"), ...args], { cwd: work, encoding: "utf8" });

describe("resolveDomains", () => {
  it("returns addresses and MX, NXDOMAIN, and a time-out as a failure", async () => {
    const answers = await resolveDomains(["sakura-hosted.test", "v6.test", "gone.test", "slow.test"], {
      servers: [dns.address],
      timeoutMs: 300,
    });
    expect(answers).toEqual([
      { domain: "sakura-hosted.test", kind: "found", addresses: ["163.43.131.56"], mx: ["mx.sakura-hosted.test"] },
      { domain: "v6.test", kind: "found", addresses: ["2001:200::1"], mx: [] },
      { domain: "gone.test", kind: "nxdomain" },
      { domain: "slow.test", kind: "failed", reason: "ETIMEOUT" },
    ]);
  });

  it("knows when DNS does not work at all", async () => {
    expect(await dnsWorks({ servers: [dns.address], timeoutMs: 300 })).toBe(true);
    expect(await dnsWorks({ servers: [dns.address], timeoutMs: 300 }, "gone.test")).toBe(false);
  });
});

describe("npm run new -- mail.eml --lookup", () => {
  it("asks DNS nothing without --lookup, and prints the origin IP's holder without repeating it in the draft", async () => {
    const before = dns.queries.length;
    const { stdout } = await newPost("mail.eml", "case-no-lookup", "--dns-server", dns.address);
    expect(dns.queries.length).toBe(before);
    expect(stdout).not.toContain("DNS で");
    expect(stdout).toContain("持ち主     さくらインターネット（SAKURA Internet Inc.、AS9370） / 日本");
    // The article's breakdown shows every hop's holder by itself: a fact would say it twice.
    const mdx = readFileSync(join(work, "content", "posts", "case-no-lookup", "index.mdx"), "utf8");
    expect(mdx).not.toContain('about: "163.43.131.56"');
  });

  it("writes what DNS answered, NXDOMAIN as unused, and goes on past a time-out", async () => {
    const { stdout } = await newPost("mail.eml", "case-lookup", "--lookup", "--dns-server", dns.address);
    expect(stdout).toContain("slow.test: 調べられませんでした（ETIMEOUT）");
    const mdx = readFileSync(join(work, "content", "posts", "case-lookup", "index.mdx"), "utf8");
    const day = /^pubDate: (\S+)$/m.exec(mdx)?.[1];
    expect(mdx).toMatch(
      new RegExp(
        `about: "sakura-hosted\\.test", owner: "さくらインターネット（SAKURA Internet Inc\\.、AS9370）", country: "日本", inUse: true, note: "このドメインは現在日本のサーバーを指しています（163\\.43\\.131\\.56）。 メールの受け取り先（MX）: mx\\.sakura-hosted\\.test", checked: "${day}"`,
      ),
    );
    expect(mdx).toContain(
      `{ about: "gone.test", note: "確認時点で使われていない（DNS に名前の登録がありません）", checked: "${day}" }`,
    );
    expect(mdx).toContain('about: "v6.test"');
    expect(mdx).not.toContain('about: "slow.test"');
    const asked = new Set(dns.queries.map((q) => q.name));
    for (const name of ["sakura-hosted.test", "gone.test", "slow.test", "v6.test"]) expect(asked).toContain(name);
  }, 60_000);

  it("says so and still writes the draft when there is no network", async () => {
    const closed = await startDnsServer({});
    const address = closed.address;
    await closed.close(); // nothing listens there any more
    const { stdout } = await newPost("mail.eml", "case-offline", "--lookup", "--dns-server", address);
    expect(stdout).toContain("ネットワークにつながらないため、ドメインは調べられませんでした");
    expect(stdout).toContain("下書きの記事を作りました");
  }, 60_000);
});
