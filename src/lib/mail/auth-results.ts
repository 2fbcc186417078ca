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
  // The method's part ends at the first `;` outside a comment: `dkim=pass (1024-bit key; unprotected) header.d=…`.
  let end = Math.min(text.length, start + 1000);
  for (let i = start, depth = 0; i < end; i++) {
    const c = text[i];
    if (c === "(") depth++;
    else if (c === ")" && depth > 0) depth--;
    else if (c === ";" && depth === 0) {
      end = i;
      break;
    }
  }
  const rest = text.slice(start, end);
  const properties: Record<string, string> = {};
  for (const property of rest.matchAll(/([A-Za-z][\w-]*\.[\w.-]+)\s*=\s*("[^"]*"|[^\s;()]+)/g)) {
    const key = (property[1] ?? "").toLowerCase();
    if (!(key in properties)) properties[key] = (property[2] ?? "").replace(/^"|"$/g, "");
  }
  const comment = /^\s*\(([^()]*)\)/.exec(rest);
  return { result: (match[1] ?? "").toLowerCase(), properties, comment: comment ? (comment[1] ?? "").trim() : null };
}

/**
 * Reads the verdicts from the top-most Authentication-Results, with the ones the same server wrote
 * beside it (and ARC-Seal for `arc`).
 */
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
  const authservOf = (text: string): string | null => {
    const authserv = /^\s*([^\s;]+)/.exec(text);
    return authserv && !(authserv[1] ?? "").includes("=") ? (authserv[1] ?? null) : null;
  };
  const authservId = authservOf(value);
  // A server may write its verdicts as several Authentication-Results headers, one per method, all
  // above the Received line it adds: read those together, not the ones further down (forgeable).
  const topIndex = top ? fields.indexOf(top) : -1;
  const nextReceived = fields.findIndex((f, i) => i > topIndex && f.name.toLowerCase() === "received");
  // Only a run of Authentication-Results right below the top one, by the same server, followed by
  // that server's Received line; without such a Received line, the top one alone.
  const sameHop: HeaderField[] = top ? [top] : [];
  if (top && authservId !== null && nextReceived > topIndex) {
    for (let i = topIndex + 1; i < nextReceived; i++) {
      const field = fields[i];
      if (!field || field.name.toLowerCase() !== "authentication-results" || authservOf(field.value) !== authservId)
        break;
      sameHop.push(field);
    }
  }
  const verdict = (method: string): AuthVerdict | null => {
    for (const field of sameHop) {
      const found = readMethod(field.value, method);
      if (found) return found;
    }
    return null;
  };
  return {
    spf: top ? verdict("spf") : null,
    dkim: top ? verdict("dkim") : null,
    dmarc: top ? verdict("dmarc") : null,
    compauth: top ? verdict("compauth") : null,
    arc,
    receivedSpf,
    authservId,
    header: top,
    count: all.length,
  };
}
