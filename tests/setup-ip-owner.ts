/**
 * Vitest global setup: compiles the offline IP-owner data once (a few seconds on a fresh clone)
 * before any test runs, so that no test spends its time limit on the first compile.
 */
import { ensureIpOwnerData } from "../src/lib/ip-owner/store.node.ts";

export default function setup(): void {
  ensureIpOwnerData(new URL("..", import.meta.url).pathname);
}
