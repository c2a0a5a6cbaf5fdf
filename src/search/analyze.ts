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
  let folded = char.normalize("NFKC").toLowerCase();
  if ([...folded].length !== 1) folded = char.toLowerCase().length === char.length ? char.toLowerCase() : char;
  return t2s.get(folded) ?? folded;
}

/** The whole text folded character by character; same number of code points as the input. */
export function foldText(text: string, t2s: CharFolding): string {
  let out = "";
  for (const char of text) out += foldChar(char, t2s);
  return out;
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

/** Tokens of already folded text, in order, with repeats (the index counts them). */
export function tokensOfFolded(folded: string): string[] {
  const tokens: string[] = [];
  for (const run of runs(folded)) {
    if (!run.cjk) {
      tokens.push(run.text);
      continue;
    }
    tokens.push(...bigrams(run.text));
    const seg = getSegmenter();
    if (seg) {
      for (const { segment } of seg.segment(run.text)) {
        // Two-character words are already bigrams; longer words add precision.
        if ([...segment].length > 2) tokens.push(segment);
      }
    }
  }
  return tokens;
}

/** Fold, then tokenize. */
export function analyze(text: string, t2s: CharFolding): string[] {
  return tokensOfFolded(foldText(text, t2s));
}
