/** SPF fail, softfail, none or missing in the top-most Authentication-Results. */
import { authRule } from "./auth-verdict.ts";

export const spfResult = authRule("spf");
