import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSqlLoginThrottle, LOGIN_WINDOW_SECONDS } from "@/comments";
import { migrate, type SqlClient } from "@/db";
import { storeDrivers } from "../helpers/db-drivers";

// Issue 17, finding 4, across instances: the admin login limit was kept in each process's memory, so
// two instances allowed 10 guesses per quarter hour. Now the failures live in the database.
describe.each(storeDrivers("login-throttle"))("admin login throttle on $name", ({ open }) => {
  let db: SqlClient;
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    ({ db, cleanup } = await open());
    await migrate(db);
  }, 60_000);
  afterAll(async () => cleanup?.());

  it("5 failures within 15 minutes lock the address; the wait ends when the oldest failure leaves the window", async () => {
    let now = Date.now() - 3600_000; // an hour ago: the window is measured on this clock
    const throttle = createSqlLoginThrottle(db, { now: () => now });
    for (let i = 0; i < 5; i++) {
      expect(await throttle.begin("addr-a")).toEqual({ allowed: true });
      now += 1000;
    }
    expect(await throttle.begin("addr-a")).toEqual({ allowed: false, retryAfterSeconds: LOGIN_WINDOW_SECONDS - 5 });
    expect(await throttle.begin("addr-b")).toEqual({ allowed: true }); // another address is not affected
    now += (LOGIN_WINDOW_SECONDS - 5) * 1000 + 1;
    expect(await throttle.begin("addr-a")).toEqual({ allowed: true }); // the first failure has left the window
  });

  it("two instances share the count: 5 failures on A, the 6th attempt on B is refused", async () => {
    const [a, b] = [createSqlLoginThrottle(db), createSqlLoginThrottle(db)];
    for (let i = 0; i < 5; i++) expect((await a.begin("addr-cluster")).allowed).toBe(true);
    const sixth = await b.begin("addr-cluster");
    expect(sixth.allowed).toBe(false);
    expect(sixth.allowed === false && sixth.retryAfterSeconds).toBeGreaterThan(LOGIN_WINDOW_SECONDS - 60);
  });

  it("20 parallel guesses over two instances: exactly 5 get to try a password", async () => {
    const instances = [createSqlLoginThrottle(db), createSqlLoginThrottle(db)];
    const attempts = await Promise.all(Array.from({ length: 20 }, (_, i) => instances[i % 2].begin("addr-parallel")));
    expect(attempts.filter((attempt) => attempt.allowed)).toHaveLength(5);
  });

  it("a right password clears the address's failures", async () => {
    const throttle = createSqlLoginThrottle(db);
    for (let i = 0; i < 4; i++) await throttle.begin("addr-ok");
    await throttle.succeeded("addr-ok");
    for (let i = 0; i < 5; i++) expect((await throttle.begin("addr-ok")).allowed).toBe(true);
  });

  it("retention: failures older than the window are deleted, not kept", async () => {
    let now = Date.now(); // moved past the window below: every row of the tests above expires too
    const throttle = createSqlLoginThrottle(db, { now: () => now });
    await throttle.begin("addr-old-1");
    await throttle.begin("addr-old-2");
    now += LOGIN_WINDOW_SECONDS * 1000 + 1;
    await throttle.begin("addr-new");
    const rows = await db.query<{ bucket: string }>("SELECT bucket FROM admin_login_failures WHERE failed_at <= $1", [new Date(now - LOGIN_WINDOW_SECONDS * 1000)]);
    expect(rows).toEqual([]);
    const left = await db.query<{ bucket: string }>("SELECT bucket FROM admin_login_failures WHERE bucket LIKE 'addr-%'");
    expect(left.map((row) => row.bucket)).toEqual(["addr-new"]);
  });
});
