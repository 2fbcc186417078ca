/**
 * Turns a failed zod parse of a component's props into one message an author can act on: which
 * component, which prop, what it received and what it expects. `astro check` cannot see props written
 * inside MDX, so this run-time message is how authors learn about a wrong prop.
 */

/** What a failed zod parse reports (zod's `ZodError`, of which only this is read): no Astro import here. */
export interface PropIssues {
  issues: readonly { path: readonly PropertyKey[]; message: string }[];
}

/** A short, safe description of a received value (never the whole of a long string). */
export function describeValue(value: unknown): string {
  if (value === undefined) return "なし（指定されていません）";
  if (value === null) return "null";
  if (typeof value === "string")
    return value.length > 80 ? `"${value.slice(0, 77)}…"（文字列）` : `"${value}"（文字列）`;
  if (typeof value === "number" || typeof value === "boolean")
    return `${String(value)}（${typeof value === "number" ? "数値" : "真偽値"}）`;
  if (Array.isArray(value)) return `配列（${value.length} 要素）`;
  if (typeof value === "function") return "関数";
  return "オブジェクト";
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = input;
  for (const key of path)
    v = v !== null && typeof v === "object" ? (v as Record<PropertyKey, unknown>)[key] : undefined;
  return v;
}

/** One line per problem: `<HeaderBreakdown> の prop "file": 受け取った値 … / 期待する値 …`. */
export function formatPropErrors(component: string, error: PropIssues, input: unknown): string {
  const lines = error.issues.map((issue) => {
    const path = issue.path.length ? issue.path.map(String).join(".") : "(props)";
    return `<${component}> の prop "${path}": 受け取った値は ${describeValue(valueAt(input, issue.path))}。${issue.message}`;
  });
  return lines.join("\n");
}
