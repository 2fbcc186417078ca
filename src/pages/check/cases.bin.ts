/**
 * `/check/cases.bin`: the casebook's text fingerprints (src/lib/template/case-index.ts), which the
 * checker fetches after showing its verdict to tell a reader that their message is a known case.
 */
import type { APIRoute } from "astro";
import { getCaseIndex } from "../../utils/case-index.ts";

export const GET: APIRoute = async () =>
  new Response(new Uint8Array((await getCaseIndex()).index), {
    headers: { "Content-Type": "application/octet-stream" },
  });
