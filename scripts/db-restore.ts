// `npm run -s db:restore -- <file> [--replace]`: restores a backup made by db:backup into the configured
// database (DATABASE_URL, or PGlite in DATA_DIR: stop the server first, the directory lock says so).
// Into an empty database as is; a database that already holds comments only with --replace, which
// empties every table first. All in one transaction: the whole backup, or nothing.
import fs from "node:fs";
import { SEARCH_RETENTION_DAYS } from "../src/counts/store";
import { databaseConfigFromEnv, openDatabase } from "../src/db";
import { restoreDatabase, type Backup } from "../src/db/backup";

async function main() {
  const args = process.argv.slice(2);
  const file = args.find((arg) => !arg.startsWith("--"));
  if (!file) throw new Error("用法 / usage: npm run -s db:restore -- <备份文件> [--replace]");
  const backup = JSON.parse(fs.readFileSync(file, "utf8")) as Backup;
  const db = await openDatabase(databaseConfigFromEnv());
  try {
    const restored = await restoreDatabase(db, backup, { replace: args.includes("--replace"), retention: { search_queries_daily: SEARCH_RETENTION_DAYS } });
    const summary = Object.entries(restored)
      .map(([name, rows]) => `${name} ${rows}`)
      .join("，");
    console.log(`已从 ${file}（${backup.createdAt}）恢复：${summary}`);
  } finally {
    await db.close();
  }
}

main().catch((error) => {
  console.error("恢复没有完成：", error instanceof Error ? error.message : error);
  process.exit(1);
});
