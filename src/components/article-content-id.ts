/** Which stretch of the article page: "main" runs from the table of contents to the printed address, "end" is 相关文章. */
export type ArticleContentPart = "main" | "end";

/** The element id of a stretch: drawn by ArticleContentSections, looked up again by ArticleContent's fallback. */
export const articleContentId = (part: ArticleContentPart) => `article-content-${part}`;
