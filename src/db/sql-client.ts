/**
 * The one seam between our SQL and a database driver. Both drivers (PGlite in-process,
 * node-postgres over TCP) speak the same Postgres dialect, so every store is written once
 * against this interface and the driver is chosen at start-up.
 */
export type SqlParam = string | number | boolean | null | Date | string[];

export interface SqlClient {
  readonly driver: "pglite" | "pg";
  /** One statement with $1… parameters; returns the rows. */
  query<Row = Record<string, unknown>>(sql: string, params?: SqlParam[]): Promise<Row[]>;
  /** Several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
  /** Runs `work` inside BEGIN … COMMIT on one connection; rolls back when it throws. */
  transaction<T>(work: (tx: SqlTransaction) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export type SqlTransaction = Pick<SqlClient, "query" | "exec">;
