import pg from "pg";
import type { SqlClient, SqlParam, SqlTransaction } from "./sql-client";

export type PgOptions = {
  /** Postgres schema to use (tests isolate each run in its own schema). */
  schema?: string;
  maxConnections?: number;
};

/** node-postgres pool: for a deployment with a real PostgreSQL (DATABASE_URL). */
export async function openPg(connectionString: string, options: PgOptions = {}): Promise<SqlClient> {
  if (options.schema && !/^[a-z_][a-z0-9_]*$/.test(options.schema)) throw new Error(`invalid schema name ${options.schema}`);
  const pool = new pg.Pool({
    connectionString,
    max: options.maxConnections ?? 10,
    // Without a timeout a request waits forever for an unreachable server; fail fast and answer 503.
    connectionTimeoutMillis: 5000,
    options: options.schema ? `-c search_path=${options.schema}` : undefined,
  });
  // An idle client losing its connection must not crash the process; the pool replaces it.
  pool.on("error", (error) => console.error("PostgreSQL pool error:", error.message));
  if (options.schema) await pool.query(`CREATE SCHEMA IF NOT EXISTS ${options.schema}`);
  const asTx = (q: pg.Pool | pg.PoolClient): SqlTransaction => ({
    async query<Row>(sql: string, params: SqlParam[] = []) {
      return (await q.query(sql, params)).rows as Row[];
    },
    async exec(sql: string) {
      await q.query(sql);
    },
  });
  const root = asTx(pool);
  return {
    driver: "pg",
    query: root.query,
    exec: root.exec,
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        const result = await work(asTx(client));
        await client.query("COMMIT");
        return result;
      } catch (error) {
        await client.query("ROLLBACK").catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
