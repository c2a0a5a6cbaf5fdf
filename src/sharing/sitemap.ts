import type { Site } from "@/content";
import { LAW_PATH, lawPagePath } from "@/content";
import { UPDATES_PATH, absoluteUrl, articlePath, topicPath } from "./urls";

export interface SitemapEntry {
  url: string;
  /** YYYY-MM-DD: the last review of the facts (`reviewed`), the date a reader cares about. */
  lastModified: string;
  priority: number;
}

const latest = (dates: string[]) => dates.reduce((max, date) => (date > max ? date : max), "");

/** Home, every topic, /updates and every article; a list page is as fresh as its freshest entry. */
export function sitemapEntries(siteUrl: string, site: Site): SitemapEntry[] {
  const allReviewed = site.articles.map((article) => article.reviewed);
  return [
    { url: absoluteUrl(siteUrl, "/"), lastModified: latest(allReviewed), priority: 1 },
    ...site.topics.map((topic) => ({
      url: absoluteUrl(siteUrl, topicPath(topic.id)),
      lastModified: latest(site.articles.filter((a) => a.topic === topic.id).map((a) => a.reviewed)) || latest(allReviewed),
      priority: 0.8,
    })),
    ...(site.updates.length > 0
      ? [{ url: absoluteUrl(siteUrl, UPDATES_PATH), lastModified: site.updates[0].date, priority: 0.5 }]
      : []),
    // Law pages change when a quoted text or a citing article does: as fresh as the freshest review.
    ...(site.laws.instruments.length > 0
      ? [LAW_PATH, ...site.laws.instruments.map((law) => lawPagePath(law.slug))].map((path) => ({
          url: absoluteUrl(siteUrl, path),
          lastModified: latest(allReviewed),
          priority: 0.4,
        }))
      : []),
    ...site.articles.map((article) => ({
      url: absoluteUrl(siteUrl, articlePath(article.slug)),
      lastModified: article.reviewed,
      priority: 0.6,
    })),
  ];
}
