/**
 * Authentication-Results (RFC 8601) as written by Gmail, Microsoft (compauth, `header.d=none;dmarc=`
 * without a space, `bestguesspass`) and the rest. Only the top-most header counts: it is the one the
 * receiving server added; lower ones may have been written by the sender.
 */
import { getHeader, type HeaderField } from "./headers.ts";

/** One method's verdict with the properties that follow it. */
export interface AuthVerdict {
  /** Lower-case result word as written: pass, fail, softfail, none, neutral, temperror… */
  result: string;
  /** Properties such as `smtp.mailfrom`, `header.d`, `header.from`, lower-cased keys. */
  properties: Record<string, string>;
  /** The comment that followed the result, e.g. `sender IP is 192.0.2.1`. */
  comment: string | null;
}

/** The verdicts of one mail. */
export interface AuthResults {
  spf: AuthVerdict | null;
  dkim: AuthVerdict | null;
  dmarc: AuthVerdict | null;
  /** Microsoft's composite authentication (`compauth=fail reason=001`). */
  compauth: AuthVerdict | null;
  /** `arc=` in the top-most Authentication-Results, else `cv=` of the top-most ARC-Seal. */
  arc: AuthVerdict | null;
  /** The top-most Received-SPF header's verdict (`Pass`, `SoftFail`… lower-cased), a second opinion on SPF. */
  receivedSpf: AuthVerdict | null;
  /** The server that wrote the header (its authserv-id), when present. */
  authservId: string | null;
  /** The header the verdicts come from, or null when the mail has none. */
  header: HeaderField | null;
  /** How many Authentication-Results headers the mail has. */
  count: number;
}

/** Reads `method=result` (and what follows it up to the next `;`) from one header value. */
export function readMethod(value: string, method: string): AuthVerdict | null {
  const text = value.replace(/\s+/g, " ");
  const pattern = new RegExp(`(?:^|[\\s;])${method}\\s*=\\s*([A-Za-z]+)`, "i");
  const match = pattern.exec(text);
  if (!match) return null;
  const start = match.index + match[0].length;
  const semicolon = text.indexOf(";", start);
  const rest = text.slice(start, Math.min(semicolon < 0 ? text.length : semicolon, start + 1000));
  const properties: Record<string, string> = {};
  for (const property of rest.matchAll(/([A-Za-z][\w-]*\.[\w.-]+)\s*=\s*("[^"]*"|[^\s;()]+)/g)) {
    const key = (property[1] ?? "").toLowerCase();
    if (!(key in properties)) properties[key] = (property[2] ?? "").replace(/^"|"$/g, "");
  }
  const comment = /^\s*\(([^()]*)\)/.exec(rest);
  return { result: (match[1] ?? "").toLowerCase(), properties, comment: comment ? (comment[1] ?? "").trim() : null };
}

/** Reads the verdicts from the top-most Authentication-Results (and ARC-Seal for `arc`). */
export function readAuthResults(fields: readonly HeaderField[]): AuthResults {
  const all = fields.filter((field) => field.name.toLowerCase() === "authentication-results");
  const top = all[0] ?? null;
  const value = top?.value ?? "";
  let arc = top ? readMethod(value, "arc") : null;
  if (!arc) {
    const seal = getHeader(fields, "ARC-Seal");
    const cv = seal ? /(?:^|[\s;])cv\s*=\s*([A-Za-z]+)/i.exec(seal.value) : null;
    if (cv) arc = { result: (cv[1] ?? "").toLowerCase(), properties: {}, comment: null };
  }
  const receivedSpfField = getHeader(fields, "Received-SPF");
  const receivedSpfMatch = receivedSpfField ? /^\s*([A-Za-z]+)\s*(?:\(([^()]*)\))?/.exec(receivedSpfField.value) : null;
  const receivedSpf: AuthVerdict | null = receivedSpfMatch
    ? {
        result: (receivedSpfMatch[1] ?? "").toLowerCase(),
        properties: {},
        comment: receivedSpfMatch[2]?.trim() ?? null,
      }
    : null;
  const authserv = /^\s*([^\s;]+)/.exec(value);
  const authservId = authserv && !(authserv[1] ?? "").includes("=") ? (authserv[1] ?? null) : null;
  return {
    spf: top ? readMethod(value, "spf") : null,
    dkim: top ? readMethod(value, "dkim") : null,
    dmarc: top ? readMethod(value, "dmarc") : null,
    compauth: top ? readMethod(value, "compauth") : null,
    arc,
    receivedSpf,
    authservId,
    header: top,
    count: all.length,
  };
}
