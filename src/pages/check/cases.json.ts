/**
 * `/check/cases.json`: the paths and titles of the cases in `/check/cases.bin`, in the same order,
 * fetched by the checker only when a reader's message matches one of them.
 */
import type { APIRoute } from "astro";
import { getCaseIndex } from "../../utils/case-index.ts";

export const GET: APIRoute = async () =>
  new Response(JSON.stringify((await getCaseIndex()).cases), { headers: { "Content-Type": "application/json" } });
