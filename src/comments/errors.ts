/**
 * A rejection the reader can act on: an HTTP status (4xx, or 503 while the database is away), a Chinese message, and the
 * request field it concerns. Routes turn it into JSON or an HTML page; anything else is a bug.
 */
export type CommentErrorCode =
  | "invalid-input"
  | "unknown-article"
  | "not-found"
  | "rate-limited"
  | "body-too-large"
  | "unsupported-media-type"
  | "unauthorized"
  | "forbidden"
  | "unavailable";

const STATUS: Record<CommentErrorCode, number> = {
  "invalid-input": 400,
  "unknown-article": 404,
  "not-found": 404,
  "rate-limited": 429,
  "body-too-large": 413,
  "unsupported-media-type": 415,
  unauthorized: 401,
  forbidden: 403,
  unavailable: 503,
};

/** What a reader is told while the database is away (POSTs 503 with Retry-After, the comment area). */
export const COMMENTS_UNAVAILABLE_MESSAGE = "留言功能暂时不可用（数据库正在维护或重启），文章内容不受影响。请几分钟后再试；你刚写的内容没有保存，可以先复制下来。";

export class CommentError extends Error {
  readonly status: number;
  constructor(
    readonly code: CommentErrorCode,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = "CommentError";
    this.status = STATUS[code];
  }
}
