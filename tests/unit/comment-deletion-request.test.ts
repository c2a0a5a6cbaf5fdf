// A reader asks for their comments to be deleted (issue 17, must-be-true 4; 《个人信息保护法》第四十七条).
// Both drivers: PGlite always, PostgreSQL when TEST_DATABASE_URL is set.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CommentService, createSqlCommentStore, READER_REQUEST_REASON, type CommentStore } from "@/comments";
import { migrate, type SqlClient } from "@/db";
import { storeDrivers } from "../helpers/db-drivers";

describe.each(storeDrivers("comment-deletion-request"))("deletion on a reader's request on $name", ({ open }) => {
  let db: SqlClient;
  let store: CommentStore;
  let service: CommentService;
  let cleanup: () => Promise<void>;
  const ids: Record<string, number> = {};

  beforeAll(async () => {
    ({ db, cleanup } = await open());
    await migrate(db);
    store = createSqlCommentStore(db);
    service = new CommentService(store, { articleExists: () => true });
    const add = async (name: string, nickname: string, body: string, status: "pending" | "approved" | "rejected") => {
      const { comment } = await store.createComment({
        articleSlug: "a1", nickname, body, status, holdReasons: [], maskedKinds: [], clientHash: "c", idempotencyKey: `key-${name}`, bodyFingerprint: `fp-${name}`,
      });
      ids[name] = comment.id;
    };
    await add("public", "LinLin", "第一条：催收说要上门", "approved");
    await add("held", "LinLin", "第二条：能投诉吗", "pending");
    await add("rejected", "LinLin", "第三条：有人说能协商", "rejected");
    await add("other", "老王", "我和 linlin 的情况一样", "approved");
    await add("unrelated", "匿名网友", "完全无关的一条留言", "approved");
  }, 60_000);
  afterAll(async () => cleanup?.());

  it("finds by nickname or text in every status, ignoring case; by id with or without #", async () => {
    const byNickname = await service.findForDeletion("  linlin ");
    expect(byNickname.query).toBe("linlin");
    expect(byNickname.comments.map((c) => c.id).sort()).toEqual([ids.public, ids.held, ids.rejected, ids.other].sort());
    expect(new Set(byNickname.comments.map((c) => c.status))).toEqual(new Set(["approved", "pending", "rejected"]));
    expect((await service.findForDeletion("能投诉")).comments.map((c) => c.id)).toEqual([ids.held]);
    expect((await service.findForDeletion(`#${ids.unrelated}`)).comments.map((c) => c.id)).toEqual([ids.unrelated]);
    expect((await service.findForDeletion(String(ids.unrelated))).comments.map((c) => c.id)).toContain(ids.unrelated);
    expect((await service.findForDeletion("没有这样的字")).comments).toEqual([]);
  });

  it("refuses an empty or overlong search with a Chinese message", async () => {
    await expect(service.findForDeletion("   ")).rejects.toMatchObject({ status: 400, message: expect.stringContaining("请输入") });
    await expect(service.findForDeletion("字".repeat(101))).rejects.toMatchObject({ status: 400 });
  });

  it("deletes exactly the ticked comments in one step and records date, count and reason — nothing of their content", async () => {
    await store.markHelpful(ids.public, "someone");
    const deleted = await service.deleteOnRequest([String(ids.public), String(ids.held), String(ids.rejected), String(ids.held)]);
    expect(deleted).toBe(3);
    for (const name of ["public", "held", "rejected"]) expect(await store.getComment(ids[name])).toBeUndefined();
    expect(await store.getComment(ids.other)).toBeDefined();
    const records = await service.deletionRecords();
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ count: 3, reason: READER_REQUEST_REASON });
    expect(Math.abs(records[0].deletedAt.getTime() - Date.now())).toBeLessThan(60_000);
    const [row] = await db.query<Record<string, unknown>>("SELECT * FROM comment_deletions");
    expect(Object.keys(row).sort()).toEqual(["comment_count", "deleted_at", "id", "reason"]);
    expect(JSON.stringify(await db.query("SELECT * FROM comment_deletions"))).not.toMatch(/LinLin|催收|投诉/);
    expect(await db.query("SELECT * FROM comment_helpful_marks WHERE comment_id = $1", [ids.public])).toEqual([]);
  });

  it("ids already gone delete nothing and record nothing; an empty selection or a bad id is refused", async () => {
    expect(await service.deleteOnRequest([String(ids.public)])).toBe(0);
    expect(await service.deletionRecords()).toHaveLength(1);
    await expect(service.deleteOnRequest([])).rejects.toThrow("请先勾选要删除的留言");
    await expect(service.deleteOnRequest(["abc"])).rejects.toMatchObject({ status: 400 });
  });
});
