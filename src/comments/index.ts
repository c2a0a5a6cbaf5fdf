import { getDatabase } from "@/db";
import { getSite } from "@/content";
import { createAdminAuth, SESSION_COOKIE, type AdminAuth } from "./admin-auth";
import { getAdminCredential } from "./admin-credential";
import { CommentService, DEFAULT_RATE_LIMIT, type RateLimit } from "./service";
import { createSqlLoginThrottle, type LoginThrottle } from "./login-throttle";
import { createSqlCommentStore } from "./store";
import { CROSS_SITE_MESSAGE, readCookie, sameOrigin } from "./http";
import { readLimitedBody } from "./request-body";
import { randomBytes } from "node:crypto";

export { CommentError, COMMENTS_UNAVAILABLE_MESSAGE, type CommentErrorCode } from "./errors";
export { maskPersonalData, describeMasked, MASK_LABELS, isValidIdNumber, looksLikeIdNumberWithoutCheckDigit, passesLuhn, type MaskKind, type MaskResult } from "./mask";
export { holdReasons, fingerprintText, HOLD_REASON_LABELS, type HoldReason } from "./spam";
export {
  newCommentSchema,
  listQuerySchema,
  feedbackSchema,
  moderationSchema,
  parseOrThrow,
  cleanText,
  DEFAULT_NICKNAME,
  BODY_MAX,
  BODY_MIN,
  NICKNAME_MAX,
  REASON_MAX,
  MAX_REQUEST_BYTES,
} from "./validate";
export { createSqlCommentStore, type CommentStore, type StoredComment, type PublicComment, type CommentSort, type FeedbackCount, type DeletionRecord } from "./store";
export {
  CommentService,
  PAGE_SIZE,
  DEFAULT_RATE_LIMIT,
  MODERATION_PAGE_SIZE,
  BULK_MAX,
  READER_REQUEST_REASON,
  DELETION_SEARCH_MAX,
  type SubmitResult,
  type CommentPage,
  type RateLimit,
  type ModerationPage,
  type DeletionSearch,
} from "./service";
export { clientAddressFromHeaders, hashClient, type ClientInfo } from "./client";
export { createAdminAuth, SESSION_COOKIE, SESSION_HOURS, type AdminAuth, type SessionRevocations } from "./admin-auth";
export { getAdminCredential, resolveAdminCredential, describeAdminCredential, adminPasswordFile, ADMIN_PASSWORD_FILE, type AdminCredential } from "./admin-credential";
export { pendingNoticeText } from "./notices";
export { readLimitedBody, parseRequestFields } from "./request-body";
export { json, seeOther, htmlPage, formErrorPage, escapeHtml, toCommentError, fieldText, postedArticleSlug, sessionCookie, readCookie, sameOrigin, crossSiteResponse, CROSS_SITE_MESSAGE } from "./http";
export { createSqlLoginThrottle, LOGIN_FAILURES_MAX, LOGIN_WINDOW_SECONDS, type LoginThrottle, type LoginAttempt } from "./login-throttle";
export { normalizeForFilters, isReservedNickname } from "./filter-text";

/** "5/600" → at most 5 comments per client per 600 seconds. */
export function parseRateLimit(value: string | undefined): RateLimit {
  const match = value?.match(/^(\d+)\/(\d+)$/);
  return match ? { max: Number(match[1]), windowSeconds: Number(match[2]) } : DEFAULT_RATE_LIMIT;
}

let service: Promise<CommentService> | undefined;

/** The process-wide comment service over the configured database (PGlite or DATABASE_URL). */
export function getCommentService(): Promise<CommentService> {
  service ??= (async () => {
    const [db, site] = await Promise.all([getDatabase(), getSite()]);
    const slugs = new Set(site.articles.map((article) => article.slug));
    return new CommentService(createSqlCommentStore(db), {
      articleExists: (slug) => slugs.has(slug),
      rateLimit: parseRateLimit(process.env.COMMENT_RATE_LIMIT),
      ipHashSalt: process.env.IP_HASH_SALT || undefined,
    });
  })().catch((error) => {
    service = undefined;
    throw error;
  });
  return service;
}

/**
 * Moderator auth: ADMIN_PASSWORD, or the password generated on first start into the data
 * directory; closed (enabled: false) only when neither could be had.
 */
export async function getAdminAuth(): Promise<AdminAuth> {
  const comments = await getCommentService();
  const secret = await comments.store.secret("admin-session-key", () => randomBytes(32).toString("base64url"));
  const credential = getAdminCredential();
  return createAdminAuth(credential.source === "none" ? undefined : credential.password, secret, Date.now, {
    revoke: (id, expiresAt) => comments.store.revokeSession(id, expiresAt),
    isRevoked: (id) => comments.store.isSessionRevoked(id),
  });
}

/**
 * Admin sign-in attempts of one client, counted in the database (every instance sees the same
 * failures), keyed by the salted hash the comment limits use, never the address.
 */
export async function adminLoginThrottle(address: string): Promise<{ begin: () => ReturnType<LoginThrottle["begin"]>; succeeded: () => Promise<void> }> {
  const [db, comments] = await Promise.all([getDatabase(), getCommentService()]);
  const throttle = createSqlLoginThrottle(db);
  const key = await comments.clientKey({ address });
  return { begin: () => throttle.begin(key), succeeded: () => throttle.succeeded(key) };
}

/**
 * The checks every /admin form post that acts on many comments passes, in order: same origin, a live
 * session, a plain form, a fresh CSRF token. Gives the form's fields (read whole: `id` repeats, which
 * parseRequestFields would fold to one value), or why it was refused.
 */
export async function readAdminFormPost(request: Request): Promise<{ form: URLSearchParams } | { refused: { status: number; message: string } }> {
  const refused = (status: number, message: string) => ({ refused: { status, message } });
  if (!sameOrigin(request)) return refused(403, CROSS_SITE_MESSAGE);
  const auth = await getAdminAuth();
  const session = readCookie(request, SESSION_COOKIE);
  if (!auth.enabled || !(await auth.sessionIsLive(session))) return refused(401, "请先登录管理后台。");
  if (!(request.headers.get("content-type") ?? "").startsWith("application/x-www-form-urlencoded")) return refused(415, "请用管理页面上的表单提交。");
  const form = new URLSearchParams(await readLimitedBody(request));
  if (!auth.verifyCsrf(session!, form.get("csrf") ?? undefined)) return refused(403, "表单已过期，请刷新管理页面后重试。");
  return { form };
}

/** Whether a held comment can be reviewed at all: what the "审核后公开" notice may promise. */
export function moderationAvailable(): boolean {
  return getAdminCredential().source !== "none";
}
