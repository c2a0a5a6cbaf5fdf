import path from "node:path";
import { migrate } from "./migrate";
import { openPg } from "./pg";
import { openPglite } from "./pglite";
import type { SqlClient } from "./sql-client";

export type { SqlClient, SqlParam, SqlTransaction } from "./sql-client";
export type { Migration } from "./migrations";
export { MIGRATIONS } from "./migrations";
export { migrate } from "./migrate";
export { openPg } from "./pg";
export { openPglite } from "./pglite";
export { isDatabaseUnavailable, checkDatabase, RETRY_AFTER_SECONDS, type Readiness } from "./availability";
export { DataDirectoryInUseError } from "./pglite-lock";

export type DatabaseConfig = { databaseUrl?: string; dataDir: string };

/** DATABASE_URL → PostgreSQL; otherwise PGlite in DATA_DIR (default ./data/pglite). */
export function databaseConfigFromEnv(env: NodeJS.ProcessEnv = process.env): DatabaseConfig {
  const dataDir = env.DATA_DIR
    ? path.resolve(/* turbopackIgnore: true */ env.DATA_DIR, "pglite")
    : path.join(/* turbopackIgnore: true */ process.cwd(), "data", "pglite");
  return { databaseUrl: env.DATABASE_URL || undefined, dataDir };
}

/** Opens the configured database and brings its schema up to date. */
export async function openDatabase(config: DatabaseConfig): Promise<SqlClient> {
  const db = config.databaseUrl ? await openPg(config.databaseUrl) : await openPglite(config.dataDir);
  await migrate(db);
  return db;
}

// Kept on globalThis, not in module scope: Next bundles pages and route handlers separately, so
// a module-level variable would exist twice and open the same PGlite directory twice.
const SHARED = Symbol.for("overdue-help-center.database");
const CLOSED = Symbol.for("overdue-help-center.database-closed");
type Holder = { [SHARED]?: Promise<SqlClient>; [CLOSED]?: boolean };

/** The process-wide database, opened and migrated on first use. */
export function getDatabase(): Promise<SqlClient> {
  const holder = globalThis as Holder;
  // After closeDatabase (the process is stopping) nothing opens it again: a PGlite directory
  // would be locked anew by a process about to exit. Callers answer 503 as for a database that is away.
  if (holder[CLOSED]) return Promise.reject(Object.assign(new Error("the database is closed: the server is shutting down"), { code: "SHUTTING_DOWN" }));
  holder[SHARED] ??= openDatabase(databaseConfigFromEnv()).catch((error) => {
    holder[SHARED] = undefined; // let the next request retry instead of caching the failure
    throw error;
  });
  return holder[SHARED];
}

/**
 * Closes the process-wide database if it was opened (graceful shutdown, src/operations/shutdown.ts):
 * PGlite writes its shutdown checkpoint and releases the data-directory lock; PostgreSQL's pool
 * ends its connections. Later getDatabase calls fail as "unavailable".
 */
export async function closeDatabase(): Promise<void> {
  const holder = globalThis as Holder;
  holder[CLOSED] = true;
  const opening = holder[SHARED];
  holder[SHARED] = undefined;
  const db = await opening?.catch(() => undefined);
  await db?.close();
}
