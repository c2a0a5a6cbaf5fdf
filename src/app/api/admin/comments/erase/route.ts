import { escapeHtml, getCommentService, htmlPage, readAdminFormPost, seeOther, toCommentError } from "@/comments";

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
    const post = await readAdminFormPost(request);
    if ("refused" in post) return refuse(post.refused.status, post.refused.message);
    const { form } = post;
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
