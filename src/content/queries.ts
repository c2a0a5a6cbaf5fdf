import type { Article, Site, Topic } from "./types";

export function findArticle(site: Site, slug: string): Article | undefined {
  return site.articles.find((article) => article.slug === slug);
}

export function findTopic(site: Site, id: string): Topic | undefined {
  return site.topics.find((topic) => topic.id === id);
}

/** A topic's articles in reading order (the `order` field), not alphabetically. */
export function articlesOfTopic(site: Site, topicId: string): Article[] {
  return site.articles.filter((article) => article.topic === topicId);
}

/** The article that an old slug (an `aliases` entry) now lives at. */
export function findByAlias(site: Site, alias: string): Article | undefined {
  return site.articles.find((article) => article.aliases.includes(alias));
}

/**
 * Explicit `related` first (in the editor's order), then articles of the same
 * topic or sharing tags, most shared tags first, until `limit` is reached.
 */
export function relatedArticles(site: Site, article: Article, limit = 4): Article[] {
  const chosen: Article[] = [];
  for (const slug of article.related) {
    const found = findArticle(site, slug);
    if (found) chosen.push(found);
  }
  const tags = new Set(article.tags);
  const candidates = site.articles
    .filter((other) => other.slug !== article.slug && !chosen.includes(other))
    .map((other) => ({
      other,
      score: (other.topic === article.topic ? 1 : 0) + other.tags.filter((tag) => tags.has(tag)).length,
    }))
    .filter(({ score }) => score > 0)
    .sort((a, b) => b.score - a.score || a.other.order - b.other.order);
  for (const { other } of candidates) {
    if (chosen.length >= limit) break;
    chosen.push(other);
  }
  return chosen.slice(0, Math.max(limit, article.related.length));
}

export function featuredArticles(site: Site): Article[] {
  return site.featured.map((slug) => findArticle(site, slug)).filter((a): a is Article => a !== undefined);
}

/** The /updates entries that name this article, newest first (the site keeps them sorted). */
export function updatesForArticle(site: Pick<Site, "updates">, slug: string) {
  return site.updates.filter((entry) => entry.articles.includes(slug));
}

/** The articles that cite one law article (body, FAQ or sources), in reading order. */
export function articlesCiting(site: Pick<Site, "articles">, slug: string, key: string): Article[] {
  return site.articles.filter((article) => article.lawRefs.some((ref) => ref.slug === slug && ref.key === key));
}

/**
 * Every topic, those of the given articles first (in the order the articles come), then the rest in the site's
 * order: what a "not found" search offers, nearest topic first, so a reader can always browse on.
 */
export function topicsNearest(site: Pick<Site, "articles" | "topics">, slugs: readonly string[]): Topic[] {
  const nearest = slugs.flatMap((slug) => site.articles.find((article) => article.slug === slug)?.topic ?? []);
  const order = [...new Set([...nearest, ...[...site.topics].sort((a, b) => a.order - b.order).map((topic) => topic.id)])];
  return order.flatMap((id) => site.topics.find((topic) => topic.id === id) ?? []);
}
