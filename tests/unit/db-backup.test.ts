// db:backup / db:restore (issue 17, must-be-true 4): a round trip keeps every row of every table, on
// both drivers (PGlite always; PostgreSQL when TEST_DATABASE_URL is set), and the scripts work as
// separate processes on a PGlite data directory.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { migrate, openPglite, type SqlClient } from "@/db";
import { BackupError, dumpDatabase, restoreDatabase, type Backup } from "@/db/backup";
import { SEARCH_RETENTION_DAYS } from "@/counts/store";
import { storeDrivers } from "../helpers/db-drivers";

async function seed(db: SqlClient): Promise<void> {
  await db.exec(`
    INSERT INTO comments (article_slug, nickname, body, status, hold_reasons, masked_kinds, client_hash, idempotency_key, body_fingerprint, helpful_count, pinned, official_reply, official_reply_at, created_at)
    VALUES ('a1', '小王', '第一条，带"引号"和\\反斜杠', 'approved', '{}', '{phone}', 'h1', 'k1', 'f1', 2, true, '官方回复', '2026-11-02 10:00:00+08', '2026-11-01 09:30:00.123456+00'),
           ('a1', '匿名网友', '待审核', 'pending', '{contact-ad,provider}', '{}', 'h2', 'k2', 'f2', 0, false, NULL, NULL, '2026-11-03 00:00:00+00'),
           ('a2', '匿名网友', '拒绝的', 'rejected', '{}', '{}', 'h3', 'k3', 'f3', 0, false, NULL, NULL, now());
    INSERT INTO comment_helpful_marks (comment_id, client_hash) SELECT id, 'm' || id FROM comments WHERE status = 'approved';
    INSERT INTO article_feedback (article_slug, client_hash, helpful, reason) VALUES ('a1', 'h1', true, NULL), ('a2', 'h2', false, '没说清楚');
    INSERT INTO app_secrets (name, value) VALUES ('ip-hash-salt', 's3cret');
    INSERT INTO article_views_daily (article_slug, day, views) VALUES ('a1', '2026-11-01', 17);
    INSERT INTO search_queries_daily (query, day, zero_results, with_results, first_result_clicks) VALUES ('停息挂账', '2026-11-01', 3, 1, 0);
    INSERT INTO daily_salts (day, salt) VALUES ('2026-11-26', 'salt');
    INSERT INTO daily_marks (day, mark) VALUES ('2026-11-26', 'mark');
  `);
}

const drivers = storeDrivers("db-backup");
const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups) await cleanup();
});

describe.each(drivers)("backup and restore on $name", ({ open }) => {
  it("restores every row of every table exactly, and new comments continue after the restored ids", async () => {
    const source = await open();
    cleanups.push(source.cleanup);
    await migrate(source.db);
    await seed(source.db);
    const backup: Backup = JSON.parse(JSON.stringify(await dumpDatabase(source.db)));
    expect(Object.keys(backup.tables).sort()).toEqual(
      ["admin_login_failures", "app_secrets", "article_feedback", "article_views_daily", "comment_deletions", "comment_helpful_marks", "comments", "daily_address_budget", "daily_marks", "daily_salts", "search_queries_daily"],
    );
    expect(backup.tables.comments).toHaveLength(3);

    // Into each driver, whichever made the backup.
    for (const target of drivers) {
      const copy = await target.open();
      cleanups.push(copy.cleanup);
      await migrate(copy.db);
      const restored = await restoreDatabase(copy.db, backup);
      expect(restored.comments).toBe(3);
      const again = await dumpDatabase(copy.db);
      expect(again.tables).toEqual(backup.tables);
      const [{ id }] = await copy.db.query<{ id: string }>(
        "INSERT INTO comments (article_slug, nickname, body, status, client_hash, idempotency_key, body_fingerprint) VALUES ('a1','n','b','approved','h','k-new','f') RETURNING id",
      );
      expect(Number(id)).toBeGreaterThan(Math.max(...backup.tables.comments.map((c) => Number((c as { id: number }).id))));
    }
  }, 60_000);

  it("search words older than the retention (/privacy: 90 days) are neither backed up nor brought back by a restore", async () => {
    const source = await open();
    cleanups.push(source.cleanup);
    await migrate(source.db);
    await source.db.query(
      `INSERT INTO search_queries_daily (query, day, zero_results) VALUES ('过期的词', current_date - $1::int - 1, 1), ('留着的词', current_date - $1::int, 1)`,
      [SEARCH_RETENTION_DAYS],
    );
    const retention = { search_queries_daily: SEARCH_RETENTION_DAYS };
    const backup = await dumpDatabase(source.db, { retention });
    expect(backup.tables.search_queries_daily.map((row) => (row as { query: string }).query)).toEqual(["留着的词"]);
    // An older backup (made without the rule, or long ago) still has the expired word: restore drops it.
    const unfiltered = await dumpDatabase(source.db);
    expect(unfiltered.tables.search_queries_daily).toHaveLength(2);
    const target = await open();
    cleanups.push(target.cleanup);
    await migrate(target.db);
    await restoreDatabase(target.db, unfiltered, { retention });
    const words = await target.db.query<{ query: string }>("SELECT query FROM search_queries_daily");
    expect(words.map((w) => w.query)).toEqual(["留着的词"]);
  }, 60_000);

  it("refuses a database that already has comments unless replace, and a file that is not a backup", async () => {
    const source = await open();
    cleanups.push(source.cleanup);
    await migrate(source.db);
    await seed(source.db);
    const backup = await dumpDatabase(source.db);
    await expect(restoreDatabase(source.db, backup)).rejects.toThrow(BackupError);
    await source.db.query("DELETE FROM comments WHERE status = 'rejected'");
    await restoreDatabase(source.db, backup, { replace: true });
    expect((await dumpDatabase(source.db)).tables).toEqual(backup.tables);
    await expect(restoreDatabase(source.db, { format: "x" } as unknown as Backup)).rejects.toThrow("不是本站的备份文件");
    await expect(restoreDatabase(source.db, { ...backup, schemaVersion: 99 }, { replace: true })).rejects.toThrow("版本");
  }, 60_000);
});

describe("npm run db:backup / db:restore as processes on PGlite", () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));
  const run = (script: string, args: string[], dataDir: string) =>
    spawnSync(process.execPath, ["--import", "tsx", script, ...args], { encoding: "utf8", timeout: 90_000, env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: "" } });

  it("backs up one data directory and restores it into another, row for row", async () => {
    const from = fs.mkdtempSync(path.join(os.tmpdir(), "backup-from-"));
    const to = fs.mkdtempSync(path.join(os.tmpdir(), "backup-to-"));
    dirs.push(from, to);
    const source = await openPglite(path.join(from, "pglite"));
    await migrate(source);
    await seed(source);
    const expected = (await dumpDatabase(source)).tables;
    await source.close();

    const file = path.join(from, "backup.json");
    const backup = run("scripts/db-backup.ts", [file], from);
    expect(backup.status, backup.stderr).toBe(0);
    expect(backup.stdout).toContain("已备份到");
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);

    const restore = run("scripts/db-restore.ts", [file], to);
    expect(restore.status, restore.stderr).toBe(0);
    const restored = await openPglite(path.join(to, "pglite"));
    try {
      expect((await dumpDatabase(restored)).tables).toEqual(JSON.parse(JSON.stringify(expected)));
    } finally {
      await restored.close();
    }
    // A second restore into the now non-empty directory is refused with a Chinese message.
    const twice = run("scripts/db-restore.ts", [file], to);
    expect(twice.status).toBe(1);
    expect(twice.stderr).toContain("--replace");
  }, 180_000);
});
