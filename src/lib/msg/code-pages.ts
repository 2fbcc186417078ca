/** Windows code page numbers (as Outlook stores them) to the labels `TextDecoder` knows. */
const LABELS: Readonly<Record<number, string>> = {
  932: "shift_jis",
  936: "gbk",
  949: "euc-kr",
  950: "big5",
  1200: "utf-16le",
  1250: "windows-1250",
  1251: "windows-1251",
  1252: "windows-1252",
  1253: "windows-1253",
  1254: "windows-1254",
  1255: "windows-1255",
  1256: "windows-1256",
  1257: "windows-1257",
  1258: "windows-1258",
  20127: "utf-8",
  20932: "euc-jp",
  28591: "iso-8859-1",
  50220: "iso-2022-jp",
  50221: "iso-2022-jp",
  50222: "iso-2022-jp",
  51932: "euc-jp",
  65001: "utf-8",
};

/** Windows locale ids to their ANSI code page, for items that do not say which one they used. */
const LOCALE_CODE_PAGES: Readonly<Record<number, number>> = { 1041: 932, 2052: 936, 1042: 949, 1028: 950 };

/** The `TextDecoder` label for a code page, or null when unknown. */
export function codePageLabel(codePage: number | undefined | null): string | null {
  return codePage === undefined || codePage === null ? null : (LABELS[codePage] ?? null);
}

/** The ANSI code page of an item: its own, else the one of its locale, else Windows-1252. */
export function ansiCodePage(messageCodePage: number | undefined, localeId: number | undefined): number {
  if (messageCodePage !== undefined && LABELS[messageCodePage] !== undefined) return messageCodePage;
  if (localeId !== undefined && LOCALE_CODE_PAGES[localeId] !== undefined) return LOCALE_CODE_PAGES[localeId] ?? 1252;
  return 1252;
}

/** Decodes bytes in `label`, falling back to UTF-8 for a label this runtime lacks. */
export function decodeIn(bytes: Uint8Array, label: string): string {
  try {
    return new TextDecoder(label).decode(bytes);
  } catch {
    return new TextDecoder("utf-8").decode(bytes);
  }
}
