/** Everything that makes a page shareable: metadata, share cards, JSON-LD, sitemap, feed, redirects, QR codes. */
export type { SiteInfo } from "./site-info";
export { ABOUT_PATH, PRIVACY_PATH, TOOLS_PATH, absoluteUrl, articlePath, letterTemplatePath, mailtoHref, shareImagePath, topicPath, updatePath, UPDATES_PATH } from "./urls";
export { articleMetadata, defaultMetadata, homeMetadata, homeTitle, topicMetadata, updatesMetadata, type ShareMetadata } from "./metadata";
export { articleJsonLd, breadcrumbJsonLd, faqPageJsonLd, legislationJsonLd, serializeJsonLd, websiteJsonLd, type JsonLd } from "./structured-data";
export { articlesByUpdated, buildAtomFeed, FEED_PATH } from "./feed";
export { sitemapEntries, type SitemapEntry, type SitemapTools } from "./sitemap";
export { aliasRedirects, type AliasRedirect } from "./redirects";
export { qrCodeSvg } from "./qr-code";
export {
  LOCAL_SITE_URL,
  checkBuildAddress,
  isLocalOnlyHost,
  isLoopbackHost,
  planStart,
  readSiteUrl,
  shareUrlForPage,
  siteUrlFromEnv,
  type BuildVerdict,
  type StartPlan,
} from "./site-address";
export {
  MIN_LAST_LINE,
  SHARE_IMAGE_SIZE,
  SUMMARY_FONT_SIZE,
  articleShareCard,
  balanceLines,
  boldText,
  homeShareCard,
  regularText,
  summaryLines,
  textWidthEm,
  titleFontSize,
  titleLines,
  topicShareCard,
  type ShareCardText,
} from "./share-card";
export { SHARE_FONT_FAMILY, SHARE_FONT_FILES, loadShareFonts, type ShareFont } from "./share-fonts";
