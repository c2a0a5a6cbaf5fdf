import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import type { SqlClient, SqlParam, SqlTransaction } from "./sql-client";

/**
 * PGlite: Postgres compiled to WebAssembly, running inside this process. `dataDir` undefined
 * means in memory (tests). One PGlite per data directory per process: it is single-connection
 * and must not be opened by two processes at once.
 */
export async function openPglite(dataDir?: string): Promise<SqlClient> {
  // PGlite creates the data directory itself but not its parents (./data on a fresh clone).
  if (dataDir) fs.mkdirSync(path.dirname(dataDir), { recursive: true });
  const db = await PGlite.create(dataDir);
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
    close: () => db.close(),
  };
}
