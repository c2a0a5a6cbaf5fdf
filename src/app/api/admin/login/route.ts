import { escapeHtml, fieldText, getAdminAuth, htmlPage, parseRequestFields, SESSION_COOKIE, SESSION_HOURS, seeOther, sessionCookie, toCommentError } from "@/comments";


export const dynamic = "force-dynamic";

/** POST /api/admin/login — password form → HttpOnly SameSite=Strict session cookie. */
export async function POST(request: Request) {
  const auth = await getAdminAuth();
  if (!auth.enabled) return htmlPage("后台未开启", "<h1>后台未开启</h1><p>服务器没能生成或读取管理密码（原因见服务器控制台）。请设置 ADMIN_PASSWORD 后重启。</p>", 403);
  try {
    const { fields } = await parseRequestFields(request, 2048);
    const password = fieldText(fields.password);
    if (!auth.passwordMatches(password)) {
      // A fixed pause makes guessing slow without keeping state.
      await new Promise((resolve) => setTimeout(resolve, 800));
      return htmlPage("密码不对", `<h1>密码不对</h1><p role="alert">管理密码不正确。</p><p><a href="/admin">重新登录</a></p>`, 401);
    }
    return seeOther("/admin", { "set-cookie": sessionCookie(request, SESSION_COOKIE, auth.createSession(), SESSION_HOURS * 3600) });
  } catch (error) {
    const known = toCommentError(error);
    return htmlPage("登录失败", `<h1>登录失败</h1><p role="alert">${escapeHtml(known?.message ?? "服务器出错了")}</p><p><a href="/admin">返回</a></p>`, known?.status ?? 500);
  }
}
