export type TopicId = string;

export interface Topic {
  id: TopicId;
  name: string;
  description: string;
  order: number;
}

export interface Heading {
  depth: 2 | 3;
  id: string;
  text: string;
}

export interface FaqEntry {
  id: string;
  q: string;
  a: string;
}

export interface Source {
  title: string;
  url?: string;
  note?: string;
}

export interface Article {
  slug: string;
  /** Path relative to the project root, for error messages. */
  file: string;
  title: string;
  summary: string;
  topic: TopicId;
  order: number;
  tags: string[];
  updated: string;
  reviewed: string;
  sources: Source[];
  faq: FaqEntry[];
  related: string[];
  aliases: string[];
  /** Raw Markdown body, for the content lint. */
  markdown: string;
  /** Every law article the page cites (body, FAQ, sources), in order of first mention, for the footnotes. */
  lawRefs: { slug: string; key: string }[];
  /** Lines in the file before the body (the frontmatter), so body line N is file line N + bodyLineOffset. */
  bodyLineOffset: number;
  /** Sanitized HTML of the body. */
  html: string;
  headings: Heading[];
  /** The body as plain text, sections kept apart, for search and snippets. */
  sections: { headingId: string | null; heading: string | null; text: string }[];
}

/** One dated entry of /updates (政策与内容更新): a new rule, a corrected claim, a new article. */
export interface Update {
  id: string;
  date: string;
  kind: "rule" | "correction" | "article" | "review";
  title: string;
  summary: string;
  articles: string[];
}

/** One article of a law as quoted on the site (content/law/<slug>.md). */
export interface LawArticle {
  /** "1033", "293-1": the anchor on /law/<slug>. */
  key: string;
  number: number;
  suffix: number;
  /** 第一千零三十三条 */
  label: string;
  /** The article's own words, paragraph by paragraph (textFrom "none": a summary, not a quotation). */
  paragraphs: string[];
}

export interface LawInstrument {
  slug: string;
  file: string;
  name: string;
  aliases: string[];
  shortName: string;
  issuer: string;
  version: string;
  published?: string;
  inForce?: string;
  source: string;
  sourceName: string;
  textFrom: "shared" | "public-copy" | "none";
  textNote?: string;
  /** Files in ../shared/law holding the official text (from content/laws.json), for the comparison test. */
  sharedTexts: string[];
  articles: LawArticle[];
}

export interface LawLibrary {
  instruments: LawInstrument[];
  /** Known instruments the site cites by name only, with why (content/laws.json `note`). */
  namedOnly: { name: string; aliases: string[]; note?: string }[];
}

export interface Site {
  topics: Topic[];
  articles: Article[];
  featured: string[];
  /** Newest first. */
  updates: Update[];
  laws: LawLibrary;
}
