/** A rejected counting request: an HTTP status (4xx) and a Chinese message. */
export type CountErrorCode = "invalid-input" | "unknown-article" | "unknown-topic" | "forbidden";

const STATUS: Record<CountErrorCode, number> = { "invalid-input": 400, "unknown-article": 404, "unknown-topic": 404, forbidden: 403 };

export class CountError extends Error {
  readonly status: number;
  constructor(
    readonly code: CountErrorCode,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = "CountError";
    this.status = STATUS[code];
  }
}
