#!/usr/bin/env node
// A small static server for the built site (dist/), used by the browser tests instead of
// `astro preview` (which refuses to start while another preview of the project runs). Serves
// `index.html` for folders and `404.html` with status 404, like a static host, with the security
// headers README.md ("Security headers") asks a host to add.
// Usage: node tests/e2e/serve-dist.mjs [port] [dir]
import { createServer } from "node:http";
import { existsSync } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { createHash } from "node:crypto";

const port = Number(process.argv[2] ?? 4329);
const root = resolve(process.argv[3] ?? new URL("../../dist", import.meta.url).pathname);
if (!existsSync(join(root, "index.html"))) {
  console.error(`✖ serve-dist: ${root} holds no built site (no index.html): run \`npm run build\` first.`);
  process.exit(1);
}

const types = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".xml": "application/xml; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".webp": "image/webp",
  ".avif": "image/avif",
  ".txt": "text/plain; charset=utf-8",
  ".wasm": "application/wasm",
  ".pf_meta": "application/octet-stream",
  ".pf_index": "application/octet-stream",
  ".pf_fragment": "application/octet-stream",
  ".pagefind": "application/octet-stream",
};

// The headers a host adds (README.md, "Security headers"); HSTS is left out on plain-HTTP localhost.
const securityHeaders = {
  "content-security-policy": "frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'",
  "x-content-type-options": "nosniff",
  "referrer-policy": "no-referrer",
  "cross-origin-opener-policy": "same-origin",
  "permissions-policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
};

/** Compressed bodies by file and content (a rebuild of dist/ while the server runs is served fresh). */
const compressed = new Map();
function gzipped(file, raw) {
  const key = `${file}\0${createHash("sha1").update(raw).digest("hex")}`;
  let body = compressed.get(key);
  if (!body) {
    body = gzipSync(raw, { level: 6 });
    compressed.set(key, body);
  }
  return body;
}

async function resolveFile(pathname) {
  const safe = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, "");
  let file = join(root, safe);
  if (!file.startsWith(root)) return null;
  try {
    const s = await stat(file);
    if (s.isDirectory()) file = join(file, "index.html");
    await stat(file);
    return file;
  } catch {
    return null;
  }
}

createServer(async (req, res) => {
  const url = new URL(req.url ?? "/", "http://localhost");
  let file = null;
  try {
    file = await resolveFile(url.pathname);
  } catch {
    file = null;
  }
  const status = file ? 200 : 404;
  file ??= join(root, "404.html");
  try {
    const raw = await readFile(file);
    const type = types[extname(file)] ?? "application/octet-stream";
    // Compressed as a static host or CDN would (text only), so byte and time measurements are realistic.
    const gzip = /gzip/.test(req.headers["accept-encoding"] ?? "") && /text|json|javascript|xml|svg/.test(type);
    const body = gzip ? gzipped(file, raw) : raw;
    res.writeHead(status, {
      "content-type": type,
      // As a static host serves a build: files named by their content's hash are kept for good; the
      // rest (pages, data whose name does not change) is fetched again each time.
      "cache-control": url.pathname.startsWith("/_astro/") ? "public, max-age=31536000, immutable" : "no-store",
      ...(gzip ? { "content-encoding": "gzip", vary: "accept-encoding" } : {}),
      ...securityHeaders,
    });
    res.end(req.method === "HEAD" ? undefined : body);
  } catch {
    res.writeHead(404, { "content-type": "text/plain" });
    res.end("not found");
  }
})
  .on("error", (error) => {
    // Never fall back to whatever holds the port: it may serve another build (a server left over
    // from an earlier run, or another checkout's).
    console.error(
      error.code === "EADDRINUSE"
        ? `✖ serve-dist: port ${port} on 127.0.0.1 is already in use (a test server left over from an earlier run, or another program). Stop it, or choose another port with E2E_PORT.`
        : `✖ serve-dist: cannot serve on port ${port}: ${error.message}`,
    );
    process.exit(1);
  })
  .listen(port, "127.0.0.1", () => console.log(`serving ${root} at http://127.0.0.1:${port}/`));
