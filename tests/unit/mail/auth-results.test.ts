import { describe, expect, it } from "vitest";
import { readAuthResults, readMethod } from "../../../src/lib/mail/auth-results.ts";
import { parseHeaderFields } from "../../../src/lib/mail/headers.ts";

describe("readAuthResults", () => {
  it("reads Microsoft's form, with compauth and `header.d=none;dmarc=` without a space", () => {
    const fields = parseHeaderFields(
      "Authentication-Results: spf=softfail (sender IP is 52.100.164.247)\n smtp.mailfrom=evil.example; dkim=none (message not signed)\n header.d=none;dmarc=fail action=none header.from=amazon.co.jp;compauth=fail\n reason=001\nAuthentication-Results: spf=pass smtp.mailfrom=forged.example; dkim=pass; dmarc=pass\nARC-Seal: i=1; a=rsa-sha256; cv=none; d=microsoft.com\n",
    );
    const auth = readAuthResults(fields);
    expect(auth.spf).toMatchObject({
      result: "softfail",
      comment: "sender IP is 52.100.164.247",
      properties: { "smtp.mailfrom": "evil.example" },
    });
    expect(auth.dkim?.result).toBe("none");
    expect(auth.dmarc).toMatchObject({ result: "fail", properties: { "header.from": "amazon.co.jp" } });
    expect(auth.compauth?.result).toBe("fail");
    expect(auth.arc?.result).toBe("none");
    expect(auth.count).toBe(2);
    expect(auth.header?.lineIndex).toBe(0);
  });

  it("reads the run of headers one server wrote above its Received line together (e18e1a17e725, lists.ozlabs.org)", () => {
    const fields = parseHeaderFields(
      [
        "Authentication-Results: lists.ozlabs.org; spf=pass (sender SPF authorized)",
        " smtp.mailfrom=em5045.urutrade.com",
        "Authentication-Results: lists.ozlabs.org;",
        " dmarc=none (p=none dis=none) header.from=urutrade.com",
        "Authentication-Results: lists.ozlabs.org; dkim=pass (1024-bit key;",
        " unprotected) header.d=urutrade.com",
        "Received: from wrqvrqkq.outbound-mail.sendgrid.net by lists.ozlabs.org; Fri, 1 Apr 2022 00:00:00 +0000",
        "Authentication-Results: lists.ozlabs.org; dkim=fail",
        "",
      ].join("\n"),
    );
    const auth = readAuthResults(fields);
    expect(auth.spf?.result).toBe("pass");
    expect(auth.dmarc).toMatchObject({ result: "none", properties: { "header.from": "urutrade.com" } });
    // The one below the Received line was there before that server: the sender could have written it.
    expect(auth.dkim).toMatchObject({ result: "pass", properties: { "header.d": "urutrade.com" } });
  });

  it("uses only the top-most header, even when a lower one has more", () => {
    const fields = parseHeaderFields(
      "Authentication-Results: mx.example; dkim=pass header.d=a.example\nAuthentication-Results: mx.example; spf=pass\n",
    );
    const auth = readAuthResults(fields);
    expect(auth.spf).toBeNull();
    expect(auth.dkim?.result).toBe("pass");
    expect(auth.authservId).toBe("mx.example");
  });

  it("does not take dkim-atps= or x-dkim= for dkim", () => {
    expect(readMethod("mx; dkim-atps=neutral; x-dkim=pass", "dkim")).toBeNull();
    expect(readMethod("mx;dkim = FAIL reason=x", "dkim")?.result).toBe("fail");
  });

  it("reads Gmail's arc= and bestguesspass", () => {
    const fields = parseHeaderFields(
      "Authentication-Results: mx.google.com; arc=fail (signature failed); spf=pass smtp.mailfrom=a.example; dmarc=bestguesspass header.from=a.example\n",
    );
    const auth = readAuthResults(fields);
    expect(auth.arc?.result).toBe("fail");
    expect(auth.dmarc?.result).toBe("bestguesspass");
  });

  it("gives nulls without the header", () => {
    expect(readAuthResults([])).toMatchObject({
      spf: null,
      dkim: null,
      dmarc: null,
      arc: null,
      compauth: null,
      receivedSpf: null,
      header: null,
      count: 0,
    });
  });

  it("reads the top-most Received-SPF as a second opinion", () => {
    const fields = parseHeaderFields(
      "Received-SPF: SoftFail (protection.outlook.com: domain of transitioning evil.example discourages use of 192.0.2.1 as permitted sender)\nReceived-SPF: Pass\n",
    );
    expect(readAuthResults(fields).receivedSpf).toEqual({
      result: "softfail",
      properties: {},
      comment:
        "protection.outlook.com: domain of transitioning evil.example discourages use of 192.0.2.1 as permitted sender",
    });
  });
});
