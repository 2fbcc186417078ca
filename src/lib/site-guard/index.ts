/** The built-site guard: no page may link or load anything outside the site and its allow-list. */
export { checkBuiltSite, listHtmlFiles } from "./check-built-site.ts";
export {
  checkHtmlDocument,
  formatFindings,
  metaRefreshUrl,
  type GuardFinding,
  type GuardOptions,
} from "./check-document.ts";
