import { json } from "@/comments";
import { editorsPopular, getCountService, knownRejection } from "@/counts";
import { isDatabaseUnavailable } from "@/db";

export const dynamic = "force-dynamic";

/**
 * GET /api/popular?limit=5[&topic=id | &excludeTopic=id] — 热门文章 of the last 30 days (all articles,
 * one topic's, or all but one topic's); `source: "editor"` while there is no data or no database.
 */
export async function GET(request: Request) {
  const params = new URL(request.url).searchParams;
  const options = { topic: params.get("topic") ?? undefined, excludeTopic: params.get("excludeTopic") ?? undefined, limit: params.has("limit") ? Number(params.get("limit")) : undefined };
  try {
    return json(await (await getCountService()).popular(options), 200, { "cache-control": "public, max-age=300" });
  } catch (error) {
    // The header box's empty state lists these: while the database is away it still gets the editors' picks.
    if (isDatabaseUnavailable(error)) return json(await editorsPopular(options), 200, { "cache-control": "no-store" });
    const known = knownRejection(error);
    return json({ error: known?.message ?? "服务器出错了，请稍后再试" }, known?.status ?? 500);
  }
}
