/**
 * Indicators quoted in a case (sender domains, Return-Path domains, IP addresses, URL hosts), in
 * the plain form a reader pastes from their own mail. Articles show them in inline code, and later
 * defanged (`auccwallt[.]top`); the index gets the plain forms as well so both find the case.
 */
import { refang } from "./normalize.ts";

const ipv4 = /\b(?:25[0-5]|2[0-4]\d|1?\d?\d)(?:\.(?:25[0-5]|2[0-4]\d|1?\d?\d)){3}\b/g;
const email = /[a-z0-9._%+-]+@((?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,63})\b/gi;
const url = /\bhttps?:\/\/([^\s/?#<>"'`]+)/gi;
const host = /\b(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,63}\b/gi;

/** Lower-case, refanged, de-duplicated indicators found in `text`, in order of appearance. */
export function extractIndicators(text: string): string[] {
  const plain = refang(text);
  const found: string[] = [];
  const add = (s: string | undefined) => {
    const v = s?.toLowerCase().replace(/\.$/, "");
    if (v && !found.includes(v)) found.push(v);
  };
  for (const m of plain.matchAll(email)) {
    add(m[0]);
    add(m[1]);
  }
  for (const m of plain.matchAll(url)) add(m[1]?.replace(/:\d+$/, "").replace(/^[^@]*@/, ""));
  for (const m of plain.matchAll(ipv4)) add(m[0]);
  for (const m of plain.matchAll(host)) if (!/^\d+(\.\d+)+$/.test(m[0])) add(m[0]);
  return found;
}

/**
 * Forms of an indicator to index so that a pasted query finds it whatever the tokeniser does with
 * dots: the indicator itself and, for dotted names, the name without dots (`auccwalltop`-style
 * compounds are how Pagefind joins punctuated words) and the parts joined by spaces.
 */
export function indicatorForms(indicator: string): string[] {
  const parts = indicator.split(/[.@]/).filter(Boolean);
  return [...new Set([indicator, parts.join(""), parts.join(" ")])];
}
