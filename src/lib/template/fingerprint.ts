/**
 * A mail's template fingerprint: the MinHash signature of the character shingles of its masked,
 * normalised body text. Two mails whose fingerprints agree on at least {@link TEMPLATE_THRESHOLD}
 * of their positions carry the same text, whatever brand each one names.
 */
import type { Brand } from "../brand/brand.ts";
import { mailText } from "./body-text.ts";
import { minHashSignature, shingleHashes, estimateSimilarity } from "./minhash.ts";
import { normaliseTemplateText } from "./normalize.ts";

/**
 * The lowest estimated similarity at which two mails count as the same template. Measured on the
 * fixtures' text as the build reads it (the parse5 safe view for HTML; tests/unit/template/fixtures.test.ts
 * records the scores): brand-swapped copies score 0.9–1.0, the two real same-template variants 0.32
 * and 0.41, the closest of the other 946 pairs 0.14. 0.25 sits in that gap.
 */
export const TEMPLATE_THRESHOLD = 0.25;

/** Below this many characters of normalised text a body says too little to compare. */
export const MIN_TEMPLATE_CHARS = 80;

export interface TemplateFingerprint {
  signature: Uint32Array;
  /** Length of the normalised text, in UTF-16 code units. */
  length: number;
}

export interface FingerprintOptions {
  brands: readonly Brand[];
  /** The recipient's addresses, masked in the text. */
  recipients?: readonly string[];
}

/** The fingerprint of a body text, or null when it holds too little text to compare. */
export function fingerprintText(text: string, options: FingerprintOptions): TemplateFingerprint | null {
  const normalised = normaliseTemplateText(text, options);
  if (normalised.length < MIN_TEMPLATE_CHARS) return null;
  return { signature: minHashSignature(shingleHashes(normalised)), length: normalised.length };
}

/** The fingerprint of a whole `.eml` (its body), or null when it has no body text worth comparing. */
export function fingerprintMail(input: string | Uint8Array, options: FingerprintOptions): TemplateFingerprint | null {
  const { text, recipients } = mailText(input);
  return fingerprintText(text, { brands: options.brands, recipients: [...recipients, ...(options.recipients ?? [])] });
}

/** Estimated similarity of two fingerprints' texts, 0…1. */
export function templateSimilarity(a: TemplateFingerprint, b: TemplateFingerprint): number {
  return estimateSimilarity(a.signature, b.signature);
}
