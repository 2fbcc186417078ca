/**
 * Where the browser tests find Chromium. We never download a browser: the machine's own Chromium is
 * used (Debian's `chromium` package), or the one named by CHROMIUM_PATH.
 */
import { existsSync } from "node:fs";

const candidates = [
  process.env.CHROMIUM_PATH,
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome",
];

export function findChromium(): string | undefined {
  return candidates.find((p): p is string => !!p && existsSync(p));
}

/** Flags that keep Chromium quiet on a closed network and let it run as root in a container. */
export const chromiumArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-default-apps",
  "--disable-extensions",
];
