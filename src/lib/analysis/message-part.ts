/**
 * Everything a mail needs that a text does not (the mail reader and the mail analysis), as one
 * module the checker's worker loads when the input is or may hold a mail.
 */
export { messageReader } from "../reading/read-message.ts";
export { messageAnalyzer } from "./analyze-message.ts";
