import net from "node:net";
import { afterAll, describe, expect, it } from "vitest";
import { CommentError, COMMENTS_UNAVAILABLE_MESSAGE, json, htmlPage, toCommentError } from "../../src/comments";
import { knownRejection } from "../../src/counts/http";
import { checkDatabase, isDatabaseUnavailable, openPg, openPglite, RETRY_AFTER_SECONDS, type SqlClient } from "../../src/db";

// Issue 17, must-be-true 3 and 4: with the database away the site answers 503 + Retry-After with a
// Chinese message (not 500), readiness says so, and the next request tries again.

/** A loopback port nothing listens on: a stopped PostgreSQL. */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as net.AddressInfo).port;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

const opened: SqlClient[] = [];
afterAll(async () => {
  for (const db of opened) await db.close().catch(() => undefined);
});

describe("the database being away", () => {
  it("a stopped PostgreSQL is recognised as unavailable, and becomes a 503 comment error with Retry-After", async () => {
    const db = await openPg(`postgres://app:app@127.0.0.1:${await closedPort()}/app`);
    opened.push(db);
    const error = await db.query("SELECT 1").catch((e: unknown) => e);
    expect(isDatabaseUnavailable(error)).toBe(true);
    const known = toCommentError(error)!;
    expect(known).toBeInstanceOf(CommentError);
    expect(known.status).toBe(503);
    expect(known.message).toBe(COMMENTS_UNAVAILABLE_MESSAGE);
    const response = json({ error: known.message }, known.status);
    expect(response.headers.get("retry-after")).toBe(String(RETRY_AFTER_SECONDS));
    expect(htmlPage("x", "y", 503).headers.get("retry-after")).toBe(String(RETRY_AFTER_SECONDS));
    expect(knownRejection(error)).toMatchObject({ status: 503 });
  });

  it("a bug is still a bug: ordinary errors are not mistaken for an outage", () => {
    expect(isDatabaseUnavailable(new Error('relation "comments" does not exist'))).toBe(false);
    expect(isDatabaseUnavailable(Object.assign(new Error("syntax"), { code: "42601" }))).toBe(false);
    expect(toCommentError(new TypeError("x is undefined"))).toBeUndefined();
    expect(json({}, 500).headers.get("retry-after")).toBeNull();
  });

  it("readiness: ready with a working database, not ready (never throwing) when it is away or hangs", async () => {
    const db = await openPglite();
    opened.push(db);
    expect(await checkDatabase(async () => db)).toEqual({ ready: true, driver: "pglite" });
    const stopped = await openPg(`postgres://app:app@127.0.0.1:${await closedPort()}/app`);
    opened.push(stopped);
    expect(await checkDatabase(async () => stopped)).toEqual({ ready: false, reason: "ECONNREFUSED" });
    const hanging = await checkDatabase(() => new Promise<SqlClient>(() => undefined), 50);
    expect(hanging.ready).toBe(false);
  });
});
