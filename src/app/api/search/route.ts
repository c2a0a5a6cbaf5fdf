import { cleanQuery } from "@/search";
import { getSiteSearch } from "@/search/node";

export const dynamic = "force-dynamic";

/** What the header box shows; the same number it used to take from the index in the browser. */
const BOX_RESULTS = 8;

/**
 * GET /api/search?q= — the header box's results, ranked by the same Searcher as /search (so the two agree by
 * construction). The answer depends only on q and the deployed content, so shared caches may keep it: a first
 * search costs one small response instead of the whole index (README, Search).
 */
export async function GET(request: Request) {
  const query = cleanQuery(new URL(request.url).searchParams.get("q"));
  const { searcher } = await getSiteSearch();
  const results = query ? searcher.search(query, BOX_RESULTS) : [];
  return Response.json({ q: query, results }, { headers: { "cache-control": "public, max-age=300, s-maxage=3600" } });
}
