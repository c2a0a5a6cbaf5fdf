import { Feed } from "feed";
import type { Site } from "@/content";
import type { SiteInfo } from "./site-info";
import { absoluteUrl, articlePath } from "./urls";

export const FEED_PATH = "/feed.xml";

/** ISO dates in content are calendar days; read them as midnight UTC so the feed does not depend on the build machine's zone. */
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/**
 * The feed library writes titles and summaries as type="html" (in CDATA), so
 * readers parse them as HTML; ours are plain text and must stay text.
 */
const asHtmlText = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** Articles newest first by `updated` (last content change), then by title for a stable order. */
export function articlesByUpdated(site: Site) {
  return [...site.articles].sort((a, b) => b.updated.localeCompare(a.updated) || a.title.localeCompare(b.title, "zh-CN"));
}

/**
 * An Atom 1.0 feed of every article, newest `updated` first. The feed's own
 * `updated` is the newest article's, not the build time, so rebuilding
 * unchanged content gives the same bytes.
 */
export function buildAtomFeed(info: SiteInfo, site: Site): string {
  const articles = articlesByUpdated(site);
  const home = absoluteUrl(info.url, "/");
  const feed = new Feed({
    title: info.name,
    description: info.tagline,
    id: home,
    link: home,
    language: "zh-CN",
    copyright: `${info.name}：本站内容为一般信息，不构成法律意见`,
    updated: articles.length > 0 ? day(articles[0].updated) : new Date(0),
    generator: info.name,
    feedLinks: { atom: absoluteUrl(info.url, FEED_PATH) },
    author: { name: info.name, link: home },
  });
  for (const article of articles) {
    const url = absoluteUrl(info.url, articlePath(article.slug));
    feed.addItem({
      title: asHtmlText(article.title),
      id: url,
      link: url,
      description: asHtmlText(article.summary),
      date: day(article.updated),
      category: article.tags.map((tag) => ({ name: tag })),
    });
  }
  return feed.atom1();
}
