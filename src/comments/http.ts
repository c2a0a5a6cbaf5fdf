import { isDatabaseUnavailable, RETRY_AFTER_SECONDS } from "@/db/availability";
import { siteUrlFromEnv } from "@/sharing/site-address";
import { CommentError, COMMENTS_UNAVAILABLE_MESSAGE } from "./errors";

/**
 * Turning domain results into HTTP for route handlers, without any framework import.
 * Form posts (no JavaScript) get a redirect on success and, on a rejection, a small HTML page
 * with the reason and the reader's own text filled back in, so nothing typed is lost.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

/** 503 always says when to come back (RFC 9110 §10.2.3). */
function retryAfter(status: number): Record<string, string> {
  return status === 503 ? { "retry-after": String(RETRY_AFTER_SECONDS) } : {};
}

export function json(data: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(data), {
    status,
    headers: { "content-type": "application/json; charset=utf-8", "cache-control": "no-store", ...retryAfter(status), ...headers },
  });
}

export function seeOther(location: string, headers: Record<string, string> = {}): Response {
  return new Response(null, { status: 303, headers: { location, "cache-control": "no-store", ...headers } });
}

/**
 * Known rejections keep their 4xx; the database being away is a 503 the reader is told about
 * calmly; anything else is logged and answered 500 without detail.
 */
export function toCommentError(error: unknown): CommentError | undefined {
  if (error instanceof CommentError) return error;
  if (isDatabaseUnavailable(error)) {
    console.error(`database unavailable: ${(error as { code?: string }).code ?? (error as Error).message}`);
    return new CommentError("unavailable", COMMENTS_UNAVAILABLE_MESSAGE);
  }
  console.error(error);
  return undefined;
}

/** A submitted field as text (a missing or non-text field is ""), for putting the reader's input back. */
export function fieldText(value: unknown): string {
  return typeof value === "string" ? value : "";
}

/** The posted article slug when it looks like one, else "": it only ever builds a link back to the article. */
export function postedArticleSlug(fields: Record<string, unknown>): string {
  const article = fieldText(fields.article);
  return /^[a-z0-9-]+$/.test(article) ? article : "";
}

export type RetryForm = {
  action: string;
  title: string;
  /** Field name → value to put back (textarea for "body"/"reply", hidden input otherwise). */
  fields: Record<string, string>;
  backHref: string;
};

export function htmlPage(title: string, inner: string, status: number): Response {
  const html = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><meta name="robots" content="noindex"><title>${escapeHtml(title)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;line-height:1.7;color:#0f172a}.err{border:1px solid #f59e0b;background:#fffbeb;padding:.75rem 1rem;border-radius:.375rem}textarea,input{width:100%;font:inherit;padding:.5rem;border:1px solid #94a3b8;border-radius:.375rem;box-sizing:border-box}button{font:inherit;padding:.5rem 1rem;margin-top:.75rem;background:#1e3a8a;color:#fff;border:0;border-radius:.375rem}</style></head>
<body>${inner}</body></html>`;
  return new Response(html, { status, headers: { "content-type": "text/html; charset=utf-8", "cache-control": "no-store", ...retryAfter(status) } });
}

/** The rejection as an HTML page with the same form, pre-filled, to fix and send again. */
export function formErrorPage(error: CommentError, retry: RetryForm): Response {
  const inputs = Object.entries(retry.fields)
    .map(([name, value]) => {
      if (name === "body" || name === "reply" || name === "reason") {
        return `<p><label for="f-${name}">${name === "body" ? "你的留言" : name === "reason" ? "原因" : "回复"}</label><textarea id="f-${name}" name="${name}" rows="6">${escapeHtml(value)}</textarea></p>`;
      }
      if (name === "helpful") {
        const radio = (v: string, label: string) =>
          `<label><input type="radio" name="helpful" value="${v}" style="width:auto"${value === v ? " checked" : ""}> ${label}</label> `;
        return `<p>${radio("yes", "有帮助")}${radio("no", "没帮助")}</p>`;
      }
      if (name === "nickname") {
        return `<p><label for="f-nickname">昵称（可不填）</label><input id="f-nickname" name="nickname" value="${escapeHtml(value)}"></p>`;
      }
      return `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}">`;
    })
    .join("");
  const inner = `<h1>${escapeHtml(retry.title)}</h1>
<p class="err" role="alert">${escapeHtml(error.message)}</p>
<form method="post" action="${escapeHtml(retry.action)}">${inputs}<button type="submit">修改后重新提交</button></form>
<p><a href="${escapeHtml(retry.backHref)}">返回</a></p>`;
  return htmlPage(retry.title, inner, error.status);
}
/**
 * Secure when the site's address (SITE_URL) is https, so local http:// testing still works. Decided by
 * the configured address, not by X-Forwarded-Proto, which any client can send when no proxy sets it.
 */
export function sessionCookie(name: string, value: string, maxAgeSeconds: number, siteUrl = siteUrlFromEnv(process.env.SITE_URL)): string {
  const https = siteUrl.startsWith("https:");
  return `${name}=${value}; Path=/; HttpOnly; SameSite=Strict; Max-Age=${maxAgeSeconds}${https ? "; Secure" : ""}`;
}

export function readCookie(request: Request, name: string): string | undefined {
  const header = request.headers.get("cookie") ?? "";
  for (const part of header.split(";")) {
    const [key, ...rest] = part.trim().split("=");
    if (key === name) return rest.join("=");
  }
  return undefined;
}

function hostOf(url: string): string | undefined {
  try {
    return new URL(url).host;
  } catch {
    return undefined; // "null" (sandboxed frames, some redirects) or garbage: not our origin
  }
}

/**
 * Whether a state-changing request comes from one of our own pages (issue 17, finding 4). Browsers
 * send Origin with every POST (our no-JS forms included), so a foreign or "null" Origin is refused;
 * without Origin, the Referer decides; Sec-Fetch-Site "cross-site" or "same-site" is refused too.
 * A request with none of these headers cannot come from a page in a browser (it is a script such as
 * curl, which could set any header it liked), so it is let through to the other checks.
 */
export function sameOrigin(request: Request): boolean {
  const fetchSite = request.headers.get("sec-fetch-site");
  if (fetchSite === "cross-site" || fetchSite === "same-site") return false;
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  const origin = request.headers.get("origin");
  if (origin !== null) return hostOf(origin) === host;
  const referer = request.headers.get("referer");
  if (referer) return hostOf(referer) === host;
  return true;
}

export const CROSS_SITE_MESSAGE = "这个请求来自其他网站，已拒绝。如果你是在本站页面上提交的，请回到本站页面刷新后重试。";

/** 403 for a cross-site post: JSON for our scripts, a small page for a form. */
export function crossSiteResponse(request: Request): Response {
  const wantsJson = /json/.test(`${request.headers.get("content-type") ?? ""} ${request.headers.get("accept") ?? ""}`);
  if (wantsJson) return json({ error: CROSS_SITE_MESSAGE }, 403);
  return htmlPage("请求被拒绝", `<h1>请求被拒绝</h1><p class="err" role="alert">${escapeHtml(CROSS_SITE_MESSAGE)}</p><p><a href="/">回到首页</a></p>`, 403);
}
