/**
 * When sync rounds run (sync.md rule 6): on start, on `online`, when the tab
 * becomes visible, shortly after a local write, on a timer while visible, and
 * on "Sync now". One round at a time; a trigger during a round asks for one
 * more round after it. A failed round is retried with full-jitter backoff
 * without waiting for a new local write. A halted round (signed out, app too
 * old, device revoked) waits for the person to act; while the browser says
 * it is offline nothing is tried until it comes back (`online` wakes the loop).
 */
import { backoffDelayMs } from './backoff';
import { logSyncProblem } from './round-errors';

export type RoundOutcome =
  | { kind: 'ok' }
  | { kind: 'retry'; retryAfterMs?: number }
  | { kind: 'halt' }
  | { kind: 'offline' };

export interface Timers {
  setTimeout: (fn: () => void, ms: number) => unknown;
  clearTimeout: (handle: unknown) => void;
}

export const LOCAL_WRITE_DELAY_MS = 2_000;
export const VISIBLE_INTERVAL_MS = 60_000;

export interface SyncLoopOptions {
  runRound: () => Promise<RoundOutcome>;
  timers?: Timers;
  random?: () => number;
  isVisible?: () => boolean;
  localWriteDelayMs?: number;
  intervalMs?: number;
  /** Where a round that threw is reported before its retry (the console by default). */
  onRoundError?: (err: unknown) => void;
}

const realTimers: Timers = {
  setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms),
  clearTimeout: (h) => globalThis.clearTimeout(h as ReturnType<typeof setTimeout>),
};

export class SyncLoop {
  private running = false;
  private again = false;
  private stopped = true;
  private halted = false;
  private failures = 0;
  private timer: unknown = undefined;
  private writeTimer: unknown = undefined;
  private current: Promise<void> | null = null;
  private readonly timers: Timers;
  private readonly random: () => number;
  private readonly isVisible: () => boolean;

  constructor(private readonly opts: SyncLoopOptions) {
    this.timers = opts.timers ?? realTimers;
    this.random = opts.random ?? Math.random;
    this.isVisible = opts.isVisible ?? (() => true);
  }

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.halted = false;
    void this.trigger();
  }

  stop(): void {
    this.stopped = true;
    this.clear();
    if (this.writeTimer !== undefined) this.timers.clearTimeout(this.writeTimer);
    this.writeTimer = undefined;
  }

  /** The number of consecutive failed rounds (0 after a good one). */
  get failureCount(): number {
    return this.failures;
  }

  get isRunning(): boolean {
    return this.running;
  }

  /** Resolves when no round is running (tests, and the PWA update waiting for a push to end). */
  async idle(): Promise<void> {
    while (this.current) await this.current;
  }

  /** Runs a round now (or right after the current one). Resolves when that round has finished. */
  trigger(): Promise<void> {
    if (this.stopped) return Promise.resolve();
    this.halted = false;
    if (this.running) {
      this.again = true;
      return this.current ?? Promise.resolve();
    }
    this.clear();
    this.current = this.loop();
    return this.current;
  }

  /** "Sync now": also resets the backoff so the person is not made to wait. */
  syncNow(): Promise<void> {
    this.failures = 0;
    return this.trigger();
  }

  /** A local write happened: sync about 2 s later, so a burst of edits goes in one push. */
  notifyLocalWrite(): void {
    if (this.stopped || this.writeTimer !== undefined) return;
    this.writeTimer = this.timers.setTimeout(() => {
      this.writeTimer = undefined;
      void this.trigger();
    }, this.opts.localWriteDelayMs ?? LOCAL_WRITE_DELAY_MS);
  }

  /** The tab became visible or the browser came online. */
  wake(): void {
    if (this.failures > 0) this.failures = Math.max(0, this.failures - 1);
    void this.trigger();
  }

  private async loop(): Promise<void> {
    this.running = true;
    let outcome: RoundOutcome = { kind: 'ok' };
    try {
      do {
        this.again = false;
        try {
          outcome = await this.opts.runRound();
        } catch (err) {
          // A bug or a storage failure: said out loud, then treated as transient so the outbox is retried.
          (this.opts.onRoundError ?? ((e) => logSyncProblem('round failed, retrying', e)))(err);
          outcome = { kind: 'retry' };
        }
      } while (this.again && outcome.kind === 'ok' && !this.stopped);
    } finally {
      this.running = false;
      this.current = null;
    }
    this.schedule(outcome);
  }

  private schedule(outcome: RoundOutcome): void {
    if (this.stopped) return;
    if (outcome.kind === 'halt') {
      this.halted = true;
      this.failures = 0;
      return;
    }
    // No timer: the browser's `online` event wakes the loop, and trying before it cannot work.
    if (outcome.kind === 'offline') return;
    if (outcome.kind === 'retry') {
      const delay = backoffDelayMs(this.failures, this.random, outcome.retryAfterMs);
      this.failures += 1;
      this.setTimer(delay);
      return;
    }
    this.failures = 0;
    if (this.isVisible()) this.setTimer(this.opts.intervalMs ?? VISIBLE_INTERVAL_MS);
  }

  /** Timer fired while hidden: skip the round; `visibilitychange` wakes us. */
  private setTimer(ms: number): void {
    this.clear();
    this.timer = this.timers.setTimeout(() => {
      this.timer = undefined;
      if (this.halted || this.stopped) return;
      if (!this.isVisible() && this.failures === 0) return;
      void this.trigger();
    }, ms);
  }

  private clear(): void {
    if (this.timer !== undefined) this.timers.clearTimeout(this.timer);
    this.timer = undefined;
  }
}
