import { clientAddressFromHeaders, crossSiteResponse, json, sameOrigin } from "@/comments";
import { formatCount, getCountService, knownRejection, readBeaconFields } from "@/counts";

export const dynamic = "force-dynamic";

const failed = (error: unknown) => {
  const known = knownRejection(error);
  return json({ error: known?.message ?? "服务器出错了，请稍后再试" }, known?.status ?? 500);
};

/** GET /api/views?article=slug — how often the article was read (all time). */
export async function GET(request: Request) {
  try {
    const article = new URL(request.url).searchParams.get("article");
    const views = await (await getCountService()).viewCount(article ?? "");
    return json({ article, views, label: formatCount(views) }, 200, { "cache-control": "public, max-age=60" });
  } catch (error) {
    return failed(error);
  }
}

/** POST /api/views {article} — the article page's beacon, sent after it has been visible a few seconds. */
export async function POST(request: Request) {
  if (!sameOrigin(request)) return crossSiteResponse(request);
  try {
    const fields = await readBeaconFields(request);
    const visitor = { address: clientAddressFromHeaders(request.headers), userAgent: request.headers.get("user-agent") };
    const result = await (await getCountService()).recordView(fields.article, visitor);
    return json({ ...result, label: formatCount(result.views) }, result.counted ? 201 : 200);
  } catch (error) {
    return failed(error);
  }
}
