/// <reference lib="webworker" />
/**
 * Runs the mail analysis off the main thread, so a large .eml never freezes the page. Receives the
 * brand registry once, then mails to check; answers with plain data. Makes no network request.
 */
import type { Brand } from "../../lib/brand.ts";
import { checkMail } from "../../lib/checker/check-mail.ts";

export type CheckerRequest =
  { type: "brands"; brands: Brand[] } | { type: "check"; id: number; input: string | Uint8Array };
export type CheckerResponse =
  { type: "result"; id: number; result: ReturnType<typeof checkMail> } | { type: "error"; id: number; message: string };

declare const self: DedicatedWorkerGlobalScope;
let brands: Brand[] = [];

self.onmessage = (event: MessageEvent<CheckerRequest>) => {
  const message = event.data;
  if (message.type === "brands") {
    brands = message.brands;
    return;
  }
  try {
    self.postMessage({
      type: "result",
      id: message.id,
      result: checkMail(message.input, brands),
    } satisfies CheckerResponse);
  } catch (error) {
    self.postMessage({ type: "error", id: message.id, message: String(error) } satisfies CheckerResponse);
  }
};
