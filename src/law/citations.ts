import { parseChineseNumber } from "./numerals";

/**
 * One article as cited: 第二百九十三条之一 → { number: 293, suffix: 1 }. Offsets are into the text that was
 * parsed, so a renderer can turn exactly `label` into a link.
 */
export interface ArticleRef {
  label: string;
  number: number;
  /** 之一 → 1; 0 when there is none. */
  suffix: number;
  /** 第N款 / 第（N）项, when written; they narrow the citation but link to the whole article. */
  clause?: number;
  item?: number;
  /** The first article of a range that ends here (第四十四条至第四十七条 → the 47 ref has rangeFrom 44). */
  rangeFrom?: number;
  start: number;
  end: number;
}

export interface Citation {
  /** The text between 《 and 》. */
  instrument: string;
  articles: ArticleRef[];
  /** Offset of 《 in the text. */
  index: number;
  /** Offset just after 》. */
  nameEnd: number;
}

const NUM = "[零〇一二两三四五六七八九十百千]+|[0-9]+";
const ARTICLE = `第(${NUM})条(?:之(${NUM}))?(?:第(${NUM})款)?(?:第?[（(](${NUM})[）)]项)?`;
// 第五百四十五–五百四十六条: one 条 for both ends.
const SHORT_RANGE = `第(${NUM})[–—－~～-]第?(${NUM})条`;
const ITEM = `(?:${SHORT_RANGE}|${ARTICLE})`;
const RANGE_SEPARATOR = "至|到|–|—|－|~|～|-";
const SEPARATOR = `、|和|及|以及|或|与|${RANGE_SEPARATOR}`;
const CITATION = new RegExp(`《([^《》]+)》((?:${ITEM})(?:(?:${SEPARATOR})(?:${ITEM}))*)?`, "g");
const ONE_ITEM = new RegExp(`(${SEPARATOR})?${ITEM}`, "g");

/** A number written in 汉字 or Arabic digits; NaN for anything else. */
export function parseArticleNumber(text: string): number {
  return /^[0-9]+$/.test(text) ? Number(text) : parseChineseNumber(text);
}

export function articleKey(ref: Pick<ArticleRef, "number" | "suffix">): string {
  return ref.suffix ? `${ref.number}-${ref.suffix}` : String(ref.number);
}

/** Chinese label of an article key: "293-1" → 第二百九十三条之一 (for headings and link text). */
export function articleLabel(key: string): string {
  const [number, suffix] = key.split("-").map(Number);
  return `第${chineseNumber(number)}条${suffix ? `之${chineseNumber(suffix)}` : ""}`;
}

const DIGIT_CHARS = "零一二三四五六七八九";
function chineseNumber(value: number): string {
  if (value < 10) return DIGIT_CHARS[value];
  const units = [
    [1000, "千"],
    [100, "百"],
    [10, "十"],
  ] as const;
  let text = "";
  let rest = value;
  let zeroPending = false;
  for (const [size, unit] of units) {
    const digit = Math.floor(rest / size);
    rest %= size;
    if (digit > 0) {
      if (zeroPending) text += "零";
      // 十三, not 一十三, at the start; 一百一十三 inside.
      text += size === 10 && digit === 1 && text === "" ? unit : `${DIGIT_CHARS[digit]}${unit}`;
      zeroPending = false;
    } else if (text) {
      zeroPending = true;
    }
  }
  if (rest > 0) text += `${zeroPending ? "零" : ""}${DIGIT_CHARS[rest]}`;
  return text;
}

/** Every 《instrument》 in a text, with the articles written right after it (第十三条、第十四条…). */
export function findCitations(text: string): Citation[] {
  const citations: Citation[] = [];
  for (const match of text.matchAll(CITATION)) {
    const index = match.index ?? 0;
    const nameEnd = index + match[1].length + 2;
    const articles: ArticleRef[] = [];
    for (const item of (match[2] ?? "").matchAll(ONE_ITEM)) {
      const separator = item[1] ?? "";
      const start = nameEnd + (item.index ?? 0) + separator.length;
      const label = item[0].slice(separator.length);
      const previous = articles[articles.length - 1];
      const rangeFrom = previous && new RegExp(`^(?:${RANGE_SEPARATOR})$`).test(separator) ? previous.number : undefined;
      if (item[2] !== undefined) {
        // Short range: both ends in one label.
        articles.push({ label, number: parseArticleNumber(item[2]), suffix: 0, start, end: start + label.length });
        articles.push({ label, number: parseArticleNumber(item[3]), suffix: 0, rangeFrom: parseArticleNumber(item[2]), start, end: start + label.length });
        continue;
      }
      articles.push({
        label,
        number: parseArticleNumber(item[4]),
        suffix: item[5] ? parseArticleNumber(item[5]) : 0,
        ...(item[6] ? { clause: parseArticleNumber(item[6]) } : {}),
        ...(item[7] ? { item: parseArticleNumber(item[7]) } : {}),
        ...(rangeFrom !== undefined ? { rangeFrom } : {}),
        start,
        end: start + label.length,
      });
    }
    citations.push({ instrument: match[1], articles, index, nameEnd });
  }
  return citations;
}

/** Every article key a citation covers, ranges expanded (at most 30 articles a range, in order, no repeats). */
export function citedKeys(citation: Citation): string[] {
  const keys: string[] = [];
  const add = (key: string) => {
    if (!keys.includes(key)) keys.push(key);
  };
  for (const ref of citation.articles) {
    if (ref.rangeFrom !== undefined && !ref.suffix && ref.number > ref.rangeFrom && ref.number - ref.rangeFrom <= 30) {
      for (let n = ref.rangeFrom + 1; n < ref.number; n++) add(String(n));
    }
    add(articleKey(ref));
  }
  return keys;
}

/** The articles present in an official text file: lines that start with 第N条 (or 第N条之一). */
export function articlesInStatuteText(text: string): Set<string> {
  return new Set(statuteArticles(text).keys());
}

/**
 * The official text split into articles: key → the article's paragraphs, without the leading "第N条". An
 * article runs until the next article or heading line.
 */
export function statuteArticles(text: string): Map<string, string[]> {
  const found = new Map<string, string[]>();
  const heading = new RegExp(`^\\s*第(${NUM})条(?:之(${NUM}))?(?=[\\s　])[\\s　]*(.*)$`);
  let current: string[] | undefined;
  for (const line of text.split("\n")) {
    const match = heading.exec(line);
    if (match) {
      const key = articleKey({ number: parseArticleNumber(match[1]), suffix: match[2] ? parseArticleNumber(match[2]) : 0 });
      current = [];
      found.set(key, current);
      if (match[3].trim()) current.push(match[3].trim());
      continue;
    }
    if (/^\s*(#|<!--)/.test(line)) {
      current = undefined;
      continue;
    }
    if (current && line.trim()) current.push(line.trim());
  }
  return found;
}
