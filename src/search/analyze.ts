/**
 * The one text-to-tokens step, used when the index is built (Node) and when a
 * query is run (server and browser). If the two ends ever tokenized
 * differently, recall would collapse, so there is exactly one function.
 *
 * Tokens of a text:
 *  - words from Intl.Segmenter (CJK words of 2+ characters, ASCII words/numbers);
 *  - every CJK character bigram, so a match survives when the segmenter splits
 *    query and text differently (or is missing in an old browser);
 *  - a lone CJK character when it stands alone (a one-character query).
 */

/** Traditional → simplified, one character to one character (so offsets survive for highlighting). */
export type CharFolding = ReadonlyMap<string, string>;

const CJK = /\p{Script=Han}/u;
const WORD_CHAR = /[\p{Script=Han}\p{L}\p{N}]/u;

/**
 * Folds one character: NFKC (full-width → half-width, compatibility forms),
 * lower case, then 繁 → 简. Returns the input character when folding would
 * change the length, so positions in the folded text match the original.
 */
export function foldChar(char: string, t2s: CharFolding): string {
  // Fast path for most of the text: CJK Unified Ideographs are left alone by NFKC and lower-casing.
  // (The browser folds every unit text when it expands the index, so this is on the way to the first result.)
  const code = char.charCodeAt(0);
  if (code >= 0x4e00 && code <= 0x9fff) return t2s.get(char) ?? char;
  let folded = char.normalize("NFKC").toLowerCase();
  if ([...folded].length !== 1) folded = char.toLowerCase().length === char.length ? char.toLowerCase() : char;
  return t2s.get(folded) ?? folded;
}

/** The whole text folded character by character; same number of code points as the input. */
export function foldText(text: string, t2s: CharFolding): string {
  // The server folds each result's text per query: copy the unchanged runs (most of a simplified text) as slices
  // and fold only the characters that may change, instead of building the string one character at a time.
  const parts: string[] = [];
  let runStart = 0;
  for (let i = 0; i < text.length; ) {
    const code = text.charCodeAt(i);
    const next = text.charCodeAt(i + 1);
    const units = code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff ? 2 : 1;
    const kept = code >= 0x4e00 && code <= 0x9fff ? !t2s.has(text[i]) : code < 0x80 && !(code >= 0x41 && code <= 0x5a);
    if (!kept) {
      const char = text.slice(i, i + units);
      const folded = foldChar(char, t2s);
      if (folded !== char) {
        parts.push(text.slice(runStart, i), folded);
        runStart = i + units;
      }
    }
    i += units;
  }
  if (runStart === 0) return text;
  parts.push(text.slice(runStart));
  return parts.join("");
}

export function isCjk(char: string): boolean {
  return CJK.test(char);
}

let segmenter: Intl.Segmenter | null | undefined;
function getSegmenter(): Intl.Segmenter | null {
  if (segmenter === undefined) {
    segmenter = typeof Intl !== "undefined" && "Segmenter" in Intl ? new Intl.Segmenter("zh", { granularity: "word" }) : null;
  }
  return segmenter;
}

/** Runs of CJK characters and runs of ASCII-ish letters/digits, on folded text. */
export function runs(folded: string): { text: string; cjk: boolean }[] {
  const out: { text: string; cjk: boolean }[] = [];
  let current = "";
  let currentCjk = false;
  for (const char of folded) {
    const cjk = isCjk(char);
    const wordy = WORD_CHAR.test(char);
    if (!wordy || (current && cjk !== currentCjk)) {
      if (current) out.push({ text: current, cjk: currentCjk });
      current = "";
    }
    if (wordy) {
      current += char;
      currentCjk = cjk;
    }
  }
  if (current) out.push({ text: current, cjk: currentCjk });
  return out;
}

/** CJK bigrams of a run (or the single character of a one-character run). */
export function bigrams(run: string): string[] {
  const chars = [...run];
  if (chars.length === 1) return chars;
  const out: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i] + chars[i + 1]);
  return out;
}

/**
 * Tokens of already folded text, in order, with repeats (the index counts them).
 * `withWords: false` leaves out the Intl.Segmenter words: what remains depends only
 * on the text, so the browser can recompute it from the shipped text (see format.ts).
 */
export function tokensOfFolded(folded: string, withWords = true): string[] {
  const tokens: string[] = [];
  for (const run of runs(folded)) {
    if (!run.cjk) {
      tokens.push(run.text);
      continue;
    }
    tokens.push(...bigrams(run.text));
    if (withWords) tokens.push(...segmenterWordsOfRun(run.text));
  }
  return tokens;
}

/**
 * The Intl.Segmenter words of 3+ characters of folded text. Two-character words
 * are already bigrams; longer words add precision. Which words come out depends
 * on the engine's ICU dictionary (Node and each browser differ), which is why the
 * index ships these words' postings instead of letting the browser recompute them.
 */
export function segmenterWordsOfFolded(folded: string): string[] {
  return runs(folded).flatMap((run) => (run.cjk ? segmenterWordsOfRun(run.text) : []));
}

function segmenterWordsOfRun(run: string): string[] {
  const seg = getSegmenter();
  if (!seg) return [];
  const words: string[] = [];
  for (const { segment } of seg.segment(run)) if ([...segment].length > 2) words.push(segment);
  return words;
}

/** Fold, then tokenize. */
export function analyze(text: string, t2s: CharFolding): string[] {
  return tokensOfFolded(foldText(text, t2s));
}
