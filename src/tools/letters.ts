/**
 * Letter templates: plain text with {{placeholder}} blanks. Parsing is shared by the build-time
 * validator and the browser form, so both see exactly the same placeholders.
 */

export interface LetterPlaceholder {
  key: string;
  label: string;
  /** Shown under the input: what to write, e.g. where to find the contract number. */
  hint?: string;
  multiline?: boolean;
}

export interface LetterTemplate {
  slug: string;
  file: string;
  title: string;
  summary: string;
  /** Who the letter goes to, e.g. 出借机构. */
  recipient: string;
  /** How to send it and what to keep, shown beside the letter. */
  howToSend: string;
  order: number;
  placeholders: LetterPlaceholder[];
  /** Articles this letter belongs to; they show a link to it. */
  articles: string[];
  segments: LetterSegment[];
}

export type LetterSegment = { text: string } | { key: string };

export const PLACEHOLDER_KEY = /^[a-z][a-z0-9_]*$/;
const PLACEHOLDER = /\{\{\s*([^{}]*?)\s*\}\}/g;

/** Splits a body into text and placeholders; `malformed` lists stray braces and bad keys. */
export function parseLetterBody(body: string): { segments: LetterSegment[]; keys: string[]; malformed: string[] } {
  const segments: LetterSegment[] = [];
  const keys: string[] = [];
  const malformed: string[] = [];
  let last = 0;
  for (const match of body.matchAll(PLACEHOLDER)) {
    const key = match[1];
    if (match.index > last) segments.push({ text: body.slice(last, match.index) });
    if (PLACEHOLDER_KEY.test(key)) {
      segments.push({ key });
      if (!keys.includes(key)) keys.push(key);
    } else {
      malformed.push(match[0]);
      segments.push({ text: match[0] });
    }
    last = match.index + match[0].length;
  }
  if (last < body.length) segments.push({ text: body.slice(last) });
  // Braces left after removing every well-formed placeholder: "{{name}" or "{name}}" typos.
  const leftover = body.replace(PLACEHOLDER, "");
  if (/\{\{|\}\}/.test(leftover)) malformed.push(leftover.match(/.{0,10}(\{\{|\}\}).{0,10}/)![0].trim());
  return { segments, keys, malformed };
}

/** The blank as printed when nothing is typed: 【你的姓名】. */
export function blankFor(placeholder: LetterPlaceholder): string {
  return `【${placeholder.label}】`;
}

/** The letter as text: typed values where given (trimmed), the labelled blank otherwise. */
export function fillLetter(template: Pick<LetterTemplate, "segments" | "placeholders">, values: Record<string, string>): string {
  const byKey = new Map(template.placeholders.map((p) => [p.key, p]));
  return template.segments
    .map((segment) => {
      if ("text" in segment) return segment.text;
      const value = values[segment.key]?.trim();
      return value ? value : blankFor(byKey.get(segment.key) ?? { key: segment.key, label: segment.key });
    })
    .join("")
    .trim();
}

/** A file name for the download: the title plus .txt, without characters Windows refuses. */
export function letterFileName(title: string): string {
  return `${title.replace(/[\\/:*?"<>|]/g, "")}.txt`;
}
