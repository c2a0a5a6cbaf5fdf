import { clientAddressFromHeaders, crossSiteResponse, fieldText, formErrorPage, getCommentService, json, parseRequestFields, postedArticleSlug, sameOrigin, seeOther, toCommentError } from "@/comments";

export const dynamic = "force-dynamic";

/** POST /api/feedback — "这篇有帮助吗？" yes / no with an optional reason. */
export async function POST(request: Request) {
  if (!sameOrigin(request)) return crossSiteResponse(request);
  let kind: "json" | "form" = request.headers.get("content-type")?.includes("json") ? "json" : "form";
  let fields: Record<string, unknown> = {};
  try {
    ({ kind, fields } = await parseRequestFields(request));
    const result = await (await getCommentService()).feedback(fields, { address: clientAddressFromHeaders(request.headers) });
    if (kind === "json") return json({ ok: true });
    return seeOther(`/articles/${result.article}/comments?feedback=thanks#feedback`);
  } catch (error) {
    const known = toCommentError(error);
    if (!known) return json({ error: "服务器出错了，请稍后再试" }, 500);
    if (kind === "json") return json({ error: known.message, field: known.field }, known.status);
    const article = postedArticleSlug(fields);
    return formErrorPage(known, {
      action: "/api/feedback",
      title: "反馈没有提交成功",
      fields: { article, helpful: fieldText(fields.helpful), reason: fieldText(fields.reason) },
      backHref: article ? `/articles/${article}` : "/",
    });
  }
}
