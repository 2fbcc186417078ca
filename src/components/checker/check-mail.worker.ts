/// <reference lib="webworker" />
/**
 * Runs the analysis off the main thread, so a large .eml or .msg never freezes the page. Receives
 * the brand registry once, then inputs to check (pasted text or a file's bytes); answers with plain
 * data: the analysis and its verdict at once, then (for a mail) the same with the holders of its IPs.
 * Its only requests are for the pieces of the IP-owner data it needs, from the site itself
 * (`/ip-owner/`), and for its own .msg reader chunk when a .msg arrives: never the input.
 */
import { toView, type AnalysisView } from "../../lib/analysis/index.ts";
import type { Brand } from "../../lib/brand.ts";
import { runCheck } from "../../lib/checker/run-check.ts";
import { detectInputKind } from "../../lib/input/detect-kind.ts";
import { createIpOwnerLookup } from "../../lib/ip-owner/lookup.ts";
import { fetchLoader } from "../../lib/ip-owner/fetch-loader.ts";

export type CheckerRequest =
  { type: "brands"; brands: Brand[] } | { type: "check"; id: number; input: string | Uint8Array };
export type CheckerResponse =
  { type: "result"; id: number; result: AnalysisView; final: boolean } | { type: "error"; id: number; message: string };

declare const self: DedicatedWorkerGlobalScope;
let brands: Brand[] = [];
const lookup = createIpOwnerLookup(fetchLoader(new URL("/ip-owner/", self.location.origin)));

self.onmessage = async (event: MessageEvent<CheckerRequest>) => {
  const message = event.data;
  if (message.type === "brands") {
    brands = message.brands;
    return;
  }
  try {
    const isMsg = typeof message.input !== "string" && detectInputKind(message.input).kind === "msg";
    const readMsg = isMsg ? (await import("../../lib/msg/read-msg.ts")).readMsg : undefined;
    await runCheck(message.input, brands, { readMsg, lookup }, (result, final) =>
      self.postMessage({ type: "result", id: message.id, result: toView(result), final } satisfies CheckerResponse),
    );
  } catch (error) {
    self.postMessage({ type: "error", id: message.id, message: String(error) } satisfies CheckerResponse);
  }
};
