/**
 * The mail library: reads a phishing mail's headers like an expert would. Pure TypeScript (no Astro,
 * no `node:*`), so it runs at build time, in scripts and in the reader's browser.
 */
export { analyzeReadMail } from "./analyze.ts";
export { readMail } from "./read-mail.ts";
export type { ReadMail, ReadMailOptions } from "./read-mail.ts";
export type {
  AnalyzeMailOptions,
  AddressSummary,
  ComparedAddress,
  HeaderLine,
  MailAnalysis,
  MailContent,
  MailSummary,
} from "./analyze.ts";
export { parseMail, messageIdDomain } from "./parse.ts";
export type { ParsedMail } from "./parse.ts";
export { splitMessage, parseHeaderFields, getHeader, getHeaders, headerLines } from "./headers.ts";
export type { HeaderField, SplitMessage } from "./headers.ts";
export { decodeEncodedWords, hasEncodedWord } from "./encoded-words.ts";
export { parseAddressList, parseFirstMailbox } from "./address.ts";
export type { Mailbox } from "./address.ts";
export { parseMailDate, toIsoSeconds } from "./date.ts";
export type { MailDate } from "./date.ts";
export { parseReceived } from "./received.ts";
export type { ReceivedHeader } from "./received.ts";
export { findOriginIp, ipCandidates } from "./origin-ip.ts";
export { parseIp, isPublicIp } from "./ip.ts";
export type { IpAddress } from "./ip.ts";
export { readAuthResults } from "./auth-results.ts";
export type { AuthResults, AuthVerdict } from "./auth-results.ts";
export { parseBody, extractUrls } from "./body.ts";
export type { MailAttachment, MailBody } from "./body.ts";
export { redactHeaders, recipientAddresses, MASKED_ADDRESS, MASKED_HOST } from "./redact.ts";
export type { RedactOptions, RedactedHeaders, Redaction } from "./redact.ts";
export { buildHops } from "./hops.ts";
export type { Hop, HopAnomaly } from "./hops.ts";
export { brandsClaimedBy } from "./brand-claims.ts";
export { MAIL_RULES, runRules } from "./rules/index.ts";
export type { Finding, MailRule, RuleContext, Severity } from "./rules/index.ts";
