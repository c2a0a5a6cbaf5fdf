import { clientAddressFromHeaders, crossSiteResponse, json, sameOrigin } from "@/comments";
import { getCountService, knownRejection, readBeaconFields } from "@/counts";

export const dynamic = "force-dynamic";

/**
 * POST /api/search-log {query, event: "zero" | "results" | "first-click"} — from the search page.
 * 202 either way; `stored: false` when the query was dropped (personal data, bot, repeat today).
 */
export async function POST(request: Request) {
  if (!sameOrigin(request)) return crossSiteResponse(request);
  try {
    const fields = await readBeaconFields(request);
    const visitor = { address: clientAddressFromHeaders(request.headers), userAgent: request.headers.get("user-agent") };
    return json(await (await getCountService()).recordSearch(fields, visitor), 202);
  } catch (error) {
    const known = knownRejection(error);
    return json({ error: known?.message ?? "服务器出错了，请稍后再试" }, known?.status ?? 500);
  }
}
