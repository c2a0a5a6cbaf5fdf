import { getSite } from "@/content";
import { getDatabase } from "@/db";
import type { PopularResponse } from "./browser";
import { rankPopular } from "./popular";
import { CountService, countsPerAddressFromEnv, type PopularOptions } from "./service";
import { createSqlCountStore } from "./store";

export { formatCount, MIN_VIEWS_SHOWN, viewsLabel, VIEW_AFTER_VISIBLE_MS, SEARCH_EVENTS, type SearchEvent, type PopularItem, type PopularResponse } from "./browser";
export { CountError, type CountErrorCode } from "./errors";
export { dayOf, daysBefore, COUNT_TIME_ZONE } from "./day";
export { isBotUserAgent, normalizeQuery, isStorableQuery, QUERY_MAX } from "./rules";
export { rankPopular, type RankedArticle, type ViewTotal } from "./popular";
export { createSqlCountStore, SEARCH_RETENTION_DAYS, type AddressBudget, type CountStore, type SearchGap, type SearchClickRate } from "./store";
export { CountService, POPULAR_DAYS, POPULAR_LIMIT_MAX, VIEWS_PER_ADDRESS_PER_ARTICLE, SEARCHES_PER_ADDRESS_PER_QUERY, SEARCHES_PER_ADDRESS, countsPerAddressFromEnv, type VisitorInfo, type PopularOptions, type ViewResult, type SearchLogResult, type CountServiceOptions } from "./service";
export { readBeaconFields, knownRejection, BEACON_MAX_BYTES } from "./http";
export { searchReport } from "./report";

let service: Promise<CountService> | undefined;

/** The process-wide count service over the configured database (PGlite or DATABASE_URL). */
export function getCountService(): Promise<CountService> {
  service ??= (async () => {
    const [db, site] = await Promise.all([getDatabase(), getSite()]);
    return new CountService(createSqlCountStore(db), { site, countsPerAddress: countsPerAddressFromEnv() });
  })().catch((error) => {
    service = undefined;
    throw error;
  });
  return service;
}

/**
 * 热门文章 for server-rendered pages (e.g. the /search empty state): never throws; if the
 * database is unavailable it answers with the editors' list, so a page never breaks over counts.
 */
export async function getPopularArticles(options: PopularOptions = {}): Promise<PopularResponse> {
  try {
    return await (await getCountService()).popular(options);
  } catch (error) {
    console.error("热门文章：读取阅读数失败，改用编辑推荐。", error);
    return editorsPopular(options);
  }
}

/** 热门文章 without reads: the editors' list, then reading order (what /api/popular answers while the database is away). */
export async function editorsPopular({ limit = 5, topic, excludeTopic }: PopularOptions = {}): Promise<PopularResponse> {
  const { ranked } = rankPopular(await getSite(), [], { limit, topic, excludeTopic });
  return { articles: ranked.map(({ article }) => ({ slug: article.slug, title: article.title, href: `/articles/${article.slug}`, views: 0 })), source: "editor" };
}
