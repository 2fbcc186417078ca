/**
 * The raw header text of a post's mail has its own page, `/headers/<post>/<file name>/`, so that
 * articles stay light (the budget counts every byte) while a reader can still read every line.
 */

/**
 * Header files beside a post that get a raw page: `.eml` files, and `.txt` files named as headers
 * (`headers.txt`, `headers-2.txt`). Other text beside a post (a mail's `body.txt`, an SMS case's
 * `sms.txt`) is a message's text, shown only through the safe view.
 */
export function isRawHeaderFile(name: string): boolean {
  return /^[a-z0-9][a-z0-9._-]*\.eml$/i.test(name) || /^headers[a-z0-9._-]*\.txt$/i.test(name);
}

/** `2026-11-amex/headers.eml` → `/headers/2026-11-amex/headers/`; null for any other shape. */
export function rawHeaderPagePath(file: string): string | null {
  const parts = file.split("/");
  if (parts.length !== 2) return null;
  const [post, name] = parts as [string, string];
  if (!/^[a-z0-9][a-z0-9-]*$/.test(post) || !isRawHeaderFile(name)) return null;
  return `/headers/${post}/${name.replace(/\.(eml|txt)$/i, "")}/`;
}
