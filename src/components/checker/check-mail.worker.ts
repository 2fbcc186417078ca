/// <reference lib="webworker" />
/**
 * Runs the mail analysis off the main thread, so a large .eml never freezes the page. Receives the
 * brand registry once, then mails to check; answers with plain data. Its only requests are for the
 * pieces of the IP-owner data it needs, from the site itself (`/ip-owner/`), never the mail.
 */
import type { Brand } from "../../lib/brand.ts";
import { checkMail, checkMailWithOwners } from "../../lib/checker/check-mail.ts";
import { createIpOwnerLookup } from "../../lib/ip-owner/lookup.ts";
import { fetchLoader } from "../../lib/ip-owner/fetch-loader.ts";

export type CheckerRequest =
  { type: "brands"; brands: Brand[] } | { type: "check"; id: number; input: string | Uint8Array };
export type CheckerResponse =
  { type: "result"; id: number; result: ReturnType<typeof checkMail> } | { type: "error"; id: number; message: string };

declare const self: DedicatedWorkerGlobalScope;
let brands: Brand[] = [];
const owners = createIpOwnerLookup(fetchLoader(new URL("/ip-owner/", self.location.origin)));

self.onmessage = async (event: MessageEvent<CheckerRequest>) => {
  const message = event.data;
  if (message.type === "brands") {
    brands = message.brands;
    return;
  }
  try {
    self.postMessage({
      type: "result",
      id: message.id,
      result: await checkMailWithOwners(message.input, brands, owners),
    } satisfies CheckerResponse);
  } catch (error) {
    self.postMessage({ type: "error", id: message.id, message: String(error) } satisfies CheckerResponse);
  }
};
