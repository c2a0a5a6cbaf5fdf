/**
 * Runs once when the server starts (`npm start`, `next start`): answers requests Next would
 * fail on (TRACE, malformed % escapes) with a 4xx, logs one line per request (REQUEST_LOG=off to
 * silence), stops gracefully on SIGTERM/SIGINT (requests finish, then the database is closed),
 * makes sure the moderator has a password and says where it is, so held comments never wait for
 * an admin nobody can open.
 */
import type { RequestObserver } from "@/operations";

export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const [{ installRequestGuard }, { GracefulShutdown, requestLoggerFromEnv }, { closeDatabase }] = await Promise.all([
    import("@/security/request-guard"),
    import("@/operations"),
    import("@/db"),
  ]);
  const shutdown = new GracefulShutdown({ closeResources: closeDatabase, drainMs: drainMsFromEnv() });
  shutdown.install();
  const log = requestLoggerFromEnv();
  const observers: RequestObserver[] = [shutdown.observe];
  if (log) observers.push((_server, req, res) => log(req, res));
  installRequestGuard(undefined, undefined, observers);
  const { describeAdminCredential, getAdminCredential } = await import("@/comments/admin-credential");
  for (const line of describeAdminCredential(getAdminCredential())) console.log(line);
}

/** SHUTDOWN_DRAIN_SECONDS: how long requests in flight may take once stopping (default 10). */
function drainMsFromEnv(): number | undefined {
  const seconds = Number(process.env.SHUTDOWN_DRAIN_SECONDS);
  return Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : undefined;
}
