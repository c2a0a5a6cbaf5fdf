import type { SqlClient } from "@/db";
import type { MaskKind } from "./mask";
import type { HoldReason } from "./spam";

export type CommentStatus = "pending" | "approved" | "rejected";
export type CommentSort = "newest" | "helpful";

/** A comment as stored: already validated, masked and scored. */
export type StoredComment = {
  id: number;
  articleSlug: string;
  nickname: string;
  body: string;
  status: CommentStatus;
  holdReasons: HoldReason[];
  maskedKinds: MaskKind[];
  helpfulCount: number;
  pinned: boolean;
  officialReply: string | null;
  officialReplyAt: Date | null;
  createdAt: Date;
};

/** What any reader may see: no client hash, no moderation detail. */
export type PublicComment = Pick<
  StoredComment,
  "id" | "nickname" | "body" | "helpfulCount" | "pinned" | "officialReply" | "officialReplyAt" | "createdAt"
>;

export type NewCommentRecord = {
  articleSlug: string;
  nickname: string;
  body: string;
  status: CommentStatus;
  holdReasons: HoldReason[];
  maskedKinds: MaskKind[];
  clientHash: string;
  idempotencyKey: string;
  bodyFingerprint: string;
};

/**
 * The duplicate check, decided inside the insert transaction: `review` gets the number of comments
 * with the same text fingerprint since `since` (any reader, any status) and says whether the new
 * one publishes. Under a lock per fingerprint, so two identical comments posted at the same moment
 * from different addresses cannot both see "no duplicate yet" (issue 17, finding 6).
 */
export type DuplicateReview = {
  since: Date;
  review: (recentDuplicates: number) => Pick<NewCommentRecord, "status" | "holdReasons">;
};

export type FeedbackCount = { articleSlug: string; helpful: number; notHelpful: number; reasons: string[] };

/** That comments were deleted at a reader's request: when, how many, why — nothing of what they said. */
export type DeletionRecord = { id: number; deletedAt: Date; count: number; reason: string };

export interface CommentStore {
  /** Inserts unless the idempotency key was seen; then returns the earlier comment. */
  createComment(record: NewCommentRecord): Promise<{ comment: StoredComment; created: boolean }>;
  /**
   * createComment under a per-client limit, decided atomically in the database: the count and the
   * insert happen under one lock per client, so parallel posts (on any number of instances) cannot
   * all pass the check before any of them is stored. A retry of a stored submission (same
   * idempotency key) returns it even at the limit.
   */
  createCommentWithinLimit(
    record: NewCommentRecord,
    limit: { max: number; since: Date },
    duplicates?: DuplicateReview,
  ): Promise<{ comment: StoredComment; created: boolean } | { limited: true }>;
  listApproved(articleSlug: string, options: { sort: CommentSort; page: number; pageSize: number }): Promise<{ comments: PublicComment[]; total: number }>;
  countByClientSince(clientHash: string, since: Date): Promise<number>;
  countByFingerprintSince(fingerprint: string, since: Date): Promise<number>;
  /** One mark per client per comment; only approved comments can be marked. */
  markHelpful(commentId: number, clientHash: string): Promise<{ found: boolean; counted: boolean; helpfulCount: number }>;
  /** One vote per client per article; a second vote replaces the first. */
  recordFeedback(entry: { articleSlug: string; clientHash: string; helpful: boolean; reason: string | null }): Promise<void>;
  feedbackCounts(): Promise<FeedbackCount[]>;
  /** Newest first; `offset` pages through any number of them (the moderation queue). */
  listByStatus(status: CommentStatus, limit: number, offset?: number): Promise<StoredComment[]>;
  /** The true number of comments in a status (the queue's heading, not the length of one page). */
  countByStatus(status: CommentStatus): Promise<number>;
  /** Moves the given comments that are still in `from` to `to` in one statement; returns the ids moved. */
  setStatusMany(ids: number[], from: CommentStatus, to: CommentStatus): Promise<number[]>;
  getComment(id: number): Promise<StoredComment | undefined>;
  setStatus(id: number, status: CommentStatus): Promise<boolean>;
  setPinned(id: number, pinned: boolean): Promise<boolean>;
  setReply(id: number, reply: string | null): Promise<boolean>;
  deleteComment(id: number): Promise<boolean>;
  /**
   * Comments in any status whose nickname or text contains `text` (case-insensitive), or whose id is
   * `id`; newest first, at most `limit`. What a moderator looks for when a reader asks for deletion.
   */
  findComments(query: { text: string; id?: number }, limit: number): Promise<StoredComment[]>;
  /** Deletes the given comments and records that it happened (date, count, reason), in one transaction. */
  deleteCommentsWithRecord(ids: number[], reason: string): Promise<{ deletedIds: number[]; record?: DeletionRecord }>;
  listDeletionRecords(limit: number): Promise<DeletionRecord[]>;
  /** A per-installation secret (salts, keys), created once and shared by every instance. */
  secret(name: string, create: () => string): Promise<string>;
  /** Ends an admin session on every instance (kept until the token would have expired anyway). */
  revokeSession(sessionId: string, expiresAt: number): Promise<void>;
  isSessionRevoked(sessionId: string): Promise<boolean>;
}

// Revoked sessions live beside the secrets (one small row each, no table of their own), named by
// the session's random id and holding its expiry; expired ones are cleared at the next logout.
const REVOKED_SESSION = "revoked-admin-session:";
/** First key of the per-client advisory lock around the rate-limit check (the second is the client's hash). */
const COMMENT_LIMIT_LOCK = 17_002;
/**
 * First key of the per-text lock around the duplicate check (the second is the fingerprint's hash).
 * Always taken after the client lock, never before: one order, so two posts cannot deadlock.
 */
const COMMENT_DUPLICATE_LOCK = 17_003;

type CommentRow = {
  id: string | number;
  article_slug: string;
  nickname: string;
  body: string;
  status: CommentStatus;
  hold_reasons: HoldReason[];
  masked_kinds: MaskKind[];
  helpful_count: number;
  pinned: boolean;
  official_reply: string | null;
  official_reply_at: Date | string | null;
  created_at: Date | string;
};

const COLUMNS =
  "id, article_slug, nickname, body, status, hold_reasons, masked_kinds, helpful_count, pinned, official_reply, official_reply_at, created_at";

function toComment(row: CommentRow): StoredComment {
  return {
    id: Number(row.id),
    articleSlug: row.article_slug,
    nickname: row.nickname,
    body: row.body,
    status: row.status,
    holdReasons: row.hold_reasons ?? [],
    maskedKinds: row.masked_kinds ?? [],
    helpfulCount: Number(row.helpful_count),
    pinned: row.pinned,
    officialReply: row.official_reply,
    officialReplyAt: row.official_reply_at ? new Date(row.official_reply_at) : null,
    createdAt: new Date(row.created_at),
  };
}

function toPublic(comment: StoredComment): PublicComment {
  const { id, nickname, body, helpfulCount, pinned, officialReply, officialReplyAt, createdAt } = comment;
  return { id, nickname, body, helpfulCount, pinned, officialReply, officialReplyAt, createdAt };
}

const ORDER: Record<CommentSort, string> = {
  newest: "pinned DESC, created_at DESC, id DESC",
  helpful: "pinned DESC, helpful_count DESC, created_at DESC, id DESC",
};

/** The CommentStore in SQL; the same code runs on PGlite and PostgreSQL. */
export function createSqlCommentStore(db: SqlClient): CommentStore {
  const one = async (sql: string, params: (string | number | boolean | null | Date | string[])[]) =>
    (await db.query<CommentRow>(sql, params)).map(toComment)[0];
  const changed = async (sql: string, params: (string | number | boolean | null)[]) =>
    (await db.query<{ id: string }>(`${sql} RETURNING id`, params)).length > 0;
  // One insert for both create paths: a repeated idempotency key inserts nothing and the stored row is read back.
  const INSERT_COMMENT = `INSERT INTO comments (article_slug, nickname, body, status, hold_reasons, masked_kinds, client_hash, idempotency_key, body_fingerprint)
    VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
    ON CONFLICT (idempotency_key) DO NOTHING
    RETURNING ${COLUMNS}`;
  const BY_IDEMPOTENCY_KEY = `SELECT ${COLUMNS} FROM comments WHERE idempotency_key = $1`;
  const insertParams = (r: NewCommentRecord) =>
    [r.articleSlug, r.nickname, r.body, r.status, r.holdReasons, r.maskedKinds, r.clientHash, r.idempotencyKey, r.bodyFingerprint];

  return {
    async createComment(r) {
      const inserted = await one(INSERT_COMMENT, insertParams(r));
      if (inserted) return { comment: inserted, created: true };
      const earlier = await one(BY_IDEMPOTENCY_KEY, [r.idempotencyKey]);
      if (!earlier) throw new Error("idempotency conflict without a row (deleted concurrently)");
      return { comment: earlier, created: false };
    },

    async createCommentWithinLimit(r, { max, since }, duplicates) {
      return db.transaction(async (tx) => {
        const first = async (sql: string, params: (string | number | Date | string[])[]) => (await tx.query<CommentRow>(sql, params)).map(toComment)[0];
        // Transaction-scoped: released at COMMIT/ROLLBACK, so a crash never leaves it held.
        await tx.query("SELECT pg_advisory_xact_lock($1::integer, hashtext($2))", [COMMENT_LIMIT_LOCK, r.clientHash]);
        const earlier = await first(BY_IDEMPOTENCY_KEY, [r.idempotencyKey]);
        if (earlier) return { comment: earlier, created: false };
        const [{ n }] = await tx.query<{ n: string }>("SELECT count(*) AS n FROM comments WHERE client_hash = $1 AND created_at >= $2", [r.clientHash, since]);
        if (Number(n) >= max) return { limited: true as const };
        let record = r;
        if (duplicates) {
          await tx.query("SELECT pg_advisory_xact_lock($1::integer, hashtext($2))", [COMMENT_DUPLICATE_LOCK, r.bodyFingerprint]);
          // Counted after the lock: a new statement sees what the previous holder committed.
          const [{ n: same }] = await tx.query<{ n: string }>("SELECT count(*) AS n FROM comments WHERE body_fingerprint = $1 AND created_at >= $2", [
            r.bodyFingerprint,
            duplicates.since,
          ]);
          record = { ...r, ...duplicates.review(Number(same)) };
        }
        const inserted = await first(INSERT_COMMENT, insertParams(record));
        if (inserted) return { comment: inserted, created: true };
        // The same key from another client committed meanwhile (it holds a different lock).
        const raced = await first(BY_IDEMPOTENCY_KEY, [r.idempotencyKey]);
        if (!raced) throw new Error("idempotency conflict without a row (deleted concurrently)");
        return { comment: raced, created: false };
      });
    },

    async listApproved(articleSlug, { sort, page, pageSize }) {
      const rows = await db.query<CommentRow>(
        `SELECT ${COLUMNS} FROM comments WHERE article_slug = $1 AND status = 'approved'
         ORDER BY ${ORDER[sort]} LIMIT $2 OFFSET $3`,
        [articleSlug, pageSize, (page - 1) * pageSize],
      );
      const [{ n }] = await db.query<{ n: string }>(
        "SELECT count(*) AS n FROM comments WHERE article_slug = $1 AND status = 'approved'",
        [articleSlug],
      );
      return { comments: rows.map(toComment).map(toPublic), total: Number(n) };
    },

    async countByClientSince(clientHash, since) {
      const [{ n }] = await db.query<{ n: string }>("SELECT count(*) AS n FROM comments WHERE client_hash = $1 AND created_at >= $2", [clientHash, since]);
      return Number(n);
    },

    async countByFingerprintSince(fingerprint, since) {
      const [{ n }] = await db.query<{ n: string }>("SELECT count(*) AS n FROM comments WHERE body_fingerprint = $1 AND created_at >= $2", [fingerprint, since]);
      return Number(n);
    },

    async markHelpful(commentId, clientHash) {
      return db.transaction(async (tx) => {
        const target = await tx.query<{ helpful_count: number }>(
          "SELECT helpful_count FROM comments WHERE id = $1 AND status = 'approved' FOR UPDATE",
          [commentId],
        );
        if (target.length === 0) return { found: false, counted: false, helpfulCount: 0 };
        const mark = await tx.query(
          "INSERT INTO comment_helpful_marks (comment_id, client_hash) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING comment_id",
          [commentId, clientHash],
        );
        if (mark.length === 0) return { found: true, counted: false, helpfulCount: Number(target[0].helpful_count) };
        const [updated] = await tx.query<{ helpful_count: number }>(
          "UPDATE comments SET helpful_count = helpful_count + 1 WHERE id = $1 RETURNING helpful_count",
          [commentId],
        );
        return { found: true, counted: true, helpfulCount: Number(updated.helpful_count) };
      });
    },

    async recordFeedback({ articleSlug, clientHash, helpful, reason }) {
      await db.query(
        `INSERT INTO article_feedback (article_slug, client_hash, helpful, reason) VALUES ($1, $2, $3, $4)
         ON CONFLICT (article_slug, client_hash) DO UPDATE SET helpful = EXCLUDED.helpful, reason = EXCLUDED.reason, created_at = now()`,
        [articleSlug, clientHash, helpful, reason],
      );
    },

    async feedbackCounts() {
      const rows = await db.query<{ article_slug: string; yes: string; no: string; reasons: string[] | null }>(
        `SELECT article_slug,
                count(*) FILTER (WHERE helpful) AS yes,
                count(*) FILTER (WHERE NOT helpful) AS no,
                (array_agg(reason ORDER BY created_at DESC) FILTER (WHERE reason IS NOT NULL AND reason <> ''))[1:5] AS reasons
         FROM article_feedback GROUP BY article_slug ORDER BY count(*) FILTER (WHERE NOT helpful) DESC, article_slug`,
      );
      return rows.map((row) => ({ articleSlug: row.article_slug, helpful: Number(row.yes), notHelpful: Number(row.no), reasons: row.reasons ?? [] }));
    },

    async listByStatus(status, limit, offset = 0) {
      const rows = await db.query<CommentRow>(`SELECT ${COLUMNS} FROM comments WHERE status = $1 ORDER BY created_at DESC, id DESC LIMIT $2 OFFSET $3`, [
        status,
        limit,
        offset,
      ]);
      return rows.map(toComment);
    },
    async countByStatus(status) {
      const [row] = await db.query<{ n: string | number }>("SELECT count(*) AS n FROM comments WHERE status = $1", [status]);
      return Number(row.n);
    },
    async setStatusMany(ids, from, to) {
      if (ids.length === 0) return [];
      // Only those still in `from`: a comment another moderator handled meanwhile is left as it is.
      const rows = await db.query<{ id: string | number }>("UPDATE comments SET status = $3 WHERE id = ANY($1::bigint[]) AND status = $2 RETURNING id", [
        ids.map(String),
        from,
        to,
      ]);
      return rows.map((row) => Number(row.id)).sort((a, b) => a - b);
    },

    getComment: (id) => one(`SELECT ${COLUMNS} FROM comments WHERE id = $1`, [id]),
    setStatus: (id, status) => changed("UPDATE comments SET status = $2 WHERE id = $1", [id, status]),
    setPinned: (id, pinned) => changed("UPDATE comments SET pinned = $2 WHERE id = $1", [id, pinned]),
    setReply: (id, reply) =>
      changed("UPDATE comments SET official_reply = $2, official_reply_at = CASE WHEN $2::text IS NULL THEN NULL ELSE now() END WHERE id = $1", [id, reply]),
    deleteComment: (id) => changed("DELETE FROM comments WHERE id = $1", [id]),

    async findComments({ text, id }, limit) {
      const rows = await db.query<CommentRow>(
        `SELECT ${COLUMNS} FROM comments
         WHERE strpos(lower(nickname), lower($1)) > 0 OR strpos(lower(body), lower($1)) > 0 OR id = $2
         ORDER BY created_at DESC, id DESC LIMIT $3`,
        [text, id ?? -1, limit],
      );
      return rows.map(toComment);
    },
    async deleteCommentsWithRecord(ids, reason) {
      if (ids.length === 0) return { deletedIds: [] };
      return db.transaction(async (tx) => {
        const deleted = await tx.query<{ id: string | number }>("DELETE FROM comments WHERE id = ANY($1::bigint[]) RETURNING id", [ids.map(String)]);
        const deletedIds = deleted.map((row) => Number(row.id)).sort((a, b) => a - b);
        if (deletedIds.length === 0) return { deletedIds };
        const [row] = await tx.query<{ id: string | number; deleted_at: Date | string; comment_count: number; reason: string }>(
          "INSERT INTO comment_deletions (comment_count, reason) VALUES ($1, $2) RETURNING id, deleted_at, comment_count, reason",
          [deletedIds.length, reason],
        );
        return { deletedIds, record: { id: Number(row.id), deletedAt: new Date(row.deleted_at), count: Number(row.comment_count), reason: row.reason } };
      });
    },
    async listDeletionRecords(limit) {
      const rows = await db.query<{ id: string | number; deleted_at: Date | string; comment_count: number; reason: string }>(
        "SELECT id, deleted_at, comment_count, reason FROM comment_deletions ORDER BY deleted_at DESC, id DESC LIMIT $1",
        [limit],
      );
      return rows.map((row) => ({ id: Number(row.id), deletedAt: new Date(row.deleted_at), count: Number(row.comment_count), reason: row.reason }));
    },

    async secret(name, create) {
      await db.query("INSERT INTO app_secrets (name, value) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING", [name, create()]);
      const [row] = await db.query<{ value: string }>("SELECT value FROM app_secrets WHERE name = $1", [name]);
      return row.value;
    },
    async revokeSession(sessionId, expiresAt) {
      await db.query("DELETE FROM app_secrets WHERE name LIKE $1 AND value < $2", [`${REVOKED_SESSION}%`, String(Date.now()).padStart(16, "0")]);
      await db.query("INSERT INTO app_secrets (name, value) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING", [
        `${REVOKED_SESSION}${sessionId}`,
        String(expiresAt).padStart(16, "0"),
      ]);
    },
    async isSessionRevoked(sessionId) {
      const rows = await db.query("SELECT 1 FROM app_secrets WHERE name = $1", [`${REVOKED_SESSION}${sessionId}`]);
      return rows.length > 0;
    },
  };
}
