// Database drivers for store suites: PGlite (always, in memory) and PostgreSQL when
// TEST_DATABASE_URL is set (.ci/run sets it). Each PostgreSQL run gets its own schema.
import { randomBytes } from "node:crypto";
import { openPg, openPglite, type SqlClient } from "../../src/db";

export type Driver = { name: string; open: () => Promise<{ db: SqlClient; cleanup: () => Promise<void> }> };

export function storeDrivers(suite: string): Driver[] {
  const drivers: Driver[] = [
    {
      name: "pglite",
      open: async () => {
        const db = await openPglite();
        return { db, cleanup: () => db.close() };
      },
    },
  ];
  const pgUrl = process.env.TEST_DATABASE_URL;
  if (pgUrl) {
    drivers.push({
      name: "postgresql",
      open: async () => {
        const schema = `test_${randomBytes(6).toString("hex")}`;
        const db = await openPg(pgUrl, { schema, maxConnections: 4 });
        return {
          db,
          cleanup: async () => {
            await db.exec(`DROP SCHEMA ${schema} CASCADE`);
            await db.close();
          },
        };
      },
    });
  } else {
    console.warn(
      `\n⚠️  ${suite}: TEST_DATABASE_URL is not set — the PostgreSQL driver was SKIPPED; only PGlite ran.\n` +
        "   Set TEST_DATABASE_URL=postgres://app:app@127.0.0.1:5432/apptest (as .ci/run does) to run it.\n",
    );
  }
  return drivers;
}
