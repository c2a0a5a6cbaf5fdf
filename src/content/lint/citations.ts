import { parseChineseNumber } from "./chinese-numerals";

/** An article of an instrument as cited: 第二百九十三条之一 → { number: 293, suffix: 1 }. */
export interface ArticleRef {
  label: string;
  number: number;
  /** 之一 → 1; 0 when there is none. */
  suffix: number;
}

export interface Citation {
  instrument: string;
  articles: ArticleRef[];
  /** Offset of 《 in the text, for messages. */
  index: number;
}

const NUM = "[零〇一二两三四五六七八九十百千]+";
const ARTICLE = `第(${NUM})条(?:之(${NUM}))?(?:第${NUM}款)?(?:第?[（(]${NUM}[）)]项)?`;
const SEPARATOR = "(?:、|和|及|以及|至|到|或|与)";
const CITATION = new RegExp(`《([^《》]+)》((?:${ARTICLE})(?:${SEPARATOR}(?:${ARTICLE}))*)?`, "g");
const ONE_ARTICLE = new RegExp(ARTICLE, "g");

export function articleKey(ref: Pick<ArticleRef, "number" | "suffix">): string {
  return ref.suffix ? `${ref.number}-${ref.suffix}` : String(ref.number);
}

/** Every 《instrument》 in a text, with the articles written right after it (第十三条、第十四条…). */
export function findCitations(text: string): Citation[] {
  const citations: Citation[] = [];
  for (const match of text.matchAll(CITATION)) {
    const articles: ArticleRef[] = [];
    for (const article of (match[2] ?? "").matchAll(ONE_ARTICLE)) {
      articles.push({
        label: article[0],
        number: parseChineseNumber(article[1]),
        suffix: article[2] ? parseChineseNumber(article[2]) : 0,
      });
    }
    citations.push({ instrument: match[1], articles, index: match.index ?? 0 });
  }
  return citations;
}

/** The articles present in an official text file: lines that start with 第N条 (or 第N条之一). */
export function articlesInStatuteText(text: string): Set<string> {
  const found = new Set<string>();
  const heading = new RegExp(`^\\s*第(${NUM})条(?:之(${NUM}))?(?=[\\s　])`, "gm");
  for (const match of text.matchAll(heading)) {
    found.add(articleKey({ number: parseChineseNumber(match[1]), suffix: match[2] ? parseChineseNumber(match[2]) : 0 }));
  }
  return found;
}
