/**
 * Sign-in failure counting, per account and per address, in memory: a
 * sliding window of failure times. It resets when the server restarts,
 * which is acceptable for one process; a multi-process deployment would
 * keep these counts in storage.
 */
import type { Clock } from '../clock';

export interface RateLimitRule {
  maxFailures: number;
  windowMs: number;
}

export const ACCOUNT_LIMIT: RateLimitRule = { maxFailures: 5, windowMs: 15 * 60 * 1000 };
export const ADDRESS_LIMIT: RateLimitRule = { maxFailures: 20, windowMs: 15 * 60 * 1000 };
const MAX_TRACKED_KEYS = 50_000;

export class FailureLimiter {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly clock: Clock,
    private readonly rule: RateLimitRule,
  ) {}

  private recent(key: string): number[] {
    const now = this.clock.now().getTime();
    const kept = (this.failures.get(key) ?? []).filter((t) => t > now - this.rule.windowMs);
    if (kept.length === 0) this.failures.delete(key);
    else this.failures.set(key, kept);
    return kept;
  }

  /** Seconds until another attempt is allowed, or 0 when it is allowed now. */
  retryAfterSeconds(key: string): number {
    const recent = this.recent(key);
    if (recent.length < this.rule.maxFailures) return 0;
    const oldestThatCounts = recent[recent.length - this.rule.maxFailures] ?? 0;
    const waitMs = oldestThatCounts + this.rule.windowMs - this.clock.now().getTime();
    return Math.max(1, Math.ceil(waitMs / 1000));
  }

  fail(key: string): void {
    if (this.failures.size >= MAX_TRACKED_KEYS && !this.failures.has(key)) {
      // Bound memory under a flood of distinct keys: forget the oldest entry.
      const first = this.failures.keys().next();
      if (!first.done) this.failures.delete(first.value);
    }
    this.failures.set(key, [...this.recent(key), this.clock.now().getTime()]);
  }

  clear(key: string): void {
    this.failures.delete(key);
  }
}
