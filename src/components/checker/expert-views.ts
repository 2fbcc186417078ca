/**
 * The expert sections' views (the header breakdown, the raw header text, the safe view of a mail's
 * body): loaded by the checker after the verdict is on screen, so that the JavaScript before the
 * verdict stays within its budget (issue 20). Their styles are linked with the page (MailChecker.tsx).
 */
export { MailBodyView } from "../body/MailBodyView.tsx";
export { HeaderBreakdownView } from "../breakdown/HeaderBreakdownView.tsx";
export { RawHeaderText } from "../breakdown/RawHeaderText.tsx";
