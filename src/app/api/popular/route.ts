import { json } from "@/comments";
import { getCountService, knownRejection } from "@/counts";

export const dynamic = "force-dynamic";

/**
 * GET /api/popular?limit=5[&topic=id | &excludeTopic=id] — 热门文章 of the last 30 days (all articles,
 * one topic's, or all but one topic's); `source: "editor"` while there is no data.
 */
export async function GET(request: Request) {
  try {
    const params = new URL(request.url).searchParams;
    const limit = params.has("limit") ? Number(params.get("limit")) : undefined;
    const result = await (await getCountService()).popular({ topic: params.get("topic") ?? undefined, excludeTopic: params.get("excludeTopic") ?? undefined, limit });
    return json(result, 200, { "cache-control": "public, max-age=300" });
  } catch (error) {
    const known = knownRejection(error);
    return json({ error: known?.message ?? "服务器出错了，请稍后再试" }, known?.status ?? 500);
  }
}
