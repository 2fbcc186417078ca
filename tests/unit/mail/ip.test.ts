import { describe, expect, it } from "vitest";
import { formatIpv6, isPublicIp, parseIp, unmapIpv4 } from "../../../src/lib/mail/ip.ts";

describe("parseIp", () => {
  it.each([
    ["1.2.3.4", "1.2.3.4"],
    ["0.0.0.0", "0.0.0.0"],
    ["2001:DB8::1", "2001:db8::1"],
    ["2603:10b6:208:52f:0:0:0:35", "2603:10b6:208:52f::35"],
    ["2001:0db8:0000:0000:0001:0000:0000:0001", "2001:db8::1:0:0:1"],
    ["::ffff:1.2.3.4", "::ffff:102:304"],
    ["fe80::21a5:b98d:30f9:f5a2%3", "fe80::21a5:b98d:30f9:f5a2"],
    ["::", "::"],
    ["1:0:1:1:1:1:1:1", "1:0:1:1:1:1:1:1"],
  ])("reads %s as %s", (input, text) => {
    expect(parseIp(input)?.text).toBe(text);
  });

  it.each([
    "01.2.3.4",
    "1.2.3",
    "1.2.3.256",
    "1.2.3.4:25",
    " 1.2.3.4",
    "user@1.2.3.4",
    "1::2::3",
    "12345::1",
    "1:2:3:4:5:6:7:8:9",
    "",
    "abc",
    "1:2:3:4:5:6:7::8",
  ])("rejects %j", (input) => {
    expect(parseIp(input)).toBeNull();
  });

  it("reports IPv4-mapped IPv6 as IPv4", () => {
    const ip = parseIp("::ffff:203.0.114.9");
    expect(ip && unmapIpv4(ip).text).toBe("203.0.114.9");
  });

  it("compresses only the longest run of two or more zero groups (RFC 5952)", () => {
    const bytes = parseIp("1:0:0:2:0:0:0:3")?.bytes ?? new Uint8Array(16);
    expect(formatIpv6(bytes)).toBe("1:0:0:2::3");
  });
});

describe("isPublicIp", () => {
  it.each([
    "10.1.2.3",
    "100.64.0.1",
    "127.0.0.1",
    "169.254.1.1",
    "172.16.5.5",
    "172.31.255.255",
    "192.0.0.8",
    "192.0.2.1",
    "192.168.0.1",
    "198.18.0.1",
    "198.19.255.1",
    "198.51.100.7",
    "203.0.113.5",
    "224.0.0.1",
    "240.0.0.1",
    "255.255.255.255",
    "0.1.2.3",
    "::",
    "::1",
    "100::1",
    "2001:db8::5",
    "fc00::1",
    "fd12::1",
    "fe80::1",
    "fec0::1",
    "ff02::1",
    "::ffff:10.0.0.1",
  ])("%s is not public", (text) => {
    const ip = parseIp(text);
    expect(ip).not.toBeNull();
    expect(ip && isPublicIp(ip)).toBe(false);
  });

  it.each(["8.8.8.8", "172.32.0.1", "100.128.0.1", "198.20.0.1", "2603:10b6::1", "2a01:111::1", "::ffff:8.8.4.4"])(
    "%s is public",
    (text) => {
      const ip = parseIp(text);
      expect(ip && isPublicIp(ip)).toBe(true);
    },
  );
});
