import { CROSS_SITE_MESSAGE, escapeHtml, getAdminAuth, getCommentService, htmlPage, readCookie, readLimitedBody, sameOrigin, SESSION_COOKIE, seeOther, toCommentError } from "@/comments";

export const dynamic = "force-dynamic";

function refuse(status: number, message: string): Response {
  return htmlPage("没有删除", `<h1>没有删除</h1><p role="alert">${escapeHtml(message)}</p><p><a href="/admin#erase">回到管理后台</a></p>`, status);
}

/**
 * POST /api/admin/comments/erase — a reader asked for their comments to be deleted: deletes the
 * ticked ones (form fields: csrf, q = the search to return to, id repeated) and records date, count
 * and reason only. A plain form post from /admin, so it works without JavaScript.
 */
export async function POST(request: Request) {
  try {
    if (!sameOrigin(request)) return refuse(403, CROSS_SITE_MESSAGE);
    const auth = await getAdminAuth();
    const session = readCookie(request, SESSION_COOKIE);
    if (!auth.enabled || !(await auth.sessionIsLive(session))) return refuse(401, "请先登录管理后台。");
    if (!(request.headers.get("content-type") ?? "").startsWith("application/x-www-form-urlencoded")) return refuse(415, "请用管理页面上的表单提交。");
    // Read here rather than with parseRequestFields: that keeps one value per name, and `id` repeats.
    const form = new URLSearchParams(await readLimitedBody(request));
    if (!auth.verifyCsrf(session!, form.get("csrf") ?? undefined)) return refuse(403, "表单已过期，请刷新管理页面后重试。");
    const deleted = await (await getCommentService()).deleteOnRequest(form.getAll("id"));
    const back = new URLSearchParams({ erased: String(deleted) });
    const query = (form.get("q") ?? "").trim().slice(0, 100);
    if (query) back.set("q", query);
    return seeOther(`/admin?${back}#erase`);
  } catch (error) {
    const known = toCommentError(error);
    return refuse(known?.status ?? 500, known?.message ?? "服务器出错了，请稍后再试");
  }
}
