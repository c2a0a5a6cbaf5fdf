// `npm run -s db:backup [-- <file>]`: a logical backup of the site's database (src/db/backup.ts), for
// both drivers, written with mode 0600 (it holds the client-hash salt and the admin session key).
// Default file: <DATA_DIR>/backups/backup-<UTC time>.json; `-` writes to standard output.
// PGlite while `npm start` holds the directory: the directory is copied first (as report:search does)
// and the copy is dumped; if a write landed mid-copy and the copy does not open, run it again or stop
// the server for a moment. With DATABASE_URL the dump is one consistent snapshot, server running.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { SEARCH_RETENTION_DAYS } from "../src/counts/store";
import { DataDirectoryInUseError, databaseConfigFromEnv, openDatabase, type SqlClient } from "../src/db";
import { dumpDatabase } from "../src/db/backup";

async function openForBackup(): Promise<{ db: SqlClient; cleanup: () => void }> {
  const config = databaseConfigFromEnv();
  if (config.databaseUrl) return { db: await openDatabase(config), cleanup: () => undefined };
  if (!fs.existsSync(config.dataDir)) throw new Error(`还没有数据库（${config.dataDir} 不存在），没有可备份的内容。`);
  try {
    return { db: await openDatabase(config), cleanup: () => undefined };
  } catch (error) {
    if (!(error instanceof DataDirectoryInUseError)) throw error;
    const copy = fs.mkdtempSync(path.join(os.tmpdir(), "db-backup-"));
    fs.cpSync(config.dataDir, path.join(copy, "pglite"), { recursive: true });
    console.error(`网站正在运行（pid ${error.owner.pid}）：备份的是数据目录的副本。`);
    return { db: await openDatabase({ dataDir: path.join(copy, "pglite") }), cleanup: () => fs.rmSync(copy, { recursive: true, force: true }) };
  }
}

async function main() {
  const config = databaseConfigFromEnv();
  const target =
    process.argv[2] ??
    path.join(path.dirname(config.dataDir), "backups", `backup-${new Date().toISOString().replace(/[:.]/g, "-")}.json`);
  const { db, cleanup } = await openForBackup();
  try {
    const backup = await dumpDatabase(db, { retention: { search_queries_daily: SEARCH_RETENTION_DAYS } });
    const text = `${JSON.stringify(backup)}\n`;
    const summary = Object.entries(backup.tables)
      .map(([name, rows]) => `${name} ${rows.length}`)
      .join("，");
    if (target === "-") {
      process.stdout.write(text);
    } else {
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(target, text, { mode: 0o600 });
      console.log(`已备份到 ${target}（${summary}）`);
    }
  } finally {
    await db.close();
    cleanup();
  }
}

main().catch((error) => {
  console.error("备份没有完成：", error instanceof Error ? error.message : error);
  process.exit(1);
});
