/**
 * A message that warns about fraud (「当行を装った不審なSMSにご注意ください」) quotes the lures it warns
 * about: their words are not the message's own tactics. Recognised by its opening (the subject and the
 * first lines), where a warning says what it is; a lure that ends with a "beware of phishing" footer is not one.
 */
import { normaliseForTactics } from "./tactics/types.ts";

const ABOUT_FRAUD =
  /(?:を装|をかた|を騙|かたる|騙る|なりすまし|不審な(?:メール|SMS|ショートメッセージ|電話|サイト)|フィッシング|詐欺)/;
const WARNS = /(?:ご注意|注意喚起|お気をつけ|ご用心|にご留意)/;

/** True when the opening of the message (subject and first lines) says it is a warning about fraud. */
export function isFraudWarning(subject: string | null, text: string): boolean {
  const opening = normaliseForTactics(`${subject ?? ""}\n${String(text).slice(0, 160)}`);
  return ABOUT_FRAUD.test(opening) && WARNS.test(opening);
}
