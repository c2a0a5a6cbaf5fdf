import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { acquireDataDirLock } from "./pglite-lock";
import type { SqlClient, SqlParam, SqlTransaction } from "./sql-client";

/**
 * PGlite: Postgres compiled to WebAssembly, running inside this process. `dataDir` undefined
 * means in memory (tests). One PGlite per data directory per process: it is single-connection
 * and must not be opened by two processes at once, so a data directory is locked first
 * (src/db/pglite-lock.ts) and a second process stops with DataDirectoryInUseError.
 *
 * Durability (README, "Durability"): PGlite runs Postgres with fsync off and its Node file system
 * has no fsync, so a commit is in the operating system's page cache when the call returns. A crashed
 * or killed process loses nothing committed (the kernel still writes it out); an OS crash or power
 * loss can lose the last commits not yet written by the kernel (Linux: up to ~30 s) and can leave
 * the directory unopenable. Deployments that cannot accept that use PostgreSQL (DATABASE_URL).
 */
export async function openPglite(dataDir?: string): Promise<SqlClient> {
  // PGlite creates the data directory itself but not its parents (./data on a fresh clone).
  if (dataDir) fs.mkdirSync(path.dirname(dataDir), { recursive: true });
  const release = dataDir ? acquireDataDirLock(dataDir) : () => undefined;
  let db: PGlite;
  try {
    db = await PGlite.create(dataDir);
  } catch (error) {
    release();
    throw error;
  }
  const asTx = (q: Pick<PGlite, "query" | "exec">): SqlTransaction => ({
    async query<Row>(sql: string, params: SqlParam[] = []) {
      return (await q.query<Row>(sql, params)).rows;
    },
    async exec(sql: string) {
      await q.exec(sql);
    },
  });
  const root = asTx(db);
  return {
    driver: "pglite",
    query: root.query,
    exec: root.exec,
    transaction: (work) => db.transaction((tx) => work(asTx(tx))),
    close: async () => {
      try {
        await db.close();
      } finally {
        release();
      }
    },
  };
}
