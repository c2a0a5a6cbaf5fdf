import { Feed } from "feed";
import type { Site } from "@/content";
import type { SiteInfo } from "./site-info";
import { absoluteUrl, articlePath, updatePath } from "./urls";

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
 * An Atom 1.0 feed of every article and every /updates entry, newest first. The feed's own
 * `updated` is the newest date in it, not the build time, so rebuilding unchanged content gives the
 * same bytes.
 */
export function buildAtomFeed(info: SiteInfo, site: Site): string {
  const articles = articlesByUpdated(site);
  const titleOf = new Map(site.articles.map((article) => [article.slug, article.title]));
  const items = [
    ...articles.map((article) => ({
      title: article.title,
      url: absoluteUrl(info.url, articlePath(article.slug)),
      description: article.summary,
      date: article.updated,
      categories: article.tags,
    })),
    // An update is its own entry (its id is its anchor), so a reader following the feed sees a
    // correction even when the article's title did not change.
    ...site.updates.map((entry) => ({
      title: `更新：${entry.title}`,
      url: absoluteUrl(info.url, updatePath(entry.id)),
      description: `${entry.summary}（涉及：${entry.articles.map((slug) => titleOf.get(slug) ?? slug).join("；")}）`,
      date: entry.date,
      categories: ["政策与内容更新"],
    })),
  ].sort((a, b) => b.date.localeCompare(a.date) || a.title.localeCompare(b.title, "zh-CN"));
  const home = absoluteUrl(info.url, "/");
  const feed = new Feed({
    title: info.name,
    description: info.tagline,
    id: home,
    link: home,
    language: "zh-CN",
    copyright: `${info.name}：本站内容为一般信息，不构成法律意见`,
    updated: items.length > 0 ? day(items[0].date) : new Date(0),
    generator: info.name,
    feedLinks: { atom: absoluteUrl(info.url, FEED_PATH) },
    author: { name: info.name, link: home },
  });
  for (const item of items) {
    feed.addItem({
      title: asHtmlText(item.title),
      id: item.url,
      link: item.url,
      description: asHtmlText(item.description),
      date: day(item.date),
      category: item.categories.map((name) => ({ name })),
    });
  }
  return feed.atom1();
}
