// The same suite for both drivers: PGlite (always, in memory) and PostgreSQL (when
// TEST_DATABASE_URL is set; .ci/run sets it). Each PostgreSQL run gets its own schema.
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CommentService, createSqlCommentStore, type CommentStore } from "@/comments";
import { migrate, MIGRATIONS, type SqlClient } from "@/db";
import { storeDrivers } from "../helpers/db-drivers";

const drivers = storeDrivers("comment-store");

const record = (overrides: Partial<Parameters<CommentStore["createComment"]>[0]> = {}) => ({
  articleSlug: "a1",
  nickname: "匿名网友",
  body: "我也被催收打电话给紧急联系人了",
  status: "approved" as const,
  holdReasons: [],
  maskedKinds: [],
  clientHash: "client-1",
  idempotencyKey: `k-${randomBytes(6).toString("hex")}`,
  bodyFingerprint: "fp",
  ...overrides,
});

describe.each(drivers)("CommentStore on $name", ({ open }) => {
  let db: SqlClient;
  let store: CommentStore;
  let cleanup: () => Promise<void>;

  beforeAll(async () => {
    ({ db, cleanup } = await open());
    expect(await migrate(db)).toEqual(MIGRATIONS.map((m) => m.version));
    store = createSqlCommentStore(db);
  }, 60_000);
  afterAll(async () => cleanup?.());

  it("migrations are recorded and a second run applies nothing", async () => {
    expect(await migrate(db)).toEqual([]);
    const rows = await db.query<{ version: number }>("SELECT version FROM schema_migrations ORDER BY version");
    expect(rows.map((r) => Number(r.version))).toEqual(MIGRATIONS.map((m) => m.version));
  });

  it("the same idempotency key stores one comment, even when submitted concurrently", async () => {
    const r = record({ articleSlug: "idem", idempotencyKey: "same-key-123" });
    const results = await Promise.all([store.createComment(r), store.createComment(r), store.createComment(r)]);
    expect(results.filter((x) => x.created)).toHaveLength(1);
    expect(new Set(results.map((x) => x.comment.id)).size).toBe(1);
    expect((await store.listApproved("idem", { sort: "newest", page: 1, pageSize: 10 })).total).toBe(1);
  });

  it("lists only approved comments, pinned first, paginated, by newest or most helpful", async () => {
    const a = (await store.createComment(record({ articleSlug: "list", body: "A" }))).comment;
    const b = (await store.createComment(record({ articleSlug: "list", body: "B" }))).comment;
    const c = (await store.createComment(record({ articleSlug: "list", body: "C" }))).comment;
    await store.createComment(record({ articleSlug: "list", body: "held", status: "pending" }));
    await store.markHelpful(a.id, "x");
    await store.markHelpful(a.id, "y");
    await store.markHelpful(b.id, "x");
    const newest = await store.listApproved("list", { sort: "newest", page: 1, pageSize: 10 });
    expect(newest.total).toBe(3);
    expect(newest.comments.map((x) => x.body)).toEqual(["C", "B", "A"]);
    const helpful = await store.listApproved("list", { sort: "helpful", page: 1, pageSize: 10 });
    expect(helpful.comments.map((x) => x.body)).toEqual(["A", "B", "C"]);
    await store.setPinned(c.id, true);
    const pinned = await store.listApproved("list", { sort: "helpful", page: 1, pageSize: 2 });
    expect(pinned.comments.map((x) => x.body)).toEqual(["C", "A"]);
    const page2 = await store.listApproved("list", { sort: "helpful", page: 2, pageSize: 2 });
    expect(page2.comments.map((x) => x.body)).toEqual(["B"]);
    expect(Object.keys(page2.comments[0])).not.toContain("clientHash");
  });

  it("a helpful mark counts once per client and only on approved comments", async () => {
    const ok = (await store.createComment(record({ articleSlug: "help" }))).comment;
    const held = (await store.createComment(record({ articleSlug: "help", status: "pending" }))).comment;
    expect(await store.markHelpful(ok.id, "c1")).toEqual({ found: true, counted: true, helpfulCount: 1 });
    expect(await store.markHelpful(ok.id, "c1")).toEqual({ found: true, counted: false, helpfulCount: 1 });
    expect(await store.markHelpful(ok.id, "c2")).toEqual({ found: true, counted: true, helpfulCount: 2 });
    expect((await store.markHelpful(held.id, "c1")).found).toBe(false);
    expect((await store.markHelpful(999_999, "c1")).found).toBe(false);
  });

  it("moderation: approve, reject, reply, delete", async () => {
    const held = (await store.createComment(record({ articleSlug: "mod", status: "pending" }))).comment;
    expect((await store.listByStatus("pending", 100)).map((c) => c.id)).toContain(held.id);
    expect(await store.setStatus(held.id, "approved")).toBe(true);
    expect(await store.setReply(held.id, "官方：紧急联系人没有还款义务。")).toBe(true);
    const [shown] = (await store.listApproved("mod", { sort: "newest", page: 1, pageSize: 5 })).comments;
    expect(shown.officialReply).toBe("官方：紧急联系人没有还款义务。");
    expect(shown.officialReplyAt).toBeInstanceOf(Date);
    expect(await store.setStatus(held.id, "rejected")).toBe(true);
    expect((await store.listApproved("mod", { sort: "newest", page: 1, pageSize: 5 })).total).toBe(0);
    expect(await store.deleteComment(held.id)).toBe(true);
    expect(await store.getComment(held.id)).toBeUndefined();
    expect(await store.deleteComment(held.id)).toBe(false);
  });

  it("counts by client and by text fingerprint within a window", async () => {
    await store.createComment(record({ articleSlug: "rate", clientHash: "rate-client", bodyFingerprint: "rate-fp" }));
    await store.createComment(record({ articleSlug: "rate", clientHash: "rate-client", bodyFingerprint: "rate-fp" }));
    expect(await store.countByClientSince("rate-client", new Date(Date.now() - 60_000))).toBe(2);
    expect(await store.countByClientSince("rate-client", new Date(Date.now() + 60_000))).toBe(0);
    expect(await store.countByFingerprintSince("rate-fp", new Date(Date.now() - 60_000))).toBe(2);
  });

  it("article feedback: one vote per client per article, counts and recent reasons", async () => {
    await store.recordFeedback({ articleSlug: "fb", clientHash: "u1", helpful: true, reason: null });
    await store.recordFeedback({ articleSlug: "fb", clientHash: "u2", helpful: false, reason: "没讲到花呗" });
    await store.recordFeedback({ articleSlug: "fb", clientHash: "u1", helpful: false, reason: "改主意了" });
    const fb = (await store.feedbackCounts()).find((f) => f.articleSlug === "fb");
    expect(fb).toMatchObject({ helpful: 0, notHelpful: 2 });
    expect(fb?.reasons.sort()).toEqual(["改主意了", "没讲到花呗"].sort());
  });

  it("a revoked admin session stays revoked for every instance; expired revocations are cleared", async () => {
    expect(await store.isSessionRevoked("session-a")).toBe(false);
    await store.revokeSession("session-a", Date.now() + 3600_000);
    await store.revokeSession("session-old", Date.now() - 1);
    expect(await store.isSessionRevoked("session-a")).toBe(true);
    await store.revokeSession("session-b", Date.now() + 3600_000);
    expect(await store.isSessionRevoked("session-old")).toBe(false);
    expect(await store.isSessionRevoked("session-a")).toBe(true);
    expect(await store.isSessionRevoked("session-b")).toBe(true);
  });

  it("a secret is created once and then stays the same", async () => {
    const first = await store.secret("s", () => "one");
    const second = await store.secret("s", () => "two");
    expect([first, second]).toEqual(["one", "one"]);
  });

  it("the service end to end: masked, held, rate-limited, idempotent", async () => {
    const service = new CommentService(store, { articleExists: (s) => s === "svc", rateLimit: { max: 3, windowSeconds: 600 } });
    const client = { address: "203.0.113.9" };
    const held = await service.submit({ article: "svc", body: "我的电话 13812345678 天天被打", idempotencyKey: "svc-key-0001" }, client);
    expect(held).toMatchObject({ outcome: "pending", masked: ["phone"], holdReasons: ["contact-handle"], duplicate: false });
    const again = await service.submit({ article: "svc", body: "我的电话 13812345678 天天被打", idempotencyKey: "svc-key-0001" }, client);
    expect(again).toMatchObject({ outcome: "pending", duplicate: true });
    const stored = await store.getComment(held.outcome === "pending" ? held.commentId : 0);
    expect(stored?.body).toBe("我的电话 [手机号已隐藏] 天天被打");
    expect(JSON.stringify(await db.query("SELECT * FROM comments WHERE article_slug = 'svc'"))).not.toContain("203.0.113.9");
    const ok = await service.submit({ article: "svc", body: "紧急联系人真的不用还钱吗？" }, client);
    expect(ok.outcome).toBe("published");
    await service.submit({ article: "svc", body: "第三条留言，说说我的情况" }, client);
    await expect(service.submit({ article: "svc", body: "第四条留言会被限流" }, client)).rejects.toMatchObject({ status: 429 });
    await expect(service.submit({ article: "nope", body: "没有这篇文章的留言" }, { address: "198.51.100.1" })).rejects.toMatchObject({ status: 404 });
    expect(await service.submit({ article: "svc", body: "机器人填写的蜜罐字段", website: "http://spam" }, { address: "198.51.100.2" })).toEqual({ outcome: "discarded" });
  });

  it("100 parallel posts from one address: exactly the limit is stored, the rest get 429 (issue 17, finding 2)", async () => {
    const limit = { max: 5, windowSeconds: 600 };
    // Two services over the same database, as two app instances would be.
    const instances = [0, 1].map(() => new CommentService(store, { articleExists: (s) => s === "flood", rateLimit: limit }));
    const client = { address: "203.0.113.77" };
    const results = await Promise.allSettled(
      Array.from({ length: 100 }, (_, i) => instances[i % 2].submit({ article: "flood", body: `第 ${i} 条不同的留言内容，问问协商的事` }, client)),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(limit.max);
    const refused = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(refused).toHaveLength(100 - limit.max);
    expect(refused.every((r) => r.reason?.status === 429)).toBe(true);
    const [{ n }] = await db.query<{ n: string }>("SELECT count(*) AS n FROM comments WHERE article_slug = 'flood'");
    expect(Number(n)).toBe(limit.max);
  }, 60_000);

  it("a retry of a stored comment at the limit returns it instead of 429 (issue 17, finding 10)", async () => {
    const service = new CommentService(store, { articleExists: (s) => s === "retry", rateLimit: { max: 1, windowSeconds: 600 } });
    const client = { address: "203.0.113.78" };
    const first = await service.submit({ article: "retry", body: "第一次提交，网络断了", idempotencyKey: "retry-key-0001" }, client);
    const retry = await service.submit({ article: "retry", body: "第一次提交，网络断了", idempotencyKey: "retry-key-0001" }, client);
    expect(retry).toMatchObject({ duplicate: true, commentId: first.outcome === "discarded" ? -1 : first.commentId });
    await expect(service.submit({ article: "retry", body: "另一条新的留言内容" }, client)).rejects.toMatchObject({ status: 429 });
  });

  it("another reader's comment that carries the same key is stored, not dropped as a retry (issue 17, finding 10)", async () => {
    const service = new CommentService(store, { articleExists: (s) => s === "reuse" });
    const first = await service.submit({ article: "reuse", body: "催收说要上门，我该怎么办？", idempotencyKey: "copied-key-0001" }, { address: "198.51.100.61" });
    const other = await service.submit({ article: "reuse", body: "我是紧急联系人，每天都接到电话", idempotencyKey: "copied-key-0001" }, { address: "198.51.100.62" });
    expect(first.outcome).toBe("published");
    expect(other).toMatchObject({ outcome: "published", duplicate: false });
    const bodies = (await db.query<{ body: string }>("SELECT body FROM comments WHERE article_slug = 'reuse' ORDER BY id")).map((r) => r.body);
    expect(bodies).toEqual(["催收说要上门，我该怎么办？", "我是紧急联系人，每天都接到电话"]);
    // The writer's own retry (same key, same text), even from a new address after a network switch, is still one comment.
    const retry = await service.submit({ article: "reuse", body: "催收说要上门，我该怎么办？", idempotencyKey: "copied-key-0001" }, { address: "198.51.100.63" });
    expect(retry).toMatchObject({ duplicate: true, commentId: first.outcome === "discarded" ? -1 : first.commentId });
  });

  it("the same text plus a counter from many addresses: only the first publishes (issue 17, finding 6)", async () => {
    const service = new CommentService(store, { articleExists: (s) => s === "dup" });
    const text = "我上个月也是这样，后来自己和平台打电话协商成了";
    const outcomes = [];
    for (let i = 1; i <= 20; i++) {
      outcomes.push((await service.submit({ article: "dup", body: `${text} ${i}` }, { address: `198.51.100.${i}` })).outcome);
    }
    expect(outcomes.filter((outcome) => outcome === "published")).toHaveLength(1);
    expect(outcomes.filter((outcome) => outcome === "pending")).toHaveLength(19);
  });

  it("the same text posted at the same moment from 10 addresses on two instances: exactly one publishes (issue 17, finding 6)", async () => {
    // Two services over one database, as two app instances; every post starts before any is stored.
    const instances = [0, 1].map(() => new CommentService(store, { articleExists: (s) => s === "dup-race" }));
    const text = "同一时间发出的同一段话：我也被催收打电话给同事了，平台说再不还就上门";
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) => instances[i % 2].submit({ article: "dup-race", body: text }, { address: `192.0.2.${i + 1}` })),
    );
    const outcomes = results.map((result) => result.outcome);
    expect(outcomes.filter((outcome) => outcome === "published")).toHaveLength(1);
    expect(outcomes.filter((outcome) => outcome === "pending")).toHaveLength(9);
    const held = await db.query<{ hold_reasons: string[] }>("SELECT hold_reasons FROM comments WHERE article_slug = 'dup-race' AND status = 'pending'");
    expect(held.every((row) => row.hold_reasons.includes("repeated-text"))).toBe(true);
  });

  it("a reserved nickname is refused before anything is stored", async () => {
    const service = new CommentService(store, { articleExists: (s) => s === "nick" });
    await expect(service.submit({ article: "nick", nickname: "逾期帮助中心官方", body: "本站提醒：请添加客服处理" }, { address: "198.51.100.200" })).rejects.toMatchObject({
      status: 400,
      field: "nickname",
    });
    expect(await db.query("SELECT id FROM comments WHERE article_slug = 'nick'")).toEqual([]);
  });
});
