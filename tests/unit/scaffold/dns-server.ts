/**
 * A tiny DNS server on 127.0.0.1 for tests (UDP, RFC 1035 wire format): answers A, AAAA and MX from
 * a table, NXDOMAIN for names marked so, and nothing at all for names marked `silent` (a time-out).
 * Counts the queries it gets, so a test can tell that nothing was asked.
 */
import { createSocket, type Socket } from "node:dgram";

export type Zone = Record<string, { a?: string[]; aaaa?: string[]; mx?: string[] } | "nxdomain" | "silent">;

export interface TestDnsServer {
  address: string;
  queries: { name: string; type: number }[];
  close(): Promise<void>;
}

function encodeName(name: string): Buffer {
  const parts = name.split(".").filter((p) => p !== "");
  return Buffer.concat([
    ...parts.map((p) => Buffer.concat([Buffer.from([p.length]), Buffer.from(p, "ascii")])),
    Buffer.from([0]),
  ]);
}

function ipv6Bytes(text: string): Buffer {
  const [head = "", tail = ""] = text.split("::");
  const h = head ? head.split(":") : [];
  const t = text.includes("::") && tail ? tail.split(":") : [];
  const groups = [...h, ...Array<string>(8 - h.length - t.length).fill("0"), ...t];
  const out = Buffer.alloc(16);
  groups.forEach((g, i) => out.writeUInt16BE(parseInt(g, 16), i * 2));
  return out;
}

function record(type: number, data: Buffer): Buffer {
  const head = Buffer.alloc(12);
  head.writeUInt16BE(0xc00c, 0); // pointer to the question's name
  head.writeUInt16BE(type, 2);
  head.writeUInt16BE(1, 4); // IN
  head.writeUInt32BE(60, 6);
  head.writeUInt16BE(data.length, 10);
  return Buffer.concat([head, data]);
}

export function startDnsServer(zone: Zone): Promise<TestDnsServer> {
  const queries: { name: string; type: number }[] = [];
  const socket: Socket = createSocket("udp4");
  socket.on("message", (msg, peer) => {
    if (msg.length < 12) return;
    let offset = 12;
    const labels: string[] = [];
    while (offset < msg.length && msg[offset] !== 0) {
      const len = msg[offset] ?? 0;
      labels.push(msg.subarray(offset + 1, offset + 1 + len).toString("ascii"));
      offset += len + 1;
    }
    offset += 1;
    const type = msg.readUInt16BE(offset);
    const questionEnd = offset + 4;
    const name = labels.join(".").toLowerCase();
    queries.push({ name, type });
    const entry = zone[name];
    if (entry === "silent") return;
    const answers: Buffer[] = [];
    if (entry && entry !== "nxdomain") {
      if (type === 1) for (const ip of entry.a ?? []) answers.push(record(1, Buffer.from(ip.split(".").map(Number))));
      if (type === 28) for (const ip of entry.aaaa ?? []) answers.push(record(28, ipv6Bytes(ip)));
      if (type === 15)
        (entry.mx ?? []).forEach((host, i) => {
          const pref = Buffer.alloc(2);
          pref.writeUInt16BE(10 * (i + 1));
          answers.push(record(15, Buffer.concat([pref, encodeName(host)])));
        });
    }
    const header = Buffer.alloc(12);
    header.writeUInt16BE(msg.readUInt16BE(0), 0);
    const rcode = entry === undefined || entry === "nxdomain" ? 3 : 0;
    header.writeUInt16BE(0x8180 | (msg.readUInt16BE(2) & 0x0100) | rcode, 2);
    header.writeUInt16BE(1, 4);
    header.writeUInt16BE(answers.length, 6);
    socket.send(Buffer.concat([header, msg.subarray(12, questionEnd), ...answers]), peer.port, peer.address);
  });
  return new Promise((resolve) => {
    socket.bind(0, "127.0.0.1", () => {
      const { port } = socket.address();
      resolve({
        address: `127.0.0.1:${port}`,
        queries,
        close: () => new Promise<void>((done) => socket.close(() => done())),
      });
    });
  });
}
