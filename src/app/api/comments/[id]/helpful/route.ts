import { clientAddressFromHeaders, crossSiteResponse, escapeHtml, getCommentService, htmlPage, json, sameOrigin, seeOther, toCommentError } from "@/comments";

export const dynamic = "force-dynamic";

/** POST /api/comments/:id/helpful — one "有帮助" per reader per comment. */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  if (!sameOrigin(request)) return crossSiteResponse(request);
  const wantsJson = (request.headers.get("accept") ?? "").includes("application/json");
  try {
    const result = await (await getCommentService()).markHelpful((await params).id, { address: clientAddressFromHeaders(request.headers) });
    if (wantsJson) return json(result);
    return seeOther(`/articles/${result.articleSlug}/comments?helpful=${result.counted ? "counted" : "already"}#comments`);
  } catch (error) {
    const known = toCommentError(error);
    const message = known?.message ?? "服务器出错了，请稍后再试";
    if (wantsJson) return json({ error: message }, known?.status ?? 500);
    return htmlPage("没有记上", `<h1>没有记上</h1><p role="alert">${escapeHtml(message)}</p><p><a href="/">返回首页</a></p>`, known?.status ?? 500);
  }
}
