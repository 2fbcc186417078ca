/**
 * The brand registry as the checker's worker reads it (`/check/brands.json`): the compiled brands
 * (names, sourced domains, contact facts with the one page each reason cites), built once per build
 * and fetched by the worker from the site itself instead of being inlined in the page.
 */
import type { APIRoute } from "astro";
import { compactBrandsForChecker } from "../../lib/brand/compact.ts";
import { getBrandRegistry } from "../../utils/content.ts";

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(compactBrandsForChecker(await getBrandRegistry())), {
    headers: { "Content-Type": "application/json" },
  });
