/** Paths of the pages a reader can share; one place so links, sitemap, feed and JSON-LD agree. */
export const articlePath = (slug: string) => `/articles/${slug}`;
export const topicPath = (id: string) => `/topics/${id}`;
/** 政策与内容更新: one page, each entry at its own anchor. */
export const UPDATES_PATH = "/updates";
export const updatePath = (id: string) => `${UPDATES_PATH}#${id}`;

/** Pages without content of their own in content/articles. */
export const TOOLS_PATH = "/tools";
export const letterTemplatePath = (slug: string) => `${TOOLS_PATH}/letters/${slug}`;
export const ABOUT_PATH = "/about";
export const PRIVACY_PATH = "/privacy";

/**
 * The share image of an article or topic page (the share-image.png route beside it), named in
 * the page's metadata with its own alt text. The home page's is its opengraph-image file.
 */
export const shareImagePath = (pagePath: string) => `${pagePath}/share-image.png`;

/** `siteUrl` has no trailing slash (see site-config); `path` starts with "/". */
export function absoluteUrl(siteUrl: string, path: string): string {
  return new URL(path, `${siteUrl}/`).toString();
}

/** A mailto: link with subject and body prefilled (percent-encoded, so Chinese and line breaks survive every mail app). */
export function mailtoHref(address: string, subject: string, bodyLines: string[]): string {
  return `mailto:${address}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(bodyLines.join("\n"))}`;
}
