import { Converter } from "opencc-js";
import { pinyin } from "pinyin-pro";
import type { Site } from "@/content";
import { foldText, isCjk, runs, tokensOfFolded, type CharFolding } from "./analyze";
import type { Lexicon } from "./lexicon";
import type { SearchIndexData, SearchUnit, UnitKind } from "./types";

/** Field weights: a match in the title or a FAQ question says more than one in the body. */
export const FIELD_BOOST = { title: 3, summary: 1.5, tags: 1.5, heading: 2, body: 1, faqQuestion: 2, faqAnswer: 1 } as const;

/** A word must occur this often before it gets a pinyin key of its own (keeps the key list small and meaningful). */
const MIN_BIGRAM_COUNT_FOR_PINYIN = 3;
const MAX_WORDS_PER_PINYIN_KEY = 6;

let fullT2s: Map<string, string> | undefined;
/**
 * Every traditional (Taiwan and Hong Kong standard included) character that
 * OpenCC turns into exactly one different simplified character.
 */
export function traditionalToSimplifiedTable(): Map<string, string> {
  if (fullT2s) return fullT2s;
  const converters = [Converter({ from: "tw", to: "cn" }), Converter({ from: "hk", to: "cn" })];
  const table = new Map<string, string>();
  for (let code = 0x3400; code <= 0x9fff; code++) {
    const char = String.fromCodePoint(code);
    for (const convert of converters) {
      const out = convert(char);
      if (out !== char && [...out].length === 1 && !table.has(char)) table.set(char, out);
    }
  }
  fullT2s = table;
  return table;
}

/** GB2312 level 1: the 3,755 most common characters, so a typo's homophones can be looked up in the browser. */
function commonCharacters(): string[] {
  const bytes: number[] = [];
  for (let high = 0xb0; high <= 0xd7; high++) for (let low = 0xa1; low <= 0xfe; low++) bytes.push(high, low);
  return [...new TextDecoder("gb2312").decode(new Uint8Array(bytes))].filter(isCjk);
}

function readingsOf(char: string): string[] {
  return pinyin(char, { toneType: "none", type: "array", multiple: true, v: true }).filter((s) => /^[a-z]+$/.test(s));
}

/** Toneless readings of a word: pinyin-pro's reading in context, plus each polyphone's other readings one at a time. */
function wordReadings(word: string): string[][] {
  const base = pinyin(word, { toneType: "none", type: "array", v: true });
  const chars = [...word];
  if (base.length !== chars.length || !base.every((s) => /^[a-z]+$/.test(s))) return [];
  const out = [base];
  chars.forEach((char, index) => {
    for (const alt of readingsOf(char)) if (alt !== base[index]) out.push(base.map((s, i) => (i === index ? alt : s)));
  });
  return out.slice(0, 8);
}

interface Field {
  text: string;
  boost: number;
}

export function buildSearchIndex(site: Site, lexicon: Lexicon): SearchIndexData {
  const t2s: CharFolding = traditionalToSimplifiedTable();
  const fold = (text: string) => foldText(text, t2s);

  const units: SearchUnit[] = [];
  const postings = new Map<string, Map<number, number>>();
  const corpusChars = new Set<string>();
  const bigramCount = new Map<string, number>();
  const words = new Map<string, number>();

  const addUnit = (a: number, kind: UnitKind, fields: Field[], text: string, anchor?: string, label?: string) => {
    const unitIndex = units.length;
    let len = 0;
    for (const field of fields) {
      const folded = fold(field.text);
      for (const char of folded) if (isCjk(char)) corpusChars.add(char);
      const tokens = tokensOfFolded(folded);
      len += tokens.length;
      for (const token of tokens) {
        let byUnit = postings.get(token);
        if (!byUnit) postings.set(token, (byUnit = new Map()));
        byUnit.set(unitIndex, (byUnit.get(unitIndex) ?? 0) + field.boost);
        if ([...token].length === 2 && isCjk(token[0])) bigramCount.set(token, (bigramCount.get(token) ?? 0) + 1);
        else if ([...token].length > 2 && isCjk(token[0])) words.set(token, (words.get(token) ?? 0) + 1);
      }
    }
    units.push({ a, kind, text, len, ...(anchor ? { anchor } : {}), ...(label ? { label } : {}) });
  };

  site.articles.forEach((article, a) => {
    addUnit(
      a,
      "head",
      [
        { text: article.title, boost: FIELD_BOOST.title },
        { text: article.summary, boost: FIELD_BOOST.summary },
        { text: article.tags.join("，"), boost: FIELD_BOOST.tags },
      ],
      article.summary,
    );
    for (const section of article.sections) {
      const fields: Field[] = [{ text: section.text, boost: FIELD_BOOST.body }];
      if (section.heading) fields.push({ text: section.heading, boost: FIELD_BOOST.heading });
      if (section.headingId) addUnit(a, "section", fields, section.text, section.headingId, section.heading ?? undefined);
      else addUnit(a, "intro", fields, section.text);
    }
    for (const entry of article.faq) {
      addUnit(
        a,
        "faq",
        [
          { text: entry.q, boost: FIELD_BOOST.faqQuestion },
          { text: entry.a, boost: FIELD_BOOST.faqAnswer },
        ],
        entry.a,
        entry.id,
        entry.q,
      );
    }
  });

  const synonyms = lexicon.synonyms.map((group) => [...new Set(group.map(fold))]);
  const terms = lexicon.terms.map((term) => ({ en: term.en.map((e) => e.toLowerCase().trim()), zh: term.zh.map(fold) }));

  // Vocabulary with pinyin keys: segmenter words, frequent bigrams, tags and the editors' words.
  const vocabulary = new Map<string, number>();
  for (const [word, count] of words) vocabulary.set(word, count);
  for (const [bigram, count] of bigramCount) if (count >= MIN_BIGRAM_COUNT_FOR_PINYIN) vocabulary.set(bigram, count);
  const lexiconWords = [...site.articles.flatMap((article) => article.tags), ...synonyms.flat(), ...terms.flatMap((t) => t.zh)];
  for (const word of lexiconWords) {
    for (const run of runs(fold(word))) {
      if (!run.cjk || [...run.text].length < 2) continue;
      vocabulary.set(run.text, Math.max(vocabulary.get(run.text) ?? 0, 1000));
      for (const char of run.text) corpusChars.add(char);
    }
  }
  const pinyinKeys = new Map<string, { word: string; count: number }[]>();
  const fullKeys = new Set<string>();
  const addKey = (key: string, word: string, count: number) => {
    const list = pinyinKeys.get(key) ?? [];
    if (!list.some((entry) => entry.word === word)) list.push({ word, count });
    pinyinKeys.set(key, list);
  };
  for (const [word, count] of vocabulary) {
    if ([...word].length > 6) continue;
    for (const syllables of wordReadings(word)) {
      addKey(syllables.join(""), word, count);
      fullKeys.add(syllables.join(""));
      if (syllables.length >= 3) addKey(syllables.map((s) => s[0]).join(""), word, count);
    }
  }
  const pinyinIndex: Record<string, string[]> = {};
  for (const key of [...pinyinKeys.keys()].sort()) {
    pinyinIndex[key] = pinyinKeys
      .get(key)!
      .sort((x, y) => y.count - x.count || (x.word < y.word ? -1 : 1))
      .slice(0, MAX_WORDS_PER_PINYIN_KEY)
      .map((entry) => entry.word);
  }

  const syllableChars = new Map<string, string>();
  for (const char of new Set([...commonCharacters(), ...[...corpusChars].sort()])) {
    for (const syllable of readingsOf(char)) syllableChars.set(syllable, (syllableChars.get(syllable) ?? "") + char);
  }
  const syllables: Record<string, string> = {};
  for (const key of [...syllableChars.keys()].sort()) syllables[key] = syllableChars.get(key)!;

  let t2sPairs = "";
  for (const [from, to] of [...t2s].sort(([x], [y]) => (x < y ? -1 : 1))) if (corpusChars.has(to)) t2sPairs += from + to;

  const postingsOut: Record<string, number[]> = {};
  for (const token of [...postings.keys()].sort()) {
    const flat: number[] = [];
    for (const [unit, weight] of [...postings.get(token)!].sort(([x], [y]) => x - y)) flat.push(unit, Math.round(weight * 10));
    postingsOut[token] = flat;
  }

  return {
    version: 1,
    articles: site.articles.map((article) => ({ slug: article.slug, title: article.title, summary: article.summary })),
    units,
    postings: postingsOut,
    pinyin: pinyinIndex,
    fullPinyinKeys: [...fullKeys].sort().join(" "),
    syllables,
    t2s: t2sPairs,
    synonyms,
    terms,
  };
}

