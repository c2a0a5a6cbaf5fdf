import { isbot } from "isbot";
import { maskPersonalData } from "@/comments";

/** Crawlers, link previews, headless browsers and scripts (isbot's list); an empty user agent too. */
export function isBotUserAgent(userAgent: string | null | undefined): boolean {
  const ua = (userAgent ?? "").trim();
  return ua === "" || isbot(ua);
}

/** Long enough for any real question; longer text is cut, not refused. */
export const QUERY_MAX = 60;

/**
 * One spelling per query, so "征信  黑名单", "征信 黑名单" and full-width "ＱＱ" count together:
 * Unicode NFKC (full-width → half-width), control and invisible format characters removed (a NUL
 * cannot even be stored in PostgreSQL text), lower case, whitespace collapsed, trimmed, cut to QUERY_MAX.
 */
export function normalizeQuery(raw: string): string {
  return [...raw.normalize("NFKC").replace(/\s+/g, " ").replace(/[\p{Cc}\p{Cf}]/gu, "").toLowerCase().replace(/\s+/g, " ").trim()].slice(0, QUERY_MAX).join("").trim();
}

// Six or more digits in a row could be part of a phone, ID or card number even when the masker
// (which wants a complete, checksum-valid number) would let it through.
const LONG_DIGIT_RUN = /\d{6,}/;

/**
 * Whether a query may be stored. Anything the comment masker would mask (phone, ID and card
 * numbers, e-mail, WeChat/QQ handles) means the whole query is dropped, as is a long digit run.
 */
export function isStorableQuery(raw: string, normalized: string): boolean {
  if (normalized === "") return false;
  if (maskPersonalData(raw).masked.length > 0 || maskPersonalData(normalized).masked.length > 0) return false;
  return !LONG_DIGIT_RUN.test(normalized.replace(/[\s-]/g, ""));
}
