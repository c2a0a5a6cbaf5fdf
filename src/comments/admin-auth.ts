import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";

/**
 * Moderator sign-in without a user table: one password from the environment (ADMIN_PASSWORD),
 * a signed, expiring session token in an HttpOnly SameSite=Strict cookie, and a CSRF token
 * derived from the session for every form. Changing the password ends every session.
 */
export const SESSION_COOKIE = "admin_session";
export const SESSION_HOURS = 12;

/** Ended sessions, shared by every instance (the database); a token stays revoked until it would have expired. */
export type SessionRevocations = {
  revoke(sessionId: string, expiresAt: number): Promise<void>;
  isRevoked(sessionId: string): Promise<boolean>;
};

export type AdminAuth = {
  enabled: boolean;
  passwordMatches(given: string): boolean;
  createSession(): string;
  /** Signature and expiry only; use sessionIsLive where a logout must count. */
  verifySession(token: string | undefined): boolean;
  /** Signed, unexpired and not ended by a logout. */
  sessionIsLive(token: string | undefined): Promise<boolean>;
  /** Logout: the token is refused from now on, on every instance, even if someone kept a copy. */
  endSession(token: string | undefined): Promise<void>;
  csrfToken(session: string): string;
  verifyCsrf(session: string, given: string | undefined): boolean;
};

function equalInConstantTime(a: string, b: string): boolean {
  // Hash first so the comparison takes the same time whatever the lengths.
  const left = createHmac("sha256", "compare").update(a).digest();
  const right = createHmac("sha256", "compare").update(b).digest();
  return timingSafeEqual(left, right);
}

const NO_REVOCATIONS: SessionRevocations = { revoke: async () => undefined, isRevoked: async () => false };

export function createAdminAuth(
  password: string | undefined,
  installationSecret: string,
  now: () => number = Date.now,
  revocations: SessionRevocations = NO_REVOCATIONS,
): AdminAuth {
  const enabled = typeof password === "string" && password.length > 0;
  const key = createHmac("sha256", installationSecret).update(`admin-session|${password ?? ""}`).digest();
  const sign = (text: string) => createHmac("sha256", key).update(text).digest("base64url");

  const verifySession = (token: string | undefined): token is string => {
    if (!enabled || !token) return false;
    const cut = token.lastIndexOf(".");
    if (cut < 0) return false;
    const payload = token.slice(0, cut);
    if (!equalInConstantTime(sign(payload), token.slice(cut + 1))) return false;
    const expires = Number(payload.split(".")[0]);
    return Number.isFinite(expires) && expires > now();
  };
  // The random middle part names the session; the token itself is never stored.
  const sessionId = (token: string) => token.split(".")[1] ?? "";

  return {
    enabled,
    passwordMatches: (given) => enabled && equalInConstantTime(given, password!),
    createSession() {
      const payload = `${now() + SESSION_HOURS * 3600_000}.${randomBytes(16).toString("base64url")}`;
      return `${payload}.${sign(payload)}`;
    },
    verifySession,
    async sessionIsLive(token) {
      return verifySession(token) && !(await revocations.isRevoked(sessionId(token)));
    },
    async endSession(token) {
      if (verifySession(token)) await revocations.revoke(sessionId(token), Number(token.split(".")[0]));
    },
    csrfToken: (session) => sign(`csrf|${session}`),
    verifyCsrf: (session, given) => typeof given === "string" && given.length > 0 && equalInConstantTime(sign(`csrf|${session}`), given),
  };
}
