import { escapeHtml, getCommentService, htmlPage, readAdminFormPost, seeOther, toCommentError } from "@/comments";

export const dynamic = "force-dynamic";

function refuse(status: number, message: string): Response {
  return htmlPage("操作没有完成", `<h1>操作没有完成</h1><p role="alert">${escapeHtml(message)}</p><p><a href="/admin">回到管理后台</a></p>`, status);
}

/**
 * POST /api/admin/comments/bulk — approve or reject many pending comments (form fields: csrf,
 * action, id repeated once per comment). A plain form post, so it works without JavaScript.
 */
export async function POST(request: Request) {
  try {
    const post = await readAdminFormPost(request);
    if ("refused" in post) return refuse(post.refused.status, post.refused.message);
    const { form } = post;
    const action = form.get("action");
    const moved = await (await getCommentService()).moderateMany(form.getAll("id"), action);
    const page = /^\d{1,6}$/.test(form.get("page") ?? "") ? form.get("page") : "1";
    return seeOther(`/admin?done=${encodeURIComponent(String(action))}&count=${moved.length}&page=${page}#queue`);
  } catch (error) {
    const known = toCommentError(error);
    return refuse(known?.status ?? 500, known?.message ?? "服务器出错了，请稍后再试");
  }
}
