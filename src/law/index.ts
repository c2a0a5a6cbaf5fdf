/** The law texts the site quotes: citation parsing, the content/law/ loader, link targets. */
export {
  articleKey,
  articleLabel,
  articlesInStatuteText,
  citedKeys,
  findCitations,
  parseArticleNumber,
  statuteArticles,
  type ArticleRef,
  type Citation,
} from "./citations";
export { parseChineseNumber } from "./numerals";
export { parseLawQuery, type LawQueryTarget } from "./query";
