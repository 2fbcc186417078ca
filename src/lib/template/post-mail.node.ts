/**
 * Reads the message of each case post for template matching: `content/posts/<slug>/sms.txt` (an SMS
 * case), `body.txt` (the masked body text that `npm run new` writes), or else the body of a `.eml` in
 * the post's folder.
 * A post whose folder holds only `headers.eml` (no body) gets no fingerprint: it can match nothing.
 * Only the post's own folder counts — a `<HeaderBreakdown file>` pointing at another post's mail (as
 * a "for reference" breakdown does) must not make the two posts look alike. Node-only (`node:fs`).
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import type { Brand } from "../brand/brand.ts";
import { recipientAddresses } from "../mail/redact.ts";
import { htmlToView } from "../html/html-to-view.ts";
import { viewText } from "../html/view-text.ts";
import { mailText } from "./body-text.ts";
import { fingerprintText } from "./fingerprint.ts";
import { findTemplateMatches, type Fingerprinted, type MatchStats, type TemplateMatch } from "./match.ts";
import { TEMPLATE_THRESHOLD } from "./fingerprint.ts";

/** The body text file a post may keep beside its `index.mdx`. */
export const POST_BODY_FILE = "body.txt";
/** The body of an HTML mail, as `npm run new` keeps it (read through the mail library as HTML). */
export const POST_BODY_HTML_FILE = "body.html";
/** The text of an SMS case, as `npm run new -- sms.txt` keeps it (shown by <SmsView>). */
export const POST_SMS_FILE = "sms.txt";

/** A post's mail text and the file it came from (relative to the post's folder). */
export interface PostMailText {
  text: string;
  recipients: string[];
  file: string;
}

/** The body text of the post `id` under `postsDir`, or null when its folder has none. Never throws on bad files. */
export function readPostMailText(postsDir: string, id: string): PostMailText | null {
  const dir = join(postsDir, id);
  try {
    if (!existsSync(dir) || !statSync(dir).isDirectory()) return null;
    const files = readdirSync(dir).sort();
    const emls = files.filter((f) => f.toLowerCase().endsWith(".eml"));
    const recipients = emls.flatMap((f) => recipientAddresses(readFileSync(join(dir, f), "latin1")));
    if (files.includes(POST_SMS_FILE)) {
      return { text: readFileSync(join(dir, POST_SMS_FILE), "utf8"), recipients, file: POST_SMS_FILE };
    }
    if (files.includes(POST_BODY_FILE)) {
      return { text: readFileSync(join(dir, POST_BODY_FILE), "utf8"), recipients, file: POST_BODY_FILE };
    }
    if (files.includes(POST_BODY_HTML_FILE)) {
      const html = readFileSync(join(dir, POST_BODY_HTML_FILE), "utf8");
      return { text: viewText(htmlToView(html).view), recipients, file: POST_BODY_HTML_FILE };
    }
    for (const file of emls) {
      const mail = mailText(new Uint8Array(readFileSync(join(dir, file))));
      if (mail.text.trim() !== "") return { text: mail.text, recipients: mail.recipients, file };
    }
  } catch {
    // An unreadable folder or file gives no fingerprint rather than failing the build.
  }
  return null;
}

/** The fingerprints of the posts that have a mail body (posts without one are left out). */
export function postFingerprints(postsDir: string, ids: readonly string[], brands: readonly Brand[]): Fingerprinted[] {
  const out: Fingerprinted[] = [];
  for (const id of ids) {
    const mail = readPostMailText(postsDir, id);
    if (!mail) continue;
    const fingerprint = fingerprintText(mail.text, { brands, recipients: mail.recipients });
    if (fingerprint) out.push({ id, signature: fingerprint.signature });
  }
  return out;
}

/** For each post id, the other posts whose mails share its template (computed once for all posts). */
export function postTemplateMatches(
  postsDir: string,
  ids: readonly string[],
  brands: readonly Brand[],
  stats?: MatchStats,
): Map<string, TemplateMatch[]> {
  return findTemplateMatches(postFingerprints(postsDir, ids, brands), TEMPLATE_THRESHOLD, stats);
}
