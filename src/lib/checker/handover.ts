/**
 * The home page's 「このメール・SMS、本物？」 box hands the reader's text to /check/ through this
 * sessionStorage key: storage of this tab only, read and removed by the checker on arrival. The text
 * never goes into a URL or a request, so it never leaves the browser.
 */
export const HANDOVER_KEY = "sagimail:check-text";
