import { cleanQuery, searchAnswerCacheControl } from "@/search";
import { getSiteSearch } from "@/search/node";

export const dynamic = "force-dynamic";

/** What the header box shows; the same number it used to take from the index in the browser. */
const BOX_RESULTS = 8;

/**
 * GET /api/search?q=&v= — the header box's results, ranked by the same Searcher as /search (so the two agree by
 * construction). The answer depends only on q and the deployed content; `v` is the content's search-index version
 * the asking page was built with, and only an answer for this server's version may be kept long by shared caches
 * (src/search/cache.ts). A first search costs one small response instead of the whole index (README, Search).
 */
export async function GET(request: Request) {
  const params = new URL(request.url).searchParams;
  const query = cleanQuery(params.get("q"));
  const { searcher, asset } = await getSiteSearch();
  const results = query ? searcher.search(query, BOX_RESULTS) : [];
  return Response.json({ q: query, v: asset.hash, results }, { headers: { "cache-control": searchAnswerCacheControl(params.get("v"), asset.hash) } });
}
