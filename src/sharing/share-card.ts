import type { Article, Topic } from "@/content";
import type { SiteInfo } from "./site-info";

/** Open Graph's recommended size; WeChat and most apps crop other ratios. */
export const SHARE_IMAGE_SIZE = { width: 1200, height: 630 } as const;

/**
 * The words on a share card. `bold` lines are drawn with the 700 weight font
 * files and `regular` ones with the 400 weight (see share-fonts.ts); the font
 * coverage test checks every character of both against those files.
 */
export interface ShareCardText {
  /** Small line above the title: the topic, or the site's tagline. */
  kicker: string;
  title: string;
  /** Under the title: the article summary (itself an answer) or topic description. */
  summary: string;
  /** Bottom line: the site name, then its host so the reader sees where the link goes. */
  siteName: string;
  host: string;
}

export const boldText = (card: ShareCardText) => [card.kicker, card.title, card.siteName].join("");
export const regularText = (card: ShareCardText) => [card.summary, card.host].join("");

const host = (site: SiteInfo) => new URL(site.url).host;

export function articleShareCard(site: SiteInfo, article: Article, topic: Topic): ShareCardText {
  return { kicker: topic.name, title: article.title, summary: article.summary, siteName: site.name, host: host(site) };
}

export function topicShareCard(site: SiteInfo, topic: Topic, articleCount: number): ShareCardText {
  return { kicker: `专题 · ${articleCount} 篇文章`, title: topic.name, summary: topic.description, siteName: site.name, host: host(site) };
}

export function homeShareCard(site: SiteInfo): ShareCardText {
  return { kicker: "网贷逾期，先别慌", title: site.name, summary: site.tagline, siteName: site.name, host: host(site) };
}

/** Title size by length, so a long question still fits in three lines of the card. */
export function titleFontSize(title: string): number {
  const length = [...title].length;
  if (length <= 12) return 76;
  if (length <= 20) return 64;
  if (length <= 30) return 56;
  return 46;
}
