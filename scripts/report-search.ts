// `npm run -s report:search`: the top zero-result searches of the last 30 days, for editors.
// With DATABASE_URL it reads PostgreSQL. With PGlite it reads a copy of the data directory, because
// a PGlite directory must not be opened by two processes while `npm start` is running.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createSqlCountStore, searchReport } from "../src/counts";
import { databaseConfigFromEnv, openDatabase } from "../src/db";

async function main() {
  const config = databaseConfigFromEnv();
  let copy: string | undefined;
  if (!config.databaseUrl) {
    if (!fs.existsSync(config.dataDir)) {
      console.log(`还没有数据库（${config.dataDir} 不存在）：网站还没有记录过搜索。`);
      return;
    }
    copy = fs.mkdtempSync(path.join(os.tmpdir(), "report-search-"));
    fs.cpSync(config.dataDir, path.join(copy, "pglite"), { recursive: true });
  }
  const db = await openDatabase(copy ? { dataDir: path.join(copy, "pglite") } : config);
  try {
    const days = Number(process.env.REPORT_DAYS ?? 30);
    console.log(await searchReport(createSqlCountStore(db), { days: Number.isInteger(days) && days > 0 ? days : 30 }));
  } finally {
    await db.close();
    if (copy) fs.rmSync(copy, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error("报告没有生成：", error instanceof Error ? error.message : error);
  process.exit(1);
});
