import type { Article, Site } from "@/content";

export type ViewTotal = { articleSlug: string; views: number };
export type RankedArticle = { article: Article; views: number };

/**
 * 热门文章: most-read first (ties: the editors' featured order, then reading order), among all
 * articles, one topic's (`topic`), or all but one topic's (`excludeTopic`: a topic page already
 * lists its own articles). Articles no one has read yet are filled in from the
 * editors' list, then reading order, so the list is never shorter because data is thin.
 * `source` says whether any real reads were behind it.
 */
export function rankPopular(
  site: Pick<Site, "articles" | "featured">,
  totals: readonly ViewTotal[],
  { limit, topic, excludeTopic }: { limit: number; topic?: string; excludeTopic?: string },
): { ranked: RankedArticle[]; source: "views" | "editor" } {
  const scope = site.articles.filter((article) => (topic === undefined || article.topic === topic) && article.topic !== excludeTopic);
  const views = new Map(totals.map((t) => [t.articleSlug, t.views]));
  const featuredRank = (slug: string) => {
    const i = site.featured.indexOf(slug);
    return i === -1 ? Number.MAX_SAFE_INTEGER : i;
  };
  const readingRank = new Map(site.articles.map((article, i) => [article.slug, i]));
  const ranked = scope
    .map((article) => ({ article, views: views.get(article.slug) ?? 0 }))
    .sort(
      (a, b) =>
        b.views - a.views ||
        featuredRank(a.article.slug) - featuredRank(b.article.slug) ||
        readingRank.get(a.article.slug)! - readingRank.get(b.article.slug)!,
    )
    .slice(0, limit);
  return { ranked, source: ranked.some((r) => r.views > 0) ? "views" : "editor" };
}
