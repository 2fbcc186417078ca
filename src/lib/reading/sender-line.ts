/**
 * A sender a reader copied from their mail or SMS app: 「差出人: Amazon.co.jp <support-amazon.jp@pcihrah.cn>」,
 * 「送信者：+81 80-1234-5678」, 【差出人】佐川急便 <…>, or an address on its own. Read as a sender (a
 * display name, an address, a phone number), never as a link. Pure; never throws.
 */

/** A sender written in a text. */
export interface SenderLine {
  /** The line as written (trimmed). */
  line: string;
  /** The display name, or null when only an address or a number was written. */
  name: string | null;
  /** The e-mail address (lower case), or null. */
  address: string | null;
  /** A phone number or short code (as written), or null. */
  phone: string | null;
}

/** A subject line copied with the message (「件名: …」). */
const SUBJECT =
  /^[ \t]*(?:【\s*(?:件名|タイトル)\s*】|(?:件名|タイトル|Subject|SUBJECT)[ \t]*[:：])[ \t]*(.+?)[ \t]*$/m;
const SENDER =
  /^[ \t]*(?:【\s*(?:差出人|送信者|送信元|送り主|発信者)\s*】|(?:差出人|送信者|送信元(?:アドレス)?|差出人(?:アドレス|名)?|送り主|発信者|発信元|From|FROM|Sender)[ \t]*[:：])[ \t]*(.+?)[ \t]*$/m;
const ADDRESS = /[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}/;
const PHONE = /^(?:\+?81[\d -]{9,13}|0\d[\d -]{8,12}|\d{4,6})$/;

function normaliseWidth(text: string): string {
  return text.normalize("NFKC");
}

/** Reads one sender value: `Name <a@b>`, `a@b`, `Name(a@b)`, a phone number, or a name alone. */
export function parseSenderValue(value: string): Omit<SenderLine, "line"> {
  const v = normaliseWidth(value).trim();
  const address = ADDRESS.exec(v)?.[0]?.toLowerCase() ?? null;
  if (address) {
    const at = v.toLowerCase().indexOf(address);
    const name = (v.slice(0, at) + v.slice(at + address.length))
      .replace(/[<>()（）"「」\[\]]/g, " ")
      .replace(/\s+/g, " ")
      .trim();
    return { name: name === "" ? null : name, address, phone: null };
  }
  const compact = v.replace(/[()（）]/g, "").trim();
  if (PHONE.test(compact)) return { name: null, address: null, phone: compact };
  return { name: v === "" ? null : v, address: null, phone: null };
}

/** The first sender line of `text`, or, when the whole text is one address, that address. */
export function findSenderLine(text: string): SenderLine | null {
  const source = String(text).slice(0, 20_000);
  const match = SENDER.exec(normaliseWidth(source));
  if (match?.[1]) {
    const parsed = parseSenderValue(match[1]);
    if (parsed.name !== null || parsed.address !== null || parsed.phone !== null)
      return { line: match[0].trim(), ...parsed };
  }
  const whole = normaliseWidth(source).trim();
  if (whole.length <= 320 && !/\n/.test(whole)) {
    const address = ADDRESS.exec(whole)?.[0];
    // An address alone (or with its display name) is a sender; inside a sentence it is not.
    if (address && whole.replace(address, "").replace(/[<>()（）"「」\s]/g, "").length <= 60 && !/[。、]/.test(whole))
      return { line: whole, ...parseSenderValue(whole) };
  }
  return null;
}

/** The subject line copied with the message, or null. */
export function findSubjectLine(text: string): string | null {
  return SUBJECT.exec(normaliseWidth(String(text).slice(0, 20_000)))?.[1] ?? null;
}

/** True when the text holds nothing but sender and subject lines (a sender pasted on its own). */
export function isOnlySender(text: string): boolean {
  const lines = normaliseWidth(String(text).slice(0, 4000))
    .split(/\r\n|\n|\r/)
    .map((l) => l.trim())
    .filter((l) => l !== "");
  if (lines.length === 0 || lines.length > 3) return false;
  return lines.every((l) => SENDER.test(l) || SUBJECT.test(l) || findSenderLine(l)?.address != null);
}
