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

export interface Site {
  topics: Topic[];
  articles: Article[];
  featured: string[];
  /** Newest first. */
  updates: Update[];
}
