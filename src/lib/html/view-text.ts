/** The plain text of a body view: what a reader sees, block by block (for brand claims and templates). */
import type { BodyView } from "./view-model.ts";

export function viewText(view: BodyView | null): string {
  if (!view) return "";
  return view.blocks
    .map((b) =>
      b.inlines
        .map((i) => (i.kind === "text" || i.kind === "link" ? i.text : i.kind === "image" ? i.alt : "\n"))
        .join(""),
    )
    .join("\n");
}
