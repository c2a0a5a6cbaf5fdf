import type { Article, Topic } from "@/content";
import type { SiteInfo } from "./site-info";
import { FEED_PATH } from "./feed";
import { SHARE_IMAGE_SIZE } from "./share-card";
import { UPDATES_PATH, absoluteUrl, articlePath, shareImagePath, topicPath } from "./urls";

/** Every page points feed readers at the Atom feed. */
const feedLink = { "application/atom+xml": FEED_PATH };

/**
 * Page metadata as plain data, shaped so a route can return it as Next's
 * `Metadata` (the title goes through the layout's "%s | site" template).
 * Open Graph set on a page replaces the layout's wholesale, so locale and
 * site name are repeated on every page. Articles and topics name their share
 * image (the share-image.png route beside them) with its alt text, the title;
 * other pages get the home page's opengraph-image file.
 */
export interface ShareMetadata {
  title: string;
  description: string;
  alternates: { canonical: string; types: typeof feedLink };
  openGraph: {
    type: "article" | "website";
    locale: "zh_CN";
    siteName: string;
    title: string;
    description: string;
    url: string;
    modifiedTime?: string;
    publishedTime?: string;
    section?: string;
    tags?: string[];
    images?: ShareImage[];
  };
  twitter: { card: "summary_large_image"; title: string; description: string; images?: ShareImage[] };
}

/** A share image as Open Graph describes it; `alt` says what it shows, for readers who cannot see it. */
export interface ShareImage {
  url: string;
  width: number;
  height: number;
  alt: string;
  type: "image/png";
}

function shareImage(site: SiteInfo, pagePath: string, alt: string): ShareImage {
  return { url: absoluteUrl(site.url, shareImagePath(pagePath)), ...SHARE_IMAGE_SIZE, alt, type: "image/png" };
}

function pageMetadata(
  site: SiteInfo,
  path: string,
  title: string,
  description: string,
  extra: Partial<ShareMetadata["openGraph"]> = {},
): ShareMetadata {
  return {
    title,
    description,
    alternates: { canonical: path, types: feedLink },
    openGraph: {
      type: "website",
      locale: "zh_CN",
      siteName: site.name,
      title,
      description,
      url: absoluteUrl(site.url, path),
      ...extra,
    },
    twitter: { card: "summary_large_image", title, description, ...(extra.images ? { images: extra.images } : {}) },
  };
}

export function articleMetadata(site: SiteInfo, article: Article, topic: Topic): ShareMetadata {
  return pageMetadata(site, articlePath(article.slug), article.title, article.summary, {
    type: "article",
    modifiedTime: article.reviewed,
    section: topic.name,
    tags: article.tags,
    images: [shareImage(site, articlePath(article.slug), article.title)],
  });
}

export function topicMetadata(site: SiteInfo, topic: Topic): ShareMetadata {
  return pageMetadata(site, topicPath(topic.id), topic.name, topic.description, {
    images: [shareImage(site, topicPath(topic.id), `${topic.name}（专题）`)],
  });
}

export function updatesMetadata(site: SiteInfo): ShareMetadata {
  return pageMetadata(site, UPDATES_PATH, "政策与内容更新", "本站文章因新规定、更正和新增内容所做的每一次修改，按日期排列，最新的在前。");
}

/**
 * The home page's title (and the layout's default): name and tagline joined by " | " like the
 * other pages' titles, not by "：", because the tagline has a colon of its own.
 */
export const homeTitle = (site: SiteInfo) => `${site.name} | ${site.tagline}`;

/** The home page; its title is the layout's default title, not the "%s | site" template. */
export function homeMetadata(site: SiteInfo, description: string): Omit<ShareMetadata, "title"> {
  const { title: _title, ...rest } = pageMetadata(site, "/", homeTitle(site), description);
  return rest;
}

/**
 * Defaults for the root layout, for pages that set none of their own (search):
 * Open Graph, Twitter card and feed link, but no canonical URL, which would
 * otherwise be inherited and claim every such page is the home page.
 */
export function defaultMetadata(site: SiteInfo, description: string) {
  const { alternates, openGraph, twitter } = homeMetadata(site, description);
  const { url: _url, ...openGraphWithoutUrl } = openGraph;
  return { alternates: { types: alternates.types }, openGraph: openGraphWithoutUrl, twitter };
}
