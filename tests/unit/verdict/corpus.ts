/**
 * The development corpus (tests/fixtures/texts/corpus.jsonl, see its README): real messages people in
 * Japan received, quoted on public pages, with their labels. Split once by a hash of the id, before
 * any tuning: a third is held out, and the rules are tuned only on the rest.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";

export interface CorpusEntry {
  id: string;
  label: "lure" | "genuine";
  channel: "sms" | "mail" | "line" | "other";
  brand: string | null;
  brandName: string;
  sender: string | null;
  subject: string | null;
  text: string;
  urls: string[];
  received: string | null;
  source: { url: string; title: string | null; checked: string; published: string | null; kind: string };
  note?: string;
  /** False when the quoted message itself does not name the brand (see the README). */
  namesBrand?: boolean;
}

export type Split = "tune" | "holdout";

/** A third of the corpus, chosen by the id's hash, is held out of tuning. */
export function splitOf(id: string): Split {
  return BigInt(`0x${createHash("sha256").update(id).digest("hex")}`) % 3n === 0n ? "holdout" : "tune";
}

export function loadCorpus(file = "corpus.jsonl"): CorpusEntry[] {
  return readFileSync(new URL(`../../fixtures/texts/${file}`, import.meta.url), "utf8")
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => JSON.parse(l) as CorpusEntry);
}

/**
 * The message as a reader would paste it whole: the sender and subject lines their app shows
 * (「差出人: …」「件名: …」), then the text. An SMS's sender is its number or name.
 */
export function asReceived(entry: CorpusEntry): string {
  const lines: string[] = [];
  if (entry.sender) lines.push(`${entry.channel === "mail" ? "差出人" : "送信者"}: ${entry.sender}`);
  if (entry.subject) lines.push(`件名: ${entry.subject}`);
  lines.push(entry.text);
  return lines.join("\n");
}

/** How one entry fared: a lure needs danger or caution, and its brand named when the message names it; a genuine message must not be called danger. */
export function judged(
  entry: CorpusEntry,
  result: { level: string; claimedBrandIds: readonly string[] },
): { ok: boolean; named: boolean } {
  const named = entry.brand === null || result.claimedBrandIds.includes(entry.brand);
  if (entry.label === "genuine") return { ok: result.level !== "danger", named };
  const warned = result.level === "danger" || result.level === "caution";
  return { ok: warned && (named || entry.namesBrand === false), named };
}
