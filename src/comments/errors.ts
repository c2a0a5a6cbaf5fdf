/**
 * A rejection the reader can act on: an HTTP status (always 4xx), a Chinese message, and the
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
  | "forbidden";

const STATUS: Record<CommentErrorCode, number> = {
  "invalid-input": 400,
  "unknown-article": 404,
  "not-found": 404,
  "rate-limited": 429,
  "body-too-large": 413,
  "unsupported-media-type": 415,
  unauthorized: 401,
  forbidden: 403,
};

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
