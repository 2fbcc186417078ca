import { describe, expect, it } from "vitest";
import { toIsoSeconds } from "../../../src/lib/mail/date.ts";
import { parseReceived } from "../../../src/lib/mail/received.ts";

const at = (value: string): string | null => {
  const date = parseReceived(value).date;
  return date ? toIsoSeconds(date.date) : null;
};

describe("parseReceived", () => {
  it("reads Postfix", () => {
    const value =
      "from lists.sourceforge.net (lists.sourceforge.net [216.105.38.7])\tby mail.lfdr.de (Postfix) with ESMTPS id 24D3AB068B8\tfor <lists+industrypack-devel@lfdr.de>; Tue, 15 Jul 2025 23:41:33 +0200 (CEST)";
    expect(parseReceived(value)).toMatchObject({
      from: "lists.sourceforge.net",
      fromComment: "lists.sourceforge.net [216.105.38.7]",
      by: "mail.lfdr.de",
      with: "ESMTPS",
      id: "24D3AB068B8",
      for: "lists+industrypack-devel@lfdr.de",
      ip: "216.105.38.7",
    });
    expect(at(value)).toBe("2025-07-15T21:41:33Z");
  });

  it("reads Exim (address literal first, helo= in a comment)", () => {
    const value =
      "from [172.30.29.66] (helo=mx.sourceforge.net) by sfs-ml-1.v29.lw.sourceforge.com with esmtps (TLS1.2) tls TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384 (Exim 4.95) (envelope-from <noreply836@zhenquanjp.org>) id 1ubnP0-0004uo-Ra; Tue, 15 Jul 2025 21:41:31 +0000";
    expect(parseReceived(value)).toMatchObject({
      from: "[172.30.29.66]",
      by: "sfs-ml-1.v29.lw.sourceforge.com",
      with: "esmtps",
      id: "1ubnP0-0004uo-Ra",
      ip: "172.30.29.66",
    });
  });

  it("reads Exim with a HELO literal and the real address after it", () => {
    expect(
      parseReceived(
        "from host.example ([10.0.0.1]) [198.51.100.9] (helo=[10.0.0.1]) by mx with esmtp; Mon, 1 Jan 2024 00:00:00 +0000",
      ).ip,
    ).toBe("198.51.100.9");
  });

  it("reads Sendmail", () => {
    const value =
      "from client.example.net (client.example.net [203.0.114.5] (may be forged)) by mx.example.org (8.14.4/8.14.4) with ESMTP id p1234 for <taro@example.org>; Mon, 1 Jan 2024 09:00:00 +0900";
    expect(parseReceived(value)).toMatchObject({
      from: "client.example.net",
      by: "mx.example.org",
      with: "ESMTP",
      id: "p1234",
      for: "taro@example.org",
      ip: "203.0.114.5",
    });
  });

  it("reads qmail", () => {
    expect(parseReceived("(qmail 12345 invoked by uid 89); 1 Jan 2024 00:00:00 -0000")).toMatchObject({
      from: null,
      by: null,
    });
    expect(
      parseReceived(
        "from unknown (HELO mail.example) (93.184.216.34) by mx.example with SMTP; 1 Jan 2024 00:00:00 -0000",
      ),
    ).toMatchObject({ from: "unknown", by: "mx.example", with: "SMTP", ip: "93.184.216.34" });
  });

  it("reads Exchange / Outlook.com with IPv6 in parentheses and via", () => {
    const value =
      "from MN1PEPF0000F0DE.namprd04.prod.outlook.com (2603:10b6:208:52f:cafe::4) by MN0PR03CA0021.outlook.office365.com (2603:10b6:208:52f::35) with Microsoft SMTP Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.7828.26 via Frontend Transport; Sun, 4 Aug 2024 22:57:47 +0000";
    expect(parseReceived(value)).toMatchObject({
      from: "MN1PEPF0000F0DE.namprd04.prod.outlook.com",
      by: "MN0PR03CA0021.outlook.office365.com",
      with: "Microsoft SMTP Server",
      id: "15.20.7828.26",
      via: "Frontend Transport",
      ip: "2603:10b6:208:52f:cafe::4",
    });
  });

  it("reads Gmail (IPv6 literal with IPv6: prefix, by an IPv6 host)", () => {
    const value =
      "from jrtngwuy.ca ([2601:806:8300:7b8:ac03:4531:a569:d062]) by smtp.gmail.com with ESMTPSA id e9e14a558f8ab-3e246242377sm40041685ab.61 for <list@example.org> (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256); Tue, 15 Jul 2025 14:41:29 -0700 (PDT)";
    expect(parseReceived(value)).toMatchObject({
      from: "jrtngwuy.ca",
      by: "smtp.gmail.com",
      with: "ESMTPSA",
      for: "list@example.org",
      ip: "2601:806:8300:7b8:ac03:4531:a569:d062",
    });
    expect(
      parseReceived("by 2002:a05:6a10:a90e:b0:4a5:1234:5678 with SMTP id abc; Mon, 1 Jan 2024 00:00:00 -0800").by,
    ).toBe("2002:a05:6a10:a90e:b0:4a5:1234:5678");
    expect(parseReceived("from x ([IPv6:2001:4860:4864::1]) by y; Mon, 1 Jan 2024 00:00:00 +0000").ip).toBe(
      "2001:4860:4864::1",
    );
  });

  it("finds the date when the ; before it is missing", () => {
    expect(at("from a (a [8.8.8.8]) by b with SMTP id 1 Mon, 1 Jan 2024 10:00:00 +0900")).toBe("2024-01-01T01:00:00Z");
  });

  it("gives nulls, not errors, for junk", () => {
    expect(parseReceived("")).toMatchObject({
      from: null,
      by: null,
      with: null,
      id: null,
      for: null,
      ip: null,
      date: null,
    });
    expect(parseReceived("(((((").from).toBeNull();
  });
});

describe("SendGrid forms without a semicolon", () => {
  it("reads a date with fractional seconds and a Go-style timestamp", () => {
    expect(
      at(
        "from MTU1NjMwNjI (unknown) by geopod-ismtpd-10 (SG) with HTTP id L5JP2PTpS4uXXSJPGMqxoQ Wed, 25 Oct 2023 17:40:23.177 +0000 (UTC)",
      ),
    ).toBe("2023-10-25T17:40:23Z");
    const go = parseReceived(
      "by filterdrecv-ff8dddcb7-bdll6 with SMTP id filterdrecv-ff8dddcb7-bdll6-1-65395307-40 2023-10-25 17:40:23.278749596 +0000 UTC m=+687519.342685076",
    );
    expect(go).toMatchObject({
      by: "filterdrecv-ff8dddcb7-bdll6",
      with: "SMTP",
      id: "filterdrecv-ff8dddcb7-bdll6-1-65395307-40",
    });
    expect(go.date && toIsoSeconds(go.date.date)).toBe("2023-10-25T17:40:23Z");
  });
});
