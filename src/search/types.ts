/**
 * The serialised search index (format 2): what the browser fetches on first focus
 * of the search box, and what the server loads. It holds the text that snippets
 * need anyway plus only what cannot be recomputed from it; `expandIndex`
 * (format.ts) turns it into the in-memory `IndexTables` the Searcher ranks with,
 * the same way on the server and in the browser. Lists of numbers are base-36
 * strings, because nested JSON arrays of numbers cost several times the bytes.
 */
export interface SearchIndexData {
  version: 2;
  /**
   * The law texts the site quotes, so "民法典1033条" finds the article's entry on /law and the articles citing
   * it: per instrument its names (folded), and per quoted article the indexes of the articles that cite it.
   */
  laws?: { slug: string; shortName: string; names: string[]; articles: { key: string; label: string; citing: number[] }[] }[];
  /** Each article's head unit is indexed from title, summary and tags (joined by "，"). */
  articles: { slug: string; title: string; summary: string; tags: string[] }[];
  units: {
    /** One letter per unit, in order: h = head (starts the next article), i = intro, s = section, f = faq. */
    kinds: string;
    /** Per non-head unit: its text (section or intro body, FAQ answer), indexed and used for snippets. */
    texts: string[];
    /** Per section or faq unit: the heading or question (indexed, shown as the result's place). */
    labels: string[];
    /** Per section or faq unit: the #anchor, or "" when it is `guessAnchor(kind, label)` (most are). */
    anchors: string[];
    /** Per unit, base 36, comma-separated: how many segmenter words it has (they count in its length). */
    wordCounts: string;
  };
  /**
   * Postings of the Intl.Segmenter words (3+ 汉字), which the browser cannot recompute
   * identically: `tokens` space-separated and sorted; `postings` one list per token,
   * ";"-separated, each "unitDelta,weight×10,…" in base 36 (units ascending).
   */
  words: { tokens: string; postings: string };
  /**
   * Toneless pinyin → words of the content, most frequent first: "key word word;key word…",
   * keys sorted. `full` keys are whole pinyin; `initials` keys (3+ syllables) are first letters.
   */
  pinyin: { full: string; initials: string };
  /** Toneless syllable followed by the characters read that way, concatenated ("a阿啊ai爱…"), syllables sorted. */
  syllables: string;
  /** Traditional → simplified pairs, concatenated ("來来個个…"), only characters whose simplified form occurs. */
  t2s: string;
  /** Editor-kept synonym groups (already folded). */
  synonyms: string[][];
  /** Editor-kept English → Chinese terms (English folded to lower case). */
  terms: { en: string[]; zh: string[] }[];
}

/** The index as the Searcher uses it in memory: built by `expandIndex` from SearchIndexData. */
export interface IndexTables {
  articles: { slug: string; title: string; summary: string }[];
  units: SearchUnit[];
  /** token → flat pairs [unitIndex, weightedCount×10, …], units ascending. */
  postings: Map<string, number[]>;
  /** Toneless pinyin (full, and initials for 3+ characters) → words of the content, most frequent first. */
  pinyin: Map<string, string[]>;
  fullPinyinKeys: Set<string>;
  /** Character → its toneless readings. */
  charSyllables: Map<string, string[]>;
  t2s: Map<string, string>;
  synonyms: string[][];
  terms: { en: string[]; zh: string[] }[];
}

export type UnitKind = "head" | "intro" | "section" | "faq";

export interface SearchUnit {
  /** Index into articles. */
  a: number;
  kind: UnitKind;
  /** Heading id or FAQ id: the #anchor of the result. */
  anchor?: string;
  /** Heading text or FAQ question, shown as the result's place. */
  label?: string;
  /** Plain text for snippets. */
  text: string;
  /** Number of tokens (length normalisation). */
  len: number;
}

/** A piece of text, marked when it matched the query. Rendered as text by React: never as HTML. */
export interface TextPart {
  text: string;
  hit: boolean;
}

/** A query that names a law article the site quotes ("民法典1033条"). */
export interface LawMatch {
  /** 《民法典》第一千零三十三条 */
  title: string;
  /** /law/<slug>#<key> */
  url: string;
  /** Slugs of the articles citing it, which the results list first. */
  citing: string[];
}

export interface SearchResult {
  slug: string;
  title: string;
  /** /articles/<slug>, with #anchor when the best match is a section or FAQ entry. */
  url: string;
  score: number;
  /** Heading or FAQ question the link goes to. */
  place?: string;
  titleParts: TextPart[];
  snippetParts: TextPart[];
}
