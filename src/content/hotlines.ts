/**
 * Public hotlines the site names. Authors write plain numbers; the renderer (Markdown bodies) and
 * <LinkedText> (FAQ answers, tool results) turn each into a tel: link, so a reader taps to call.
 */
export const HOTLINES = ["12378", "12363", "12368", "12321", "12377", "12348", "12356", "12345", "110", "120"] as const;

// A hotline stands alone: no digit, decimal point, separator or date/amount unit right before or after it,
// so 2026-01-10, 1,120, 110.5, 120元, 逾期120天 and 第110条 stay plain text.
const BEFORE = "(?<![0-9０-９.,，:：/\\-－第])";
const AFTER = "(?![0-9０-９.,:：/\\-－%％元块万千百天日月年号条次分秒岁期笔倍个])";
const HOTLINE_PATTERN = new RegExp(`${BEFORE}(${HOTLINES.join("|")})${AFTER}`, "g");

export type TextPart = { text: string } | { hotline: string };

/** Splits text into plain runs and hotline numbers, in order; joining the parts gives the text back. */
export function splitHotlines(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of text.matchAll(HOTLINE_PATTERN)) {
    const at = match.index ?? 0;
    if (at > last) parts.push({ text: text.slice(last, at) });
    parts.push({ hotline: match[1] });
    last = at + match[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last) });
  return parts;
}

export const telHref = (number: string) => `tel:${number}`;
