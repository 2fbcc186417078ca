/// <reference lib="webworker" />
/**
 * Runs the analysis off the main thread, so a large .eml or .msg never freezes the page. Fetches the
 * brand registry's compact data from the site once, then checks inputs (pasted text or a file's bytes)
 * and answers with plain data: the analysis and its verdict at once, then the same with the holders of
 * its IPs and its highlighted headers. It fetches only from the site itself, and only what an input
 * needs: the suffix list's chunks for the TLDs it names, the HTML parser when it may hold HTML, the
 * Outlook reader for a .msg, the highlighter and the IP-owner data for a mail. Never the input.
 */
import { toView, type AnalysisView } from "../../lib/analysis/view.ts";
import type { Brand } from "../../lib/brand.ts";
import { runCheck } from "../../lib/checker/run-check.ts";
import { createIpOwnerLookup } from "../../lib/ip-owner/lookup.ts";
import { fetchLoader } from "../../lib/ip-owner/fetch-loader.ts";
import { loadSuffixesFor } from "../../lib/url/suffix/chunked-tldts.ts";

export type CheckerRequest = {
  type: "check";
  id: number;
  input: string | Uint8Array;
  /** How the reader says the message came, when they say. */
  channel?: "sms" | "mail" | undefined;
};
export type CheckerResponse =
  { type: "result"; id: number; result: AnalysisView; final: boolean } | { type: "error"; id: number; message: string };

declare const self: DedicatedWorkerGlobalScope;
const origin = self.location.origin;
const lookup = createIpOwnerLookup(fetchLoader(new URL("/ip-owner/", origin)));
let brands: Promise<Brand[]> | null = null;
const loadBrands = () =>
  (brands ??= fetch(new URL("/check/brands.json", origin))
    .then((r) => (r.ok ? (r.json() as Promise<Brand[]>) : []))
    .catch(() => {
      brands = null;
      return [];
    }));
// Started at once: the registry is ready by the time the reader presses 調べる.
void loadBrands();

self.onmessage = async (event: MessageEvent<CheckerRequest>) => {
  const message = event.data;
  try {
    await runCheck(
      message.input,
      await loadBrands(),
      {
        readMsg: () => import("../../lib/msg/read-msg.ts").then((m) => m.readMsg),
        readHtml: () => import("../../lib/html/html-to-view.ts").then((m) => m.htmlToView),
        messagePart: () => import("../../lib/analysis/message-part.ts"),
        prepare: (input) => loadSuffixesFor(input, new URL("/suffix/", origin)),
        highlight: () => import("../../lib/highlight/header-tokens.ts").then((m) => m.tokeniseHeaders),
        lookup,
        channel: message.channel,
      },
      (result, final) =>
        self.postMessage({ type: "result", id: message.id, result: toView(result), final } satisfies CheckerResponse),
    );
  } catch (error) {
    self.postMessage({ type: "error", id: message.id, message: String(error) } satisfies CheckerResponse);
  }
};
