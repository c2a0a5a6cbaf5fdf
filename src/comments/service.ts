import { randomBytes } from "node:crypto";
import { CommentError } from "./errors";
import { type MaskKind, maskPersonalData } from "./mask";
import { type HoldReason, fingerprintText, holdReasons } from "./spam";
import type { CommentSort, CommentStore, DeletionRecord, FeedbackCount, PublicComment, StoredComment } from "./store";
import { type ClientInfo, hashClient, sha256 } from "./client";
import {
  commentIdSchema,
  feedbackSchema,
  listQuerySchema,
  moderationSchema,
  newCommentSchema,
  parseOrThrow,
} from "./validate";

/** Pending comments per /admin page, and the most one bulk action handles (a page's worth, with room). */
export const MODERATION_PAGE_SIZE = 50;
export const BULK_MAX = 200;
export type ModerationPage = { comments: StoredComment[]; total: number; page: number; pageCount: number; pageSize: number };

/** The reason recorded for deletions from /admin's "读者要求删除留言" (nothing else is kept of them). */
export const READER_REQUEST_REASON = "读者要求删除";
export const DELETION_SEARCH_MAX = 100;
const DELETION_QUERY_MAX = 100;
export type DeletionSearch = { query: string; comments: StoredComment[]; more: boolean };

/** The ids ticked in a bulk form: at least one, at most BULK_MAX, each a valid id, without repeats. */
function selectedIds(rawIds: unknown, verb: string): number[] {
  const list = Array.isArray(rawIds) ? rawIds : [];
  if (list.length === 0) throw new CommentError("invalid-input", `请先勾选要${verb}的留言`, "id");
  if (list.length > BULK_MAX) throw new CommentError("invalid-input", `一次最多${verb} ${BULK_MAX} 条留言`, "id");
  return [...new Set(list.map((raw) => parseOrThrow(commentIdSchema, raw)))];
}

export type RateLimit = { max: number; windowSeconds: number };
export const DEFAULT_RATE_LIMIT: RateLimit = { max: 5, windowSeconds: 600 };
export const PAGE_SIZE = 20;
const DUPLICATE_WINDOW_HOURS = 24;

export type SubmitResult =
  | { outcome: "published" | "pending"; commentId: number; masked: MaskKind[]; holdReasons: HoldReason[]; duplicate: boolean }
  /** Honeypot filled: answered like a success so bots learn nothing, but nothing is stored. */
  | { outcome: "discarded" };

export type CommentServiceOptions = {
  /** Whether an article exists (the content loader knows, not the store). */
  articleExists: (slug: string) => boolean;
  rateLimit?: RateLimit;
  /** Fixed salt (IP_HASH_SALT); otherwise one is generated once and kept in the database. */
  ipHashSalt?: string;
  now?: () => Date;
};

export type CommentPage = { comments: PublicComment[]; total: number; page: number; pageCount: number; sort: CommentSort };

/** validate → mask → score → rate-limit → store: the only way a comment gets in. */
export class CommentService {
  private salt: Promise<string> | undefined;
  private readonly rateLimit: RateLimit;
  private readonly now: () => Date;

  constructor(
    readonly store: CommentStore,
    private readonly options: CommentServiceOptions,
  ) {
    this.rateLimit = options.rateLimit ?? DEFAULT_RATE_LIMIT;
    this.now = options.now ?? (() => new Date());
  }

  /** The salted hash that stands for a client (its IPv4 address or IPv6 /64) in every limit. */
  clientKey(client: ClientInfo): Promise<string> {
    return this.clientHash(client);
  }

  private async clientHash(client: ClientInfo): Promise<string> {
    this.salt ??= this.options.ipHashSalt
      ? Promise.resolve(this.options.ipHashSalt)
      : this.store.secret("ip-hash-salt", () => randomBytes(32).toString("base64url"));
    return hashClient(client.address, await this.salt);
  }

  private requireArticle(slug: string): void {
    if (!this.options.articleExists(slug)) throw new CommentError("unknown-article", "没有这篇文章", "article");
  }

  async submit(raw: unknown, client: ClientInfo): Promise<SubmitResult> {
    const input = parseOrThrow(newCommentSchema, raw);
    this.requireArticle(input.article);
    if (input.website.trim() !== "") return { outcome: "discarded" };

    const clientHash = await this.clientHash(client);
    const body = maskPersonalData(input.body);
    const nickname = maskPersonalData(input.nickname);
    const masked = [...new Set([...nickname.masked, ...body.masked])];
    const fingerprint = sha256(fingerprintText(body.text));
    // The form's key is bound to what it was sent with (article and text): a retry of the same
    // submission finds the stored comment, while another reader's comment that happens to carry the
    // same key (a copied page, a buggy client) is stored as its own instead of being dropped while
    // its writer is told it was published (issue 17, finding 10).
    // Without a key from the form (no JS on a static page), the same text from the same
    // client on the same article counts as the same submission.
    const idempotencyKey = input.idempotencyKey
      ? `form:${sha256(`${input.idempotencyKey}|${input.article}|${fingerprint}`)}`
      : `derived:${sha256(`${clientHash}|${input.article}|${fingerprint}`)}`;

    const now = this.now();
    const review = (recentDuplicates: number) => {
      const reasons = holdReasons({ text: `${nickname.text}\n${body.text}`, masked, recentDuplicates });
      return { status: reasons.length > 0 ? ("pending" as const) : ("approved" as const), holdReasons: reasons };
    };

    // The limit and the duplicate check are decided and the comment stored in one step in the
    // database (see createCommentWithinLimit): a check here followed by an insert let 100 parallel
    // posts through, and two identical comments posted at once both publish.
    const stored = await this.store.createCommentWithinLimit(
      {
        articleSlug: input.article,
        nickname: nickname.text,
        body: body.text,
        ...review(0),
        maskedKinds: masked,
        clientHash,
        idempotencyKey,
        bodyFingerprint: fingerprint,
      },
      { max: this.rateLimit.max, since: new Date(now.getTime() - this.rateLimit.windowSeconds * 1000) },
      { since: new Date(now.getTime() - DUPLICATE_WINDOW_HOURS * 3600_000), review },
    );
    if ("limited" in stored) {
      const minutes = Math.ceil(this.rateLimit.windowSeconds / 60);
      throw new CommentError("rate-limited", `留言太频繁了，请 ${minutes} 分钟后再试。你写的内容还在，可以稍后再提交。`);
    }
    const { comment, created } = stored;
    return {
      outcome: comment.status === "approved" ? "published" : "pending",
      commentId: comment.id,
      masked: comment.maskedKinds,
      holdReasons: comment.holdReasons,
      duplicate: !created,
    };
  }

  async list(raw: unknown): Promise<CommentPage> {
    const query = parseOrThrow(listQuerySchema, raw);
    this.requireArticle(query.article);
    const { comments, total } = await this.store.listApproved(query.article, { sort: query.sort, page: query.page, pageSize: PAGE_SIZE });
    return { comments, total, page: query.page, pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)), sort: query.sort };
  }

  async markHelpful(rawId: unknown, client: ClientInfo): Promise<{ helpfulCount: number; counted: boolean; articleSlug: string }> {
    const id = parseOrThrow(commentIdSchema, rawId);
    const result = await this.store.markHelpful(id, await this.clientHash(client));
    if (!result.found) throw new CommentError("not-found", "这条留言不存在或还没有公开", "id");
    const comment = await this.store.getComment(id);
    return { helpfulCount: result.helpfulCount, counted: result.counted, articleSlug: comment?.articleSlug ?? "" };
  }

  async feedback(raw: unknown, client: ClientInfo): Promise<{ article: string; helpful: boolean }> {
    const input = parseOrThrow(feedbackSchema, raw);
    this.requireArticle(input.article);
    const reason = maskPersonalData(input.reason).text || null;
    await this.store.recordFeedback({ articleSlug: input.article, clientHash: await this.clientHash(client), helpful: input.helpful === "yes", reason });
    return { article: input.article, helpful: input.helpful === "yes" };
  }

  /** Moderator actions; the caller has already checked the session. */
  async moderate(rawId: unknown, raw: unknown): Promise<StoredComment | undefined> {
    const id = parseOrThrow(commentIdSchema, rawId);
    const action = parseOrThrow(moderationSchema, raw);
    const ok = await (async () => {
      switch (action.action) {
        case "approve":
          return this.store.setStatus(id, "approved");
        case "reject":
          return this.store.setStatus(id, "rejected");
        case "delete":
          return this.store.deleteComment(id);
        case "pin":
          return this.store.setPinned(id, true);
        case "unpin":
          return this.store.setPinned(id, false);
        case "reply":
          return this.store.setReply(id, action.reply || null);
      }
    })();
    if (!ok) throw new CommentError("not-found", "这条留言不存在（可能已被删除）", "id");
    return this.store.getComment(id);
  }

  moderationQueue(limit = 100): Promise<StoredComment[]> {
    return this.store.listByStatus("pending", limit);
  }

  /**
   * One page of the moderation queue with the true number pending (issue 17, finding 8: the
   * heading said 100 with 381 waiting). A page past the end shows the last page.
   */
  async moderationPage(requestedPage: number, pageSize = MODERATION_PAGE_SIZE): Promise<ModerationPage> {
    const total = await this.store.countByStatus("pending");
    const pageCount = Math.max(1, Math.ceil(total / pageSize));
    const page = Number.isInteger(requestedPage) && requestedPage >= 1 ? Math.min(requestedPage, pageCount) : 1;
    const comments = await this.store.listByStatus("pending", pageSize, (page - 1) * pageSize);
    return { comments, total, page, pageCount, pageSize };
  }

  /** Approves or rejects many pending comments at once; returns the ids actually moved. */
  async moderateMany(rawIds: unknown, rawAction: unknown): Promise<number[]> {
    if (rawAction !== "approve" && rawAction !== "reject") throw new CommentError("invalid-input", "批量操作只能是“通过”或“拒绝”", "action");
    return this.store.setStatusMany(selectedIds(rawIds, "处理"), "pending", rawAction === "approve" ? "approved" : "rejected");
  }

  /**
   * A reader asks for their comments to be deleted (《个人信息保护法》第四十七条): the moderator finds
   * them by nickname, a piece of the text or the comment id, in every status, newest first.
   */
  async findForDeletion(rawQuery: unknown): Promise<DeletionSearch> {
    const query = typeof rawQuery === "string" ? rawQuery.trim() : "";
    if (query === "") throw new CommentError("invalid-input", "请输入昵称、留言里的几个字或留言编号", "q");
    if (query.length > DELETION_QUERY_MAX) throw new CommentError("invalid-input", `查找的内容最多 ${DELETION_QUERY_MAX} 个字`, "q");
    const id = query.match(/^#?(\d{1,15})$/)?.[1];
    const found = await this.store.findComments({ text: query, id: id ? Number(id) : undefined }, DELETION_SEARCH_MAX + 1);
    return { query, comments: found.slice(0, DELETION_SEARCH_MAX), more: found.length > DELETION_SEARCH_MAX };
  }

  /** Deletes the selected comments for good and records only that it happened; returns how many were deleted. */
  async deleteOnRequest(rawIds: unknown): Promise<number> {
    const { deletedIds } = await this.store.deleteCommentsWithRecord(selectedIds(rawIds, "删除"), READER_REQUEST_REASON);
    return deletedIds.length;
  }

  deletionRecords(limit = 20): Promise<DeletionRecord[]> {
    return this.store.listDeletionRecords(limit);
  }

  recentlyApproved(limit = 50): Promise<StoredComment[]> {
    return this.store.listByStatus("approved", limit);
  }

  feedbackCounts(): Promise<FeedbackCount[]> {
    return this.store.feedbackCounts();
  }
}
