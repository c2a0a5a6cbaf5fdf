/**
 * How long an /api/search answer may be kept. The answer depends on the query and on the deployed content, so the
 * header box asks with the build's search-index version (`v`, the index asset's content hash): a new deploy is a
 * new URL, and no cache can hand a reader results that point at a renamed section. Only an answer for the version
 * this server holds may be kept long; a request without it or for another version (a page from before the
 * deploy, or an instance not yet restarted during a rolling upgrade) is answered with a short lifetime, so no
 * cache keeps old results under the new version's key, or new ones under the old.
 */
export const SEARCH_ANSWER_CACHE = {
  current: "public, max-age=300, s-maxage=3600",
  other: "public, max-age=60, s-maxage=60",
} as const;

export function searchAnswerCacheControl(askedVersion: string | null | undefined, version: string): string {
  return askedVersion === version ? SEARCH_ANSWER_CACHE.current : SEARCH_ANSWER_CACHE.other;
}

/** The header box's request for a query, with the version that makes the cache key change per build. */
export function searchAnswerUrl(query: string, version: string): string {
  return `/api/search?q=${encodeURIComponent(query)}&v=${encodeURIComponent(version)}`;
}
