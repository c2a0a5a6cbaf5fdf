import { Converter } from "opencc-js";
import { pinyin } from "pinyin-pro";
import type { Site } from "@/content";
import { foldText, isCjk, runs, tokensOfFolded, type CharFolding } from "./analyze";
import type { Lexicon } from "./lexicon";
import { encodeKeyedWords, encodeNumbers, guessAnchor, INDEX_FORMAT_VERSION, KIND_LETTER, segmenterWordWeights, STABLE_LABEL, unitFields } from "./format";
import type { SearchIndexData, UnitKind } from "./types";

/** A word must occur this often before it gets a pinyin key of its own (keeps the key list small and meaningful). */
const MIN_BIGRAM_COUNT_FOR_PINYIN = 3;
const MAX_WORDS_PER_PINYIN_KEY = 6;

let fullT2s: Map<string, string> | undefined;
/**
 * Every traditional (Taiwan and Hong Kong standard included) character that
 * OpenCC turns into exactly one different simplified character, as a table that
 * is applied once and is idempotent: no value is itself a key. OpenCC's single
 * characters chain (麼 → 么, and 么 → 幺 as a variant of 幺), and folding is one
 * lookup, so a chain would make 怎麼 and 怎么 fold differently. Where a key is
 * also a value, the key is either a standard simplified character (in GB2312, like
 * 么: it stays itself) or another traditional form (苧: the chain is composed, 薴 → 苎).
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
  const standard = new Set(gb2312Characters(0xf7));
  const targets = new Set(table.values());
  for (const char of targets) if (table.has(char) && standard.has(char)) table.delete(char);
  for (const [char, target] of table) {
    let end = target;
    const seen = new Set([char]);
    while (table.has(end) && !seen.has(end)) {
      seen.add(end);
      end = table.get(end)!;
    }
    if (end === char) table.delete(char);
    else table.set(char, end);
  }
  fullT2s = table;
  return table;
}

/** The characters of GB2312 rows 0xB0 up to `lastRow` (0xD7: level 1, the 3,755 most common; 0xF7: levels 1 and 2). */
function gb2312Characters(lastRow: number): string[] {
  const bytes: number[] = [];
  for (let high = 0xb0; high <= lastRow; high++) for (let low = 0xa1; low <= 0xfe; low++) bytes.push(high, low);
  return [...new TextDecoder("gb2312").decode(new Uint8Array(bytes))].filter(isCjk);
}

/** GB2312 level 1: the 3,755 most common characters, so a typo's homophones can be looked up in the browser. */
function commonCharacters(): string[] {
  return gb2312Characters(0xd7);
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

export function buildSearchIndex(site: Site, lexicon: Lexicon): SearchIndexData {
  const t2s: CharFolding = traditionalToSimplifiedTable();
  const fold = (text: string) => foldText(text, t2s);

  const articles = site.articles.map((article) => ({ slug: article.slug, title: article.title, summary: article.summary, tags: article.tags }));
  let kinds = "";
  const texts: string[] = [];
  const labels: string[] = [];
  const anchors: string[] = [];
  const wordCounts: number[] = [];
  const wordPostings = new Map<string, [number, number][]>();
  const corpusChars = new Set<string>();
  const bigramCount = new Map<string, number>();
  const words = new Map<string, number>();

  // Units are recorded as the browser will read them; only the segmenter words' postings are computed here
  // (everything else expandIndex recomputes from the texts).
  const addUnit = (a: number, kind: UnitKind, text: string, anchor?: string, label?: string) => {
    const unitIndex = kinds.length;
    kinds += KIND_LETTER[kind];
    if (kind !== "head") texts.push(text);
    if (kind === "section" || kind === "faq") {
      labels.push(label ?? "");
      anchors.push(STABLE_LABEL.test(label ?? "") && guessAnchor(kind, label ?? "") === anchor ? "" : (anchor ?? ""));
    }
    const fields = unitFields(kind, articles[a], text, label);
    for (const field of fields) {
      const folded = fold(field.text);
      for (const char of folded) if (isCjk(char)) corpusChars.add(char);
      for (const token of tokensOfFolded(folded)) {
        if ([...token].length === 2 && isCjk(token[0])) bigramCount.set(token, (bigramCount.get(token) ?? 0) + 1);
        else if ([...token].length > 2 && isCjk(token[0])) words.set(token, (words.get(token) ?? 0) + 1);
      }
    }
    const segmented = segmenterWordWeights(fields, t2s);
    wordCounts.push(segmented.count);
    for (const [word, weight] of segmented.weights) {
      const list = wordPostings.get(word) ?? [];
      list.push([unitIndex, Math.round(weight * 10)]);
      wordPostings.set(word, list);
    }
  };

  site.articles.forEach((article, a) => {
    addUnit(a, "head", article.summary);
    for (const section of article.sections) {
      // The renderer gives a heading and its id together; the intro (before the first heading) has neither.
      if (section.headingId) addUnit(a, "section", section.text, section.headingId, section.heading ?? undefined);
      else addUnit(a, "intro", section.text);
    }
    for (const entry of article.faq) addUnit(a, "faq", entry.a, entry.id, entry.q);
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
  const pinyinTable: [string, string[]][] = [...pinyinKeys.keys()].sort().map((key) => [
    key,
    pinyinKeys
      .get(key)!
      .sort((x, y) => y.count - x.count || (x.word < y.word ? -1 : 1))
      .slice(0, MAX_WORDS_PER_PINYIN_KEY)
      .map((entry) => entry.word),
  ]);

  const syllableChars = new Map<string, string>();
  for (const char of new Set([...commonCharacters(), ...[...corpusChars].sort()])) {
    for (const syllable of readingsOf(char)) syllableChars.set(syllable, (syllableChars.get(syllable) ?? "") + char);
  }
  let syllables = "";
  for (const key of [...syllableChars.keys()].sort()) syllables += key + syllableChars.get(key)!;

  let t2sPairs = "";
  for (const [from, to] of [...t2s].sort(([x], [y]) => (x < y ? -1 : 1))) if (corpusChars.has(to)) t2sPairs += from + to;

  const wordTokens = [...wordPostings.keys()].sort();
  const postingLists = wordTokens.map((token) => {
    // Units ascending (they were added in order), as deltas: small numbers, short strings.
    let previous = 0;
    const flat: number[] = [];
    for (const [unit, weight] of wordPostings.get(token)!) {
      flat.push(unit - previous, weight);
      previous = unit;
    }
    return encodeNumbers(flat);
  });

  const slugIndex = new Map(site.articles.map((article, index) => [article.slug, index]));
  const laws = site.laws.instruments.map((law) => ({
    slug: law.slug,
    shortName: law.shortName,
    names: [...new Set([law.name, law.shortName, ...law.aliases, law.name.replace(/^中华人民共和国/, "")].map(fold))],
    articles: law.articles.map((article) => ({
      key: article.key,
      label: article.label,
      citing: site.articles.filter((entry) => entry.lawRefs.some((ref) => ref.slug === law.slug && ref.key === article.key)).map((entry) => slugIndex.get(entry.slug)!),
    })),
  }));

  return {
    ...(laws.length ? { laws } : {}),
    version: INDEX_FORMAT_VERSION,
    articles,
    units: { kinds, texts, labels, anchors, wordCounts: encodeNumbers(wordCounts) },
    words: { tokens: wordTokens.join(" "), postings: postingLists.join(";") },
    pinyin: {
      full: encodeKeyedWords(pinyinTable.filter(([key]) => fullKeys.has(key))),
      initials: encodeKeyedWords(pinyinTable.filter(([key]) => !fullKeys.has(key))),
    },
    syllables,
    t2s: t2sPairs,
    synonyms,
    terms,
  };
}

