/** DKIM fail, none or missing in the top-most Authentication-Results. */
import { authRule } from "./auth-verdict.ts";

export const dkimResult = authRule("dkim");
