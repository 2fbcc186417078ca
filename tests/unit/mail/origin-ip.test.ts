import { describe, expect, it } from "vitest";
import { findOriginIp, ipCandidates } from "../../../src/lib/mail/origin-ip.ts";

describe("ipCandidates", () => {
  it("takes [..] (trimmed, IPv6: removed) and innermost (..) in order of the opening bracket", () => {
    const value = "from a (b [ 192.0.2.1 ]) ([IPv6:2001:db8::1]) (8.8.8.8) by x";
    expect(ipCandidates(value).map((c) => c.ip.text)).toEqual(["192.0.2.1", "2001:db8::1", "8.8.8.8"]);
  });

  it("ignores bare IPs, ports, user@ip and helo=ip", () => {
    expect(ipCandidates("from 1.2.3.4 ([1.2.3.4:25]) (user@1.2.3.4) (helo=1.2.3.4) by x")).toEqual([]);
  });

  it("does not count an outer parenthesis that holds a nested one", () => {
    expect(ipCandidates("from x ((1.2.3.4) 5.6.7.8)").map((c) => c.ip.text)).toEqual(["1.2.3.4"]);
  });
});

describe("findOriginIp", () => {
  it("walks from the bottom-most Received up and skips private addresses", () => {
    const received = [
      "from mx.example.net (mx.example.net [8.8.8.8]) by mail.example.org; Mon, 1 Jan 2024 00:00:02 +0000",
      "from sender (unknown [10.0.0.5]) by mx.example.net; Mon, 1 Jan 2024 00:00:01 +0000",
    ];
    expect(findOriginIp(received)).toBe("8.8.8.8");
  });

  it("reads Microsoft's IPv6 in parentheses and writes it in RFC 5952 form", () => {
    expect(findOriginIp(["from A.outlook.com (2603:10B6:208:52F:0:0:0:35) by B.outlook.com"])).toBe(
      "2603:10b6:208:52f::35",
    );
  });

  it("reports IPv4-mapped IPv6 as IPv4", () => {
    expect(findOriginIp(["from x ([IPv6:::ffff:93.184.216.34]) by y"])).toBe("93.184.216.34");
  });

  it("gives null when no header has a public candidate", () => {
    expect(findOriginIp(["from localhost ([127.0.0.1]) by y", "from x (fe80::1) by y"])).toBeNull();
    expect(findOriginIp([])).toBeNull();
  });
});
