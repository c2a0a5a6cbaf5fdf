/** Where a cited article's words are shown: a footnote on the citing page, and its entry on the law page. */
export const LAW_PATH = "/law";
export const lawFootnoteId = (slug: string, key: string) => `law-${slug}-${key}`;
export const lawPagePath = (slug: string) => `${LAW_PATH}/${slug}`;
export const lawArticleHref = (slug: string, key: string) => `${lawPagePath(slug)}#${key}`;
