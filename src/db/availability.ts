import type { SqlClient } from "./sql-client";

/**
 * Whether an error means "the database cannot be reached right now" (PostgreSQL stopped or
 * restarting, network down, PGlite directory held by another process) rather than a bug. Such
 * errors are answered 503 with Retry-After (issue 17, must-be-true 3): the site keeps serving its
 * pages, and the next request tries the database again, so it recovers without a restart.
 */
const NETWORK_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EHOSTUNREACH", "ENETUNREACH", "ENOTFOUND", "EAI_AGAIN", "EPIPE", "DATA_DIR_IN_USE", "SHUTTING_DOWN"]);
// SQLSTATE class 08 (connection exception), 57P01–57P03 (shut down / cannot connect now), 53300 (too many connections).
const UNAVAILABLE_SQLSTATE = /^(08...|57P0[1-3]|53300)$/;
const MESSAGES = /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|connect ECONNREFUSED|the database system is (starting up|shutting down)/i;

export function isDatabaseUnavailable(error: unknown): boolean {
  for (let current = error, depth = 0; current && depth < 5; depth++) {
    const { code, message, errors, cause } = current as { code?: unknown; message?: unknown; errors?: unknown; cause?: unknown };
    if (typeof code === "string" && (NETWORK_CODES.has(code) || UNAVAILABLE_SQLSTATE.test(code))) return true;
    if (typeof message === "string" && MESSAGES.test(message)) return true;
    // node-postgres reports "localhost" resolving to ::1 and 127.0.0.1 as one AggregateError.
    if (Array.isArray(errors) && errors.some((inner) => isDatabaseUnavailable(inner))) return true;
    current = cause;
  }
  return false;
}

export type Readiness = { ready: true; driver: SqlClient["driver"] } | { ready: false; reason: string };

/** Readiness: the database answers `SELECT 1` within the timeout. Never throws. */
export async function checkDatabase(open: () => Promise<SqlClient>, timeoutMs = 3000): Promise<Readiness> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    const db = await Promise.race([open(), timeout]);
    await Promise.race([db.query("SELECT 1"), timeout]);
    return { ready: true, driver: db.driver };
  } catch (error) {
    // The reason is for operators: an error class or code, never a connection string with a password.
    const { code, name } = error as { code?: unknown; name?: unknown };
    return { ready: false, reason: typeof code === "string" ? code : typeof name === "string" && name !== "Error" ? name : "database unreachable" };
  } finally {
    clearTimeout(timer);
  }
}

/** Seconds a client should wait before retrying while the database is away. */
export const RETRY_AFTER_SECONDS = 30;
