/**
 * Template matching: which mails carry the same text, whatever brand they name. Pure TypeScript
 * (no Astro, no `node:*`); the post files are read by `post-mail.node.ts`.
 */
export { bodyTextOf, htmlToText, mailText } from "./body-text.ts";
export type { MailText } from "./body-text.ts";
export {
  fingerprintMail,
  fingerprintText,
  templateSimilarity,
  MIN_TEMPLATE_CHARS,
  TEMPLATE_THRESHOLD,
} from "./fingerprint.ts";
export type { FingerprintOptions, TemplateFingerprint } from "./fingerprint.ts";
export { findTemplateMatches, matchesFor, BANDS, ROWS } from "./match.ts";
export type { Fingerprinted, MatchStats, TemplateMatch } from "./match.ts";
export {
  estimateSimilarity,
  jaccard,
  minHashSignature,
  shingleHashes,
  SHINGLE_LENGTH,
  SIGNATURE_SIZE,
} from "./minhash.ts";
export { foldText, normaliseTemplateText, PLACEHOLDER, MAX_TEMPLATE_CHARS } from "./normalize.ts";
export type { NormaliseOptions } from "./normalize.ts";
