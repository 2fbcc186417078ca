/** Run-time prop checking for the components authors use in MDX (Astro side of src/lib/site/prop-errors.ts). */
import { AstroError } from "astro/errors";
import type { z } from "astro/zod";
import { formatPropErrors } from "../lib/site/prop-errors.ts";

/**
 * Parses `props` with `schema`, or throws an AstroError that names the component, the prop, what it
 * received and what it expects, plus the page being built.
 */
export function parseProps<S extends z.ZodType>(
  component: string,
  schema: S,
  props: unknown,
  page?: string,
): z.output<S> {
  const result = schema.safeParse(props);
  if (result.success) return result.data;
  throw new AstroError(
    `<${component}> の書き方に誤りがあります${page ? `（${page}）` : ""}。\n${formatPropErrors(component, result.error, props)}`,
    "記事の MDX で、このコンポーネントに渡している値を確認してください。使い方は CONTRIBUTING.md にあります。",
  );
}
