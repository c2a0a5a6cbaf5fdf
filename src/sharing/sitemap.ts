import { LAW_PATH, lawPagePath, type Site } from "@/content";
import { ABOUT_PATH, PRIVACY_PATH, TOOLS_PATH, UPDATES_PATH, absoluteUrl, articlePath, letterTemplatePath, topicPath } from "./urls";

export interface SitemapEntry {
  url: string;
  /**
   * YYYY-MM-DD: the last review of the facts (`reviewed`), the date a reader cares about.
   * Absent for pages that carry no date of their own (tools, about, privacy): better none than a made-up one.
   */
  lastModified?: string;
  priority: number;
}

/** What the sitemap needs from the toolkit (src/tools): each tool's page and each letter template. */
export interface SitemapTools {
  tools: { href: string }[];
  templates: { slug: string }[];
}

const latest = (dates: string[]) => dates.reduce((max, date) => (date > max ? date : max), "");

/**
 * Home, every topic, /updates, every article, the tools (/tools, each tool, each letter
 * template), /about and /privacy; a list page is as fresh as its freshest entry.
 */
export function sitemapEntries(siteUrl: string, site: Site, toolkit: SitemapTools): SitemapEntry[] {
  const allReviewed = site.articles.map((article) => article.reviewed);
  const page = (path: string, priority: number): SitemapEntry => ({ url: absoluteUrl(siteUrl, path), priority });
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
    page(TOOLS_PATH, 0.7),
    ...toolkit.tools.map((tool) => page(tool.href, 0.7)),
    ...toolkit.templates.map((template) => page(letterTemplatePath(template.slug), 0.5)),
    page(ABOUT_PATH, 0.3),
    page(PRIVACY_PATH, 0.3),
  ];
}
