/** The serialised search index: built at build time, fetched by the browser, loaded by the server. */
export interface SearchIndexData {
  version: 1;
  articles: { slug: string; title: string; summary: string }[];
  /**
   * Units are the places a result can link to. kind "head" = title + summary + tags,
   * "intro" = body before the first heading, "section" = a heading and its text,
   * "faq" = one question and its answer.
   */
  units: SearchUnit[];
  /** token → flat pairs [unitIndex, weightedCount×10, …], units ascending. */
  postings: Record<string, number[]>;
  /** Toneless pinyin (full, and initials for 3+ characters) → words of the content. */
  pinyin: Record<string, string[]>;
  /** The keys of `pinyin` that are full pinyin (the rest are initials), space-separated. */
  fullPinyinKeys: string;
  /** Toneless syllable → the characters read that way (common characters + every character of the content). */
  syllables: Record<string, string>;
  /** Traditional → simplified pairs, concatenated ("來来個个…"), only characters whose simplified form occurs. */
  t2s: string;
  /** Editor-kept synonym groups (already folded). */
  synonyms: string[][];
  /** Editor-kept English → Chinese terms (English folded to lower case). */
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
