import type { SqlClient } from "@/db";

/**
 * Admin sign-in attempts per client address: after `max` failures within the window, further tries
 * are refused until the oldest of them leaves the window. Kept in the database, so every instance
 * counts the same failures (in memory, two instances allowed 10 guesses, N instances 5 × N).
 *
 * An attempt is counted as a failure when it begins, under a lock per address, and taken back only
 * when the password was right (`succeeded` clears the address): parallel guesses cannot all pass the
 * check before any failure is recorded. The key is a salted hash of the address group, never the
 * address; rows older than the window are deleted as attempts come in (retention: 15 minutes).
 */
export type LoginThrottleOptions = { max?: number; windowSeconds?: number; now?: () => number };
export type LoginAttempt = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export interface LoginThrottle {
  /** Refuses (with seconds to wait) or counts this attempt as a failure until `succeeded`. */
  begin(key: string): Promise<LoginAttempt>;
  /** The password was right: the address's failures are forgotten. */
  succeeded(key: string): Promise<void>;
}

export const LOGIN_FAILURES_MAX = 5;
export const LOGIN_WINDOW_SECONDS = 15 * 60;
/** First key of the per-address advisory lock (the second is the key's hash); see src/comments/store.ts for 17_002–17_003. */
const LOGIN_LOCK = 17_004;

export function createSqlLoginThrottle(db: SqlClient, { max = LOGIN_FAILURES_MAX, windowSeconds = LOGIN_WINDOW_SECONDS, now = Date.now }: LoginThrottleOptions = {}): LoginThrottle {
  const windowMs = windowSeconds * 1000;
  return {
    begin(key) {
      return db.transaction(async (tx) => {
        await tx.query("SELECT pg_advisory_xact_lock($1::integer, hashtext($2))", [LOGIN_LOCK, key]);
        const at = now();
        const since = new Date(at - windowMs);
        await tx.query("DELETE FROM admin_login_failures WHERE failed_at <= $1", [since]);
        const recent = await tx.query<{ failed_at: Date | string }>(
          "SELECT failed_at FROM admin_login_failures WHERE bucket = $1 AND failed_at > $2 ORDER BY failed_at DESC LIMIT $3",
          [key, since, max],
        );
        if (recent.length >= max) {
          const oldestCounted = new Date(recent[max - 1].failed_at).getTime();
          return { allowed: false as const, retryAfterSeconds: Math.max(1, Math.ceil((oldestCounted + windowMs - at) / 1000)) };
        }
        await tx.query("INSERT INTO admin_login_failures (bucket, failed_at) VALUES ($1, $2)", [key, new Date(at)]);
        return { allowed: true as const };
      });
    },
    async succeeded(key) {
      await db.query("DELETE FROM admin_login_failures WHERE bucket = $1", [key]);
    },
  };
}
