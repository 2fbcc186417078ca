/** The article link neutraliser (a Sätteri hast plugin) and the link policy it shares with the site guard. */
export {
  neutraliseLinks,
  neutralisedLinkNodes,
  type LinkWarning,
  type NeutraliseLinksOptions,
} from "./neutralise-links.ts";
export {
  classifyLinkTarget,
  isInlineRasterImage,
  isPermittedTarget,
  normaliseUrlAttribute,
  type LinkPolicyOptions,
  type LinkTarget,
  type LinkTargetKind,
} from "./link-policy.ts";
