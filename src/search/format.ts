/**
 * The index's wire format (SearchIndexData, format 2) and its one way back to
 * the in-memory tables (`expandIndex`). Both the server and the browser build
 * their Searcher through `expandIndex`, so they rank from the same tables.
 *
 * Why the format looks like this: readers wait for these bytes on slow phone
 * networks before their first result. Most of the old index was postings of
 * character bigrams, which are a pure function of the unit texts the index has
 * to carry for snippets anyway, so the browser recomputes them (a few ms for
 * the real content). Only the Intl.Segmenter words are shipped as postings: the
 * segmenter's dictionary differs between Node and each browser.
 */
import { foldText, segmenterWordsOfFolded, tokensOfFolded, type CharFolding } from "./analyze";
import type { IndexTables, SearchIndexData, SearchUnit, UnitKind } from "./types";

/** Field weights: a match in the title or a FAQ question says more than one in the body. */
export const FIELD_BOOST = { title: 3, summary: 1.5, tags: 1.5, heading: 2, body: 1, faqQuestion: 2, faqAnswer: 1 } as const;

export const INDEX_FORMAT_VERSION = 2;

export interface Field {
  text: string;
  boost: number;
}

export const KIND_LETTER: Record<UnitKind, string> = { head: "h", intro: "i", section: "s", faq: "f" };
const LETTER_KIND: Record<string, UnitKind> = { h: "head", i: "intro", s: "section", f: "faq" };

/** The fields a unit is indexed from, with their weights: one definition for the build and the browser. */
export function unitFields(kind: UnitKind, article: SearchIndexData["articles"][number], text: string, label: string | undefined): Field[] {
  switch (kind) {
    case "head":
      return [
        { text: article.title, boost: FIELD_BOOST.title },
        { text: article.summary, boost: FIELD_BOOST.summary },
        { text: article.tags.join("，"), boost: FIELD_BOOST.tags },
      ];
    case "faq":
      return [
        { text: label ?? "", boost: FIELD_BOOST.faqQuestion },
        { text, boost: FIELD_BOOST.faqAnswer },
      ];
    default:
      return label ? [{ text, boost: FIELD_BOOST.body }, { text: label, boost: FIELD_BOOST.heading }] : [{ text, boost: FIELD_BOOST.body }];
  }
}

/**
 * The anchor the content loader gives most headings and FAQ questions (github-slugger's
 * rule for 汉字 and ASCII: lower case, punctuation dropped, spaces to "-"). The build
 * ships an anchor only where this guess is wrong, so a wrong guess costs bytes, never a link.
 */
export function guessAnchor(kind: UnitKind, label: string): string {
  const slug = label.trim().toLowerCase().replace(/[^\p{L}\p{N}\p{M} -]/gu, "").replace(/ /g, "-");
  return kind === "faq" ? `faq-${slug}` : slug;
}

/**
 * Labels made only of characters whose Unicode classes have been stable for decades
 * (ASCII, CJK Unified Ideographs, CJK and full-width punctuation), so that every
 * browser's `\p{L}` agrees with Node's on them: only these may leave the anchor to guessAnchor.
 */
export const STABLE_LABEL = /^[\u0020-\u007e\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]*$/;

// Lists of non-negative integers as base-36 strings: "a,k,0,f" is 4× smaller than a JSON array of numbers.
export function encodeNumbers(numbers: number[]): string {
  return numbers.map((n) => n.toString(36)).join(",");
}

export function decodeNumbers(text: string): number[] {
  return text ? text.split(",").map((n) => parseInt(n, 36)) : [];
}

/** "key word word;key word" ⇄ key → words. */
export function encodeKeyedWords(table: [string, string[]][]): string {
  return table.map(([key, words]) => [key, ...words].join(" ")).join(";");
}

function decodeKeyedWords(text: string, into: Map<string, string[]>): string[] {
  const keys: string[] = [];
  if (!text) return keys;
  for (const entry of text.split(";")) {
    const [key, ...words] = entry.split(" ");
    into.set(key, words);
    keys.push(key);
  }
  return keys;
}

/** Counts each token's weighted occurrences in the unit's fields; returns the number of tokens. */
function addUnitPostings(postings: Map<string, number[]>, weights: Map<string, number>, unit: number, fields: Field[], t2s: CharFolding): number {
  weights.clear();
  let count = 0;
  for (const field of fields) {
    const tokens = tokensOfFolded(foldText(field.text, t2s), false);
    count += tokens.length;
    for (const token of tokens) weights.set(token, (weights.get(token) ?? 0) + field.boost);
  }
  for (const [token, weight] of weights) {
    let flat = postings.get(token);
    if (!flat) postings.set(token, (flat = []));
    flat.push(unit, Math.round(weight * 10));
  }
  return count;
}

/** SearchIndexData → the tables the Searcher ranks with. Throws on an index of another format version. */
export function expandIndex(data: SearchIndexData): IndexTables {
  if (data.version !== INDEX_FORMAT_VERSION) throw new Error(`搜索索引格式不对：需要第 ${INDEX_FORMAT_VERSION} 版，收到 ${String(data.version)}`);
  const t2s = new Map<string, string>();
  const pairs = [...data.t2s];
  for (let i = 0; i + 1 < pairs.length; i += 2) t2s.set(pairs[i], pairs[i + 1]);

  // Units, and the postings of every token except the segmenter words, from the texts.
  const units: SearchUnit[] = [];
  const postings = new Map<string, number[]>();
  const weights = new Map<string, number>();
  const wordCounts = decodeNumbers(data.units.wordCounts);
  let a = -1;
  let nextText = 0;
  let nextLabel = 0;
  for (const letter of data.units.kinds) {
    const kind = LETTER_KIND[letter];
    if (!kind) throw new Error(`搜索索引损坏：未知的段落类型“${letter}”`);
    if (kind === "head") a++;
    const article = data.articles[a];
    const text = kind === "head" ? article.summary : data.units.texts[nextText++];
    let label: string | undefined;
    let anchor: string | undefined;
    if (kind === "section" || kind === "faq") {
      label = data.units.labels[nextLabel];
      anchor = data.units.anchors[nextLabel++] || guessAnchor(kind, label);
    }
    const index = units.length;
    const len = addUnitPostings(postings, weights, index, unitFields(kind, article, text, label), t2s) + (wordCounts[index] ?? 0);
    units.push({ a, kind, text, len, ...(anchor ? { anchor } : {}), ...(label ? { label } : {}) });
  }

  // Segmenter words: shipped postings, delta-encoded unit numbers.
  const wordTokens = data.words.tokens ? data.words.tokens.split(" ") : [];
  const wordLists = data.words.postings ? data.words.postings.split(";") : [];
  wordTokens.forEach((token, i) => {
    const encoded = decodeNumbers(wordLists[i] ?? "");
    const flat: number[] = [];
    let unit = 0;
    for (let j = 0; j + 1 < encoded.length; j += 2) flat.push((unit += encoded[j]), encoded[j + 1]);
    postings.set(token, flat);
  });

  const pinyin = new Map<string, string[]>();
  const fullPinyinKeys = new Set(decodeKeyedWords(data.pinyin.full, pinyin));
  decodeKeyedWords(data.pinyin.initials, pinyin);

  const charSyllables = new Map<string, string[]>();
  for (const [, syllable, chars] of data.syllables.matchAll(/([a-z]+)([^a-z]+)/g)) {
    for (const char of chars) {
      const list = charSyllables.get(char);
      if (list) list.push(syllable);
      else charSyllables.set(char, [syllable]);
    }
  }

  return {
    articles: data.articles.map(({ slug, title, summary }) => ({ slug, title, summary })),
    units,
    postings,
    pinyin,
    fullPinyinKeys,
    charSyllables,
    t2s,
    synonyms: data.synonyms,
    terms: data.terms,
  };
}

/** The segmenter words of a unit's fields and their weighted counts (build time, in Node). */
export function segmenterWordWeights(fields: Field[], t2s: CharFolding): { weights: Map<string, number>; count: number } {
  const weights = new Map<string, number>();
  let count = 0;
  for (const field of fields) {
    for (const word of segmenterWordsOfFolded(foldText(field.text, t2s))) {
      weights.set(word, (weights.get(word) ?? 0) + field.boost);
      count++;
    }
  }
  return { weights, count };
}
