/**
 * Failed admin logins per client address: after `max` failures within the window, further tries
 * are refused until the oldest failure leaves the window. Kept in memory (per instance): a guesser
 * spreading tries over N instances gets N × max, still a handful per quarter hour against a
 * password of at least 12 characters.
 */
export type LoginThrottleOptions = { max?: number; windowSeconds?: number; now?: () => number };

export const LOGIN_FAILURES_MAX = 5;
export const LOGIN_WINDOW_SECONDS = 15 * 60;
/** Beyond this many tracked addresses, expired entries are dropped (a flood of addresses cannot grow memory without bound). */
const PRUNE_AT = 10_000;

export class LoginThrottle {
  private readonly failures = new Map<string, number[]>();
  private readonly max: number;
  private readonly windowMs: number;
  private readonly now: () => number;

  constructor({ max = LOGIN_FAILURES_MAX, windowSeconds = LOGIN_WINDOW_SECONDS, now = Date.now }: LoginThrottleOptions = {}) {
    this.max = max;
    this.windowMs = windowSeconds * 1000;
    this.now = now;
  }

  private recent(key: string): number[] {
    const since = this.now() - this.windowMs;
    const times = (this.failures.get(key) ?? []).filter((time) => time > since);
    if (times.length > 0) this.failures.set(key, times);
    else this.failures.delete(key);
    return times;
  }

  /** Seconds until `key` may try again; 0 when it may try now. */
  retryAfterSeconds(key: string): number {
    const times = this.recent(key);
    if (times.length < this.max) return 0;
    return Math.max(1, Math.ceil((times[times.length - this.max] + this.windowMs - this.now()) / 1000));
  }

  recordFailure(key: string): void {
    if (this.failures.size >= PRUNE_AT) for (const tracked of [...this.failures.keys()]) this.recent(tracked);
    this.failures.set(key, [...this.recent(key), this.now()]);
  }

  /** A successful login clears the address's failures. */
  reset(key: string): void {
    this.failures.delete(key);
  }
}
