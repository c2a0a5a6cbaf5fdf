import path from "node:path";
import { loadSite } from "./load";
import type { Site } from "./types";

export { loadSite } from "./load";
export { renderMarkdown, MYTH_MARKER } from "./render";
export { ContentError, ContentIssue } from "./errors";
export { readDataFile, zodIssues } from "./data-file";
export { SLUG_PATTERN, UPDATE_KINDS } from "./schema";
export { REVIEW_MAX_AGE_MONTHS, isReviewStale, monthsBefore, todayInChina } from "./freshness";
export * from "./queries";
export type { Article, FaqEntry, Heading, LawArticle, LawInstrument, LawLibrary, Site, Source, Topic, Update } from "./types";

let cached: Promise<Site> | undefined;

/** The site's content, loaded once per process from ./content (or CONTENT_DIR). */
export function getSite(): Promise<Site> {
  const contentDir = process.env.CONTENT_DIR
    ? path.resolve(/* turbopackIgnore: true */ process.env.CONTENT_DIR)
    : path.join(process.cwd(), "content");
  cached ??= loadSite({ contentDir, rootDir: process.cwd() });
  return cached;
}
export { HOTLINES, splitHotlines, telHref, type TextPart } from "./hotlines";
export { LAW_PATH, lawArticleHref, lawFootnoteId, lawPagePath } from "./law-links";
export { findLawInstrument } from "./law-texts";
export { citationResolver, citationSpans, splitLinkedText, type CitationHref, type LinkedPart } from "./linked-text";
export { lawRefsInTexts } from "./law-citations";
