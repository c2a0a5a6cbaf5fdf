import {
  adminLoginThrottle,
  clientAddressFromHeaders,
  crossSiteResponse,
  escapeHtml,
  fieldText,
  getAdminAuth,
  htmlPage,
  parseRequestFields,
  sameOrigin,
  SESSION_COOKIE,
  SESSION_HOURS,
  seeOther,
  sessionCookie,
  toCommentError,
} from "@/comments";

export const dynamic = "force-dynamic";

/** POST /api/admin/login — password form → HttpOnly SameSite=Strict session cookie; at most 5 wrong passwords per address per 15 minutes, across all instances. */
export async function POST(request: Request) {
  if (!sameOrigin(request)) return crossSiteResponse(request);
  const auth = await getAdminAuth();
  if (!auth.enabled) return htmlPage("后台未开启", "<h1>后台未开启</h1><p>服务器没有可用的管理密码（原因见服务器控制台）。请设置至少 12 位的 ADMIN_PASSWORD 后重启。</p>", 403);
  try {
    // Counted before the password is checked and shared by every instance (the database): five
    // wrong passwords lock the address on all of them, parallel guesses included.
    const throttle = await adminLoginThrottle(clientAddressFromHeaders(request.headers));
    const attempt = await throttle.begin();
    if (!attempt.allowed) {
      const minutes = Math.ceil(attempt.retryAfterSeconds / 60);
      const page = htmlPage("请稍后再试", `<h1>请稍后再试</h1><p role="alert">密码错误次数太多，请 ${minutes} 分钟后再登录。</p><p><a href="/admin">返回</a></p>`, 429);
      page.headers.set("retry-after", String(attempt.retryAfterSeconds));
      return page;
    }
    const { fields } = await parseRequestFields(request, 2048);
    const password = fieldText(fields.password);
    if (!auth.passwordMatches(password)) {
      // A fixed pause makes guessing slow; the throttle above stops it.
      await new Promise((resolve) => setTimeout(resolve, 800));
      return htmlPage("密码不对", `<h1>密码不对</h1><p role="alert">管理密码不正确。</p><p><a href="/admin">重新登录</a></p>`, 401);
    }
    await throttle.succeeded();
    return seeOther("/admin", { "set-cookie": sessionCookie(SESSION_COOKIE, auth.createSession(), SESSION_HOURS * 3600) });
  } catch (error) {
    const known = toCommentError(error);
    return htmlPage("登录失败", `<h1>登录失败</h1><p role="alert">${escapeHtml(known?.message ?? "服务器出错了")}</p><p><a href="/admin">返回</a></p>`, known?.status ?? 500);
  }
}
