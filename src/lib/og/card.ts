/**
 * A case's preview image (og:image, 1200×630), as the element tree that satori lays out: the site's
 * name, a clear 「偽物」 label, the brand the message pretended to be, the lure's headline, and the one
 * thing to do. Pure data in, plain objects out: no font, no renderer (src/lib/og/render.node.ts).
 */

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

/** What a case's card shows. */
export interface OgCard {
  /** The site's name. */
  site: string;
  /** The brands the message pretended to be (Japanese names), if any. */
  brands: readonly string[];
  /** How it came: 「SMS」「メール」 or a category's word. */
  channel: string;
  /** The lure's headline: the case's title. */
  headline: string;
}

/** One node of satori's tree (the shape React elements have). */
export interface OgNode {
  type: string;
  props: { style?: Record<string, string | number>; children?: string | OgNode | (string | OgNode)[] };
}

const el = (type: string, style: Record<string, string | number>, children?: OgNode["props"]["children"]): OgNode => ({
  type,
  props: children === undefined ? { style } : { style, children },
});

/** The longest headline shown in full; a longer one ends with 「…」 (three lines at this size). */
export const HEADLINE_MAX = 54;

/** `headline` cut to fit the card, at a character (never inside a surrogate pair). */
export function fitHeadline(headline: string, max = HEADLINE_MAX): string {
  const chars = [...headline.replace(/\s+/g, " ").trim()];
  return chars.length <= max ? chars.join("") : `${chars.slice(0, max - 1).join("")}…`;
}

/** The line under the label: who the message pretended to be, and how it came. */
export function claimLine(card: Pick<OgCard, "brands" | "channel">): string {
  const names = card.brands.slice(0, 2).join("・");
  return names ? `${names}を名乗る${card.channel}` : `詐欺の${card.channel}`;
}

const RED = "#b3261e";
const INK = "#1c1b1f";

/** The element tree of `card`. */
export function ogCardTree(card: OgCard): OgNode {
  const headline = fitHeadline(card.headline);
  const headlineSize = [...headline].length > 36 ? 54 : 62;
  return el(
    "div",
    {
      // satori sizes the content box: the padding and the border come on top.
      width: OG_WIDTH - 2 * 64,
      height: OG_HEIGHT - 18 - 40 - 36,
      display: "flex",
      flexDirection: "column",
      backgroundColor: "#faf8f3",
      borderTop: `18px solid ${RED}`,
      padding: "40px 64px 36px",
      fontFamily: "Latin, JP",
      color: INK,
    },
    [
      el("div", { display: "flex", alignItems: "center", fontSize: 30, color: "#5b5862" }, card.site),
      el("div", { display: "flex", alignItems: "center", marginTop: 26 }, [
        el(
          "div",
          {
            display: "flex",
            backgroundColor: RED,
            color: "#ffffff",
            fontSize: 56,
            padding: "6px 28px 10px",
            borderRadius: 12,
            marginRight: 28,
          },
          "偽物",
        ),
        el("div", { display: "flex", fontSize: 40, color: RED }, claimLine(card)),
      ]),
      el(
        "div",
        {
          display: "flex",
          alignItems: "center",
          height: 250,
          fontSize: headlineSize,
          lineHeight: 1.35,
          marginTop: 8,
          marginBottom: 8,
        },
        headline,
      ),
      el(
        "div",
        {
          display: "flex",
          fontSize: 30,
          color: "#5b5862",
          borderTop: "2px solid #d9d4cb",
          paddingTop: 20,
          marginTop: "auto",
        },
        "リンクは開かず、公式アプリやブックマークから確かめてください",
      ),
    ],
  );
}
