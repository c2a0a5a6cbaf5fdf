// Moderation at volume (issue 17, finding 8): /admin showed "待审核（100）" with 381 pending, no paging,
// no bulk actions. Both drivers: PGlite always, PostgreSQL when TEST_DATABASE_URL is set.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BULK_MAX, CommentError, CommentService, createSqlCommentStore, MODERATION_PAGE_SIZE, type CommentStore } from "@/comments";
import { migrate, type SqlClient } from "@/db";
import { storeDrivers } from "../helpers/db-drivers";

const PENDING = 381;

describe.each(storeDrivers("comment-moderation"))("moderation queue on $name", ({ open }) => {
  let db: SqlClient;
  let store: CommentStore;
  let service: CommentService;
  let cleanup: () => Promise<void>;

  beforeAll(async () => {
    ({ db, cleanup } = await open());
    await migrate(db);
    store = createSqlCommentStore(db);
    service = new CommentService(store, { articleExists: () => true });
    // 381 pending, one second apart, plus approved ones that must not be counted or listed.
    await db.query(
      `INSERT INTO comments (article_slug, nickname, body, status, client_hash, idempotency_key, body_fingerprint, created_at)
       SELECT 'a1', '匿名网友', '待审核留言 ' || n, 'pending', 'c', 'p-' || n, 'fp-' || n, timestamptz '2026-11-01' + n * interval '1 second'
       FROM generate_series(1, $1::int) AS n`,
      [PENDING],
    );
    await db.query(
      `INSERT INTO comments (article_slug, nickname, body, status, client_hash, idempotency_key, body_fingerprint)
       SELECT 'a1', '匿名网友', '已公开 ' || n, 'approved', 'c', 'a-' || n, 'fpa-' || n FROM generate_series(1, 7) AS n`,
    );
  }, 60_000);
  afterAll(async () => cleanup?.());

  it("counts every pending comment, not one page of them", async () => {
    expect(await store.countByStatus("pending")).toBe(PENDING);
    const first = await service.moderationPage(1);
    expect(first.total).toBe(PENDING);
    expect(first.pageCount).toBe(Math.ceil(PENDING / MODERATION_PAGE_SIZE));
    expect(first.comments).toHaveLength(MODERATION_PAGE_SIZE);
  });

  it("pages through all of them, newest first, each exactly once; a page past the end shows the last", async () => {
    const { pageCount } = await service.moderationPage(1);
    const seen: number[] = [];
    let previous = Infinity;
    for (let page = 1; page <= pageCount; page++) {
      const result = await service.moderationPage(page);
      expect(result.page).toBe(page);
      for (const comment of result.comments) {
        expect(comment.status).toBe("pending");
        expect(comment.createdAt.getTime()).toBeLessThanOrEqual(previous);
        previous = comment.createdAt.getTime();
        seen.push(comment.id);
      }
    }
    expect(seen).toHaveLength(PENDING);
    expect(new Set(seen).size).toBe(PENDING);
    expect((await service.moderationPage(pageCount + 5)).page).toBe(pageCount);
    expect((await service.moderationPage(Number.NaN)).page).toBe(1);
    expect((await service.moderationPage(pageCount)).comments).toHaveLength(PENDING - (pageCount - 1) * MODERATION_PAGE_SIZE);
  });

  it("bulk approve and reject move exactly the pending ones named, once", async () => {
    const page = await service.moderationPage(1);
    const toApprove = page.comments.slice(0, 30).map((c) => c.id);
    const toReject = page.comments.slice(30, 50).map((c) => c.id);
    const approvedAlready = (await store.listByStatus("approved", 1))[0].id;

    expect(await service.moderateMany([...toApprove.map(String), String(approvedAlready), "999999"], "approve")).toEqual([...toApprove].sort((a, b) => a - b));
    expect(await service.moderateMany(toReject.map(String), "reject")).toEqual([...toReject].sort((a, b) => a - b));
    // A second moderator repeating the same action changes nothing.
    expect(await service.moderateMany(toApprove.map(String), "reject")).toEqual([]);

    expect((await store.getComment(toApprove[0]))?.status).toBe("approved");
    expect((await store.getComment(toReject[0]))?.status).toBe("rejected");
    expect((await service.moderationPage(1)).total).toBe(PENDING - 50);
  });

  it("refuses a bulk action that is not approve/reject, an empty selection, bad ids and too many ids", async () => {
    await expect(service.moderateMany(["1"], "delete")).rejects.toThrow(CommentError);
    await expect(service.moderateMany([], "approve")).rejects.toThrow("请先勾选");
    await expect(service.moderateMany(["abc"], "approve")).rejects.toMatchObject({ status: 400 });
    await expect(service.moderateMany(Array.from({ length: BULK_MAX + 1 }, (_, i) => String(i + 1)), "approve")).rejects.toThrow(`${BULK_MAX}`);
  });
});
