import type { SqlClient } from "./sql-client";

/**
 * Logical backups for both drivers (`npm run -s db:backup` / `db:restore`): every table of the
 * schema as JSON rows, read in one transaction so the copy is consistent. The same file restores
 * into PGlite or PostgreSQL (so it is also the way from one to the other). Postgres turns rows into
 * JSON and back itself (json_agg / json_populate_recordset), so every type round-trips exactly.
 * The file holds app_secrets (the client-hash salt, the admin session key): keep it private.
 */
export const BACKUP_FORMAT = "overdue-help-center-backup";

export type Backup = {
  format: typeof BACKUP_FORMAT;
  createdAt: string;
  driver: SqlClient["driver"];
  /** The highest migration applied; a backup restores only into the same schema version. */
  schemaVersion: number;
  tables: Record<string, unknown[]>;
};

async function schemaVersion(db: Pick<SqlClient, "query">): Promise<number> {
  const [row] = await db.query<{ v: number | null }>("SELECT max(version) AS v FROM schema_migrations");
  return Number(row?.v ?? 0);
}

/** The schema's tables (without schema_migrations), those referenced by a foreign key first. */
async function tablesInOrder(db: Pick<SqlClient, "query">): Promise<string[]> {
  const tables = await db.query<{ name: string; refs: number }>(
    `SELECT t.table_name AS name,
            (SELECT count(*) FROM information_schema.table_constraints c
              WHERE c.table_schema = t.table_schema AND c.table_name = t.table_name AND c.constraint_type = 'FOREIGN KEY')::int AS refs
     FROM information_schema.tables t
     WHERE t.table_schema = current_schema() AND t.table_type = 'BASE TABLE' AND t.table_name <> 'schema_migrations'
     ORDER BY refs, t.table_name`,
  );
  return tables.map((t) => t.name);
}

const IDENTIFIER = /^[a-z_][a-z0-9_]*$/;
function quoted(name: string): string {
  if (!IDENTIFIER.test(name)) throw new Error(`unexpected table name ${JSON.stringify(name)}`);
  return `"${name}"`;
}

/**
 * Tables whose rows are deleted after a number of days (by their `day` column): a backup never
 * carries rows past that, and a restore drops any an older backup still has, so restoring cannot
 * bring back what /privacy says is deleted (search words: SEARCH_RETENTION_DAYS).
 */
export type Retention = Record<string, number>;

function expiredFilter(name: string, retention: Retention): string {
  const days = retention[name];
  if (days === undefined) return "";
  if (!Number.isInteger(days) || days < 0) throw new Error(`invalid retention for ${name}`);
  return ` WHERE day >= current_date - ${days}`;
}

export async function dumpDatabase(db: SqlClient, options: { now?: Date; retention?: Retention } = {}): Promise<Backup> {
  const now = options.now ?? new Date();
  const retention = options.retention ?? {};
  return db.transaction(async (tx) => {
    // One snapshot for every table (PostgreSQL; PGlite has a single connection anyway).
    if (db.driver === "pg") await tx.exec("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY");
    const tables: Record<string, unknown[]> = {};
    for (const name of await tablesInOrder(tx)) {
      const [row] = await tx.query<{ rows: unknown[] | string }>(`SELECT coalesce(json_agg(t), '[]'::json) AS rows FROM ${quoted(name)} t${expiredFilter(name, retention)}`);
      tables[name] = typeof row.rows === "string" ? (JSON.parse(row.rows) as unknown[]) : row.rows;
    }
    return { format: BACKUP_FORMAT, createdAt: now.toISOString(), driver: db.driver, schemaVersion: await schemaVersion(tx), tables };
  });
}

export class BackupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "BackupError";
  }
}

/**
 * Restores a backup into a migrated database of the same schema version. Refuses a database that
 * already holds comments unless `replace` (then every table is emptied first, in the same
 * transaction: either the whole backup is in, or nothing changed).
 */
export async function restoreDatabase(db: SqlClient, backup: Backup, options: { replace?: boolean; retention?: Retention } = {}): Promise<Record<string, number>> {
  if (backup?.format !== BACKUP_FORMAT || typeof backup.tables !== "object") throw new BackupError("这不是本站的备份文件 / not a backup file of this site");
  return db.transaction(async (tx) => {
    const version = await schemaVersion(tx);
    if (backup.schemaVersion !== version) {
      throw new BackupError(`备份的数据库版本是 ${backup.schemaVersion}，当前是 ${version}：请用同一版本的网站恢复 / schema version ${backup.schemaVersion} ≠ ${version}`);
    }
    const tables = await tablesInOrder(tx);
    const unknown = Object.keys(backup.tables).filter((name) => !tables.includes(name));
    if (unknown.length) throw new BackupError(`备份里有当前数据库没有的表：${unknown.join(", ")}`);
    const [{ n }] = await tx.query<{ n: number }>("SELECT count(*)::int AS n FROM comments");
    if (n > 0 && !options.replace) throw new BackupError(`目标数据库里已有 ${n} 条留言；要用备份整体替换，请加 --replace / the database is not empty: add --replace`);
    if (options.replace) await tx.exec(`TRUNCATE ${tables.map(quoted).join(", ")} RESTART IDENTITY CASCADE`);
    const restored: Record<string, number> = {};
    for (const name of tables) {
      const rows = backup.tables[name] ?? [];
      if (rows.length) await tx.query(`INSERT INTO ${quoted(name)} SELECT * FROM json_populate_recordset(NULL::${quoted(name)}, $1::json)`, [JSON.stringify(rows)]);
      restored[name] = rows.length;
    }
    for (const name of Object.keys(options.retention ?? {})) {
      if (tables.includes(name)) await tx.query(`DELETE FROM ${quoted(name)}${expiredFilter(name, options.retention ?? {}).replace("WHERE day >=", "WHERE NOT day >=")}`);
    }
    // Serial columns continue after the restored ids.
    const serials = await tx.query<{ table_name: string; column_name: string }>(
      `SELECT table_name, column_name FROM information_schema.columns
       WHERE table_schema = current_schema() AND column_default LIKE 'nextval(%'`,
    );
    for (const { table_name, column_name } of serials) {
      await tx.query(
        `SELECT setval(pg_get_serial_sequence($1, $2), coalesce((SELECT max(${quoted(column_name)}) FROM ${quoted(table_name)}), 0) + 1, false)`,
        [table_name, column_name],
      );
    }
    return restored;
  });
}
