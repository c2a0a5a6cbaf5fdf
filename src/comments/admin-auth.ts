import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";

/**
 * Moderator sign-in without a user table: one password from the environment (ADMIN_PASSWORD),
 * a signed, expiring session token in an HttpOnly SameSite=Strict cookie, and a CSRF token
 * derived from the session for every form. Changing the password ends every session.
 */
export const SESSION_COOKIE = "admin_session";
export const SESSION_HOURS = 12;

export type AdminAuth = {
  enabled: boolean;
  passwordMatches(given: string): boolean;
  createSession(): string;
  verifySession(token: string | undefined): boolean;
  csrfToken(session: string): string;
  verifyCsrf(session: string, given: string | undefined): boolean;
};

function equalInConstantTime(a: string, b: string): boolean {
  // Hash first so the comparison takes the same time whatever the lengths.
  const left = createHmac("sha256", "compare").update(a).digest();
  const right = createHmac("sha256", "compare").update(b).digest();
  return timingSafeEqual(left, right);
}

export function createAdminAuth(password: string | undefined, installationSecret: string, now: () => number = Date.now): AdminAuth {
  const enabled = typeof password === "string" && password.length > 0;
  const key = createHmac("sha256", installationSecret).update(`admin-session|${password ?? ""}`).digest();
  const sign = (text: string) => createHmac("sha256", key).update(text).digest("base64url");

  return {
    enabled,
    passwordMatches: (given) => enabled && equalInConstantTime(given, password!),
    createSession() {
      const payload = `${now() + SESSION_HOURS * 3600_000}.${randomBytes(16).toString("base64url")}`;
      return `${payload}.${sign(payload)}`;
    },
    verifySession(token) {
      if (!enabled || !token) return false;
      const cut = token.lastIndexOf(".");
      if (cut < 0) return false;
      const payload = token.slice(0, cut);
      if (!equalInConstantTime(sign(payload), token.slice(cut + 1))) return false;
      const expires = Number(payload.split(".")[0]);
      return Number.isFinite(expires) && expires > now();
    },
    csrfToken: (session) => sign(`csrf|${session}`),
    verifyCsrf: (session, given) => typeof given === "string" && given.length > 0 && equalInConstantTime(sign(`csrf|${session}`), given),
  };
}
