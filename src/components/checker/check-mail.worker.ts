/// <reference lib="webworker" />
/**
 * Runs the analysis off the main thread, so a large .eml or .msg never freezes the page. Receives
 * the brand registry once, then inputs to check (pasted text or a file's bytes); answers with plain
 * data. Its only requests are for the pieces of the IP-owner data it needs, from the site itself
 * (`/ip-owner/`), and for its own .msg reader chunk: never the input.
 */
import type { Brand } from "../../lib/brand.ts";
import { checkInputWithOwners, type CheckInputOptions, type InputCheck } from "../../lib/checker/check-input.ts";
import { detectInputKind } from "../../lib/input/detect-kind.ts";
import { createIpOwnerLookup } from "../../lib/ip-owner/lookup.ts";
import { fetchLoader } from "../../lib/ip-owner/fetch-loader.ts";

export type CheckerRequest =
  { type: "brands"; brands: Brand[] } | { type: "check"; id: number; input: string | Uint8Array };
export type CheckerResponse =
  { type: "result"; id: number; result: InputCheck } | { type: "error"; id: number; message: string };

declare const self: DedicatedWorkerGlobalScope;
let brands: Brand[] = [];
const owners = createIpOwnerLookup(fetchLoader(new URL("/ip-owner/", self.location.origin)));

/**
 * The Outlook reader, a separate chunk from this site, loaded in the background as soon as the worker
 * starts (it only defines functions): it never delays the first result, and .msg files can still be
 * read after the connection is lost.
 */
let msgReader: Promise<typeof import("../../lib/msg/read-msg.ts")> | null = null;
const loadMsgReader = () => (msgReader ??= import("../../lib/msg/read-msg.ts"));

async function optionsFor(input: string | Uint8Array): Promise<CheckInputOptions> {
  if (typeof input === "string" || detectInputKind(input).kind !== "msg") return {};
  const { readMsg } = await loadMsgReader();
  return { readMsg };
}

self.onmessage = async (event: MessageEvent<CheckerRequest>) => {
  const message = event.data;
  if (message.type === "brands") {
    brands = message.brands;
    void loadMsgReader().catch(() => (msgReader = null));
    return;
  }
  try {
    const options = await optionsFor(message.input);
    self.postMessage({
      type: "result",
      id: message.id,
      result: await checkInputWithOwners(message.input, brands, options, owners),
    } satisfies CheckerResponse);
  } catch (error) {
    self.postMessage({ type: "error", id: message.id, message: String(error) } satisfies CheckerResponse);
  }
};
