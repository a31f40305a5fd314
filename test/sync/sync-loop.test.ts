import { describe, expect, it, vi } from 'vitest';
import { SyncLoop, type RoundOutcome, type Timers } from '../../src/client/sync/sync-loop';

class ManualTimers implements Timers {
  pending: { fn: () => void; ms: number }[] = [];
  setTimeout = (fn: () => void, ms: number) => {
    const entry = { fn, ms };
    this.pending.push(entry);
    return entry;
  };
  clearTimeout = (h: unknown) => {
    this.pending = this.pending.filter((p) => p !== h);
  };
  fire(ms: number): void {
    const entry = this.pending.find((p) => p.ms === ms);
    if (!entry)
      throw new Error(`no timer of ${ms} ms; have ${this.pending.map((p) => p.ms).join(', ')}`);
    this.clearTimeout(entry);
    entry.fn();
  }
}

function setup(outcomes: RoundOutcome[], visible = { value: true }) {
  const timers = new ManualTimers();
  let rounds = 0;
  let release: (() => void) | null = null;
  let hold = false;
  const loop = new SyncLoop({
    timers,
    random: () => 0.5,
    isVisible: () => visible.value,
    localWriteDelayMs: 2_000,
    intervalMs: 60_000,
    runRound: async () => {
      rounds += 1;
      if (hold) await new Promise<void>((r) => (release = r));
      return outcomes.shift() ?? { kind: 'ok' };
    },
  });
  return {
    loop,
    timers,
    rounds: () => rounds,
    holdNext: () => {
      hold = true;
    },
    release: () => {
      hold = false;
      release?.();
    },
  };
}

describe('SyncLoop', () => {
  it('runs on start and then every minute while visible', async () => {
    const t = setup([]);
    t.loop.start();
    await t.loop.idle();
    expect(t.rounds()).toBe(1);
    t.timers.fire(60_000);
    await t.loop.idle();
    expect(t.rounds()).toBe(2);
  });

  it('syncs about two seconds after a local write, once for a burst of writes', async () => {
    const t = setup([]);
    t.loop.start();
    await t.loop.idle();
    t.loop.notifyLocalWrite();
    t.loop.notifyLocalWrite();
    t.loop.notifyLocalWrite();
    expect(t.timers.pending.filter((p) => p.ms === 2_000)).toHaveLength(1);
    t.timers.fire(2_000);
    await t.loop.idle();
    expect(t.rounds()).toBe(2);
  });

  it('never overlaps rounds: a trigger during a round asks for exactly one more', async () => {
    const t = setup([]);
    t.holdNext();
    t.loop.start();
    const during = [t.loop.trigger(), t.loop.trigger(), t.loop.syncNow()];
    expect(t.rounds()).toBe(1);
    t.release();
    await Promise.all(during);
    await t.loop.idle();
    expect(t.rounds()).toBe(2);
  });

  it('retries a failed round with growing backoff, then returns to the minute timer', async () => {
    const t = setup([{ kind: 'retry' }, { kind: 'retry' }, { kind: 'retry', retryAfterMs: 9_000 }]);
    t.loop.start();
    await t.loop.idle();
    expect(t.timers.pending.map((p) => p.ms)).toEqual([500]);
    t.timers.fire(500);
    await t.loop.idle();
    expect(t.timers.pending.map((p) => p.ms)).toEqual([1_000]);
    t.timers.fire(1_000);
    await t.loop.idle();
    expect(t.timers.pending.map((p) => p.ms)).toEqual([9_000]);
    expect(t.loop.failureCount).toBe(3);
    t.timers.fire(9_000);
    await t.loop.idle();
    expect(t.loop.failureCount).toBe(0);
    expect(t.timers.pending.map((p) => p.ms)).toEqual([60_000]);
  });

  it('stops after a halt (sign in again, update the app) until something triggers it', async () => {
    const t = setup([{ kind: 'halt' }]);
    t.loop.start();
    await t.loop.idle();
    expect(t.timers.pending).toEqual([]);
    await t.loop.syncNow();
    expect(t.rounds()).toBe(2);
  });

  it('skips the minute timer while hidden but still retries failures; waking syncs', async () => {
    const visible = { value: false };
    const t = setup([{ kind: 'ok' }, { kind: 'retry' }], visible);
    t.loop.start();
    await t.loop.idle();
    expect(t.timers.pending).toEqual([]);
    t.loop.wake();
    await t.loop.idle();
    expect(t.timers.pending.map((p) => p.ms)).toEqual([500]);
    t.timers.fire(500);
    await t.loop.idle();
    expect(t.rounds()).toBe(3);
  });

  it('a thrown round counts as a failure to retry, and stop() cancels every timer', async () => {
    const t = setup([]);
    const reported: unknown[] = [];
    const loop = new SyncLoop({
      timers: t.timers,
      random: () => 0,
      runRound: () => Promise.reject(new Error('storage went away')),
      onRoundError: (err) => reported.push(err),
    });
    loop.start();
    await loop.idle();
    expect(loop.failureCount).toBe(1);
    // Not silent: the failure is reported before the retry is scheduled.
    expect(reported).toEqual([new Error('storage went away')]);
    expect(t.timers.pending).toHaveLength(1);
    loop.notifyLocalWrite();
    loop.stop();
    expect(t.timers.pending).toEqual([]);
  });

  it('by default says a thrown round on the console: the error, never the data', async () => {
    const t = setup([]);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      const loop = new SyncLoop({
        timers: t.timers,
        random: () => 0,
        runRound: () => Promise.reject(new TypeError('db.calls is undefined')),
      });
      loop.start();
      await loop.idle();
      expect(warn).toHaveBeenCalledTimes(1);
      const [context, detail] = warn.mock.calls[0] as [string, string];
      expect(context).toBe('[sync] round failed, retrying:');
      expect(detail).toContain('TypeError: db.calls is undefined');
      // Something thrown that is not an Error may be a record: only its type is said.
      warn.mockClear();
      const other = new SyncLoop({
        timers: t.timers,
        random: () => 0,
        runRound: () => Promise.reject({ name: 'Mrs Jones', address: '4 High Street' }),
      });
      other.start();
      await other.idle();
      expect(warn.mock.calls).toEqual([['[sync] round failed, retrying:', 'object']]);
      loop.stop();
      other.stop();
    } finally {
      warn.mockRestore();
    }
  });

  it('while offline schedules nothing, and coming back online runs the next round', async () => {
    const t = setup([{ kind: 'offline' }]);
    t.loop.start();
    await t.loop.idle();
    expect(t.rounds()).toBe(1);
    expect(t.timers.pending).toEqual([]);
    expect(t.loop.failureCount).toBe(0);
    t.loop.wake();
    await t.loop.idle();
    expect(t.rounds()).toBe(2);
    expect(t.timers.pending.map((p) => p.ms)).toEqual([60_000]);
  });
});
