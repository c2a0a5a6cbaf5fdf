import {
  clientAddressFromHeaders,
  crossSiteResponse,
  fieldText,
  formErrorPage,
  getCommentService,
  json,
  moderationAvailable,
  parseRequestFields,
  postedArticleSlug,
  sameOrigin,
  seeOther,
  toCommentError,
} from "@/comments";

export const dynamic = "force-dynamic";

/** GET /api/comments?article=slug&sort=newest|helpful&page=1 — approved comments, paginated. */
export async function GET(request: Request) {
  try {
    const query = Object.fromEntries(new URL(request.url).searchParams);
    const page = await (await getCommentService()).list(query);
    return json(page);
  } catch (error) {
    const known = toCommentError(error);
    return json({ error: known?.message ?? "服务器出错了，请稍后再试" }, known?.status ?? 500);
  }
}

/** POST /api/comments — JSON from the page script, or a plain form post without JavaScript. */
export async function POST(request: Request) {
  if (!sameOrigin(request)) return crossSiteResponse(request);
  let kind: "json" | "form" = request.headers.get("content-type")?.includes("json") ? "json" : "form";
  let fields: Record<string, unknown> = {};
  try {
    ({ kind, fields } = await parseRequestFields(request));
    const result = await (await getCommentService()).submit(fields, { address: clientAddressFromHeaders(request.headers) });
    const outcome = result.outcome === "discarded" ? "pending" : result.outcome;
    const masked = result.outcome === "discarded" ? [] : result.masked;
    if (kind === "json") return json({ outcome, masked, duplicate: result.outcome !== "discarded" && result.duplicate, moderated: moderationAvailable() }, outcome === "published" ? 201 : 202);
    const params = new URLSearchParams({ posted: outcome });
    if (masked.length) params.set("masked", masked.join(","));
    return seeOther(`/articles/${fieldText(fields.article)}/comments?${params}#comment-status`);
  } catch (error) {
    const known = toCommentError(error);
    if (!known) return json({ error: "服务器出错了，你的留言没有保存，请稍后再试" }, 500);
    if (kind === "json") return json({ error: known.message, field: known.field }, known.status);
    const article = postedArticleSlug(fields);
    return formErrorPage(known, {
      action: "/api/comments",
      title: "留言没有提交成功",
      fields: { article, nickname: fieldText(fields.nickname), body: fieldText(fields.body), idempotencyKey: fieldText(fields.idempotencyKey), website: "" },
      backHref: article ? `/articles/${article}` : "/",
    });
  }
}
