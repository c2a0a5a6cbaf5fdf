import { CROSS_SITE_MESSAGE, escapeHtml, getAdminAuth, getCommentService, htmlPage, parseRequestFields, readCookie, sameOrigin, SESSION_COOKIE, seeOther, toCommentError } from "@/comments";


export const dynamic = "force-dynamic";

function refuse(status: number, message: string): Response {
  return htmlPage("操作没有完成", `<h1>操作没有完成</h1><p role="alert">${escapeHtml(message)}</p><p><a href="/admin">回到管理后台</a></p>`, status);
}

/** POST /api/admin/comments/:id — approve / reject / delete / pin / unpin / reply (moderators only). */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const auth = await getAdminAuth();
    const session = readCookie(request, SESSION_COOKIE);
    if (!sameOrigin(request)) return refuse(403, CROSS_SITE_MESSAGE);
    if (!auth.enabled || !(await auth.sessionIsLive(session))) return refuse(401, "请先登录管理后台。");
    const { fields } = await parseRequestFields(request);
    if (!auth.verifyCsrf(session!, typeof fields.csrf === "string" ? fields.csrf : undefined)) return refuse(403, "表单已过期，请刷新管理页面后重试。");
    const comment = await (await getCommentService()).moderate((await params).id, fields);
    return seeOther(`/admin?done=${encodeURIComponent(String(fields.action))}${comment ? `#c-${comment.id}` : ""}`);
  } catch (error) {
    const known = toCommentError(error);
    return refuse(known?.status ?? 500, known?.message ?? "服务器出错了，请稍后再试");
  }
}
