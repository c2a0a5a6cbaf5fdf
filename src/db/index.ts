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
type Holder = { [SHARED]?: Promise<SqlClient> };

/** The process-wide database, opened and migrated on first use. */
export function getDatabase(): Promise<SqlClient> {
  const holder = globalThis as Holder;
  holder[SHARED] ??= openDatabase(databaseConfigFromEnv()).catch((error) => {
    holder[SHARED] = undefined; // let the next request retry instead of caching the failure
    throw error;
  });
  return holder[SHARED];
}
