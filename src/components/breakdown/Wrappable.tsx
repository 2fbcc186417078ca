/**
 * Text that may hold domains, IP addresses and URLs, rendered so that they wrap only where a reader
 * expects: after a dot (`[.]` too) or a slash, never inside a name (issue 20). Japanese text around
 * them wraps as usual. A run with no such place that is too long to fit may still break, so the page
 * never scrolls sideways.
 */
import "./wrappable.css";

const ADDRESS_RUN = /[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]{8,}/g;
const BREAK_AFTER = /(\[\.\]|[./?&=])/;
/** A piece between break points longer than this may break anywhere (it would not fit a phone). */
const LONGEST_UNBROKEN = 28;

function run(text: string) {
  const pieces = text.split(BREAK_AFTER).filter((p) => p !== "");
  const parts: (string | null)[] = [];
  for (const piece of pieces) {
    parts.push(piece);
    if (BREAK_AFTER.test(piece)) parts.push(null);
  }
  const long = pieces.some((p) => p.length > LONGEST_UNBROKEN);
  return <span class={long ? "wr wr--long" : "wr"}>{parts.map((p) => (p === null ? <wbr /> : p))}</span>;
}

export function Wrappable({ text }: { text: string }) {
  const out: (string | ReturnType<typeof run>)[] = [];
  let last = 0;
  for (const m of text.matchAll(ADDRESS_RUN)) {
    if (m.index > last) out.push(text.slice(last, m.index));
    out.push(run(m[0]));
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push(text.slice(last));
  return <>{out}</>;
}
