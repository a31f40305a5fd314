/**
 * Only one tab runs the sync loop for a user (sync.md "Device storage"):
 * the tab holding the Web Lock `csu-sync-<userId>`. Other tabs wait in the
 * lock's queue and take over when the leader closes. Without Web Locks
 * (old browsers, tests) every tab leads; the server's idempotent replays
 * make that safe, just wasteful.
 */
export interface Leadership {
  /** Resolves when this tab leads; never resolves if released first. */
  acquired: Promise<void>;
  release: () => void;
}

interface LockManagerLike {
  request: (
    name: string,
    options: { signal?: AbortSignal },
    cb: () => Promise<void>,
  ) => Promise<unknown>;
}

function lockManager(): LockManagerLike | undefined {
  const nav = (globalThis as { navigator?: { locks?: LockManagerLike } }).navigator;
  return nav?.locks && typeof nav.locks.request === 'function' ? nav.locks : undefined;
}

export function syncLockName(userId: string): string {
  return `csu-sync-${userId}`;
}

export function requestLeadership(
  userId: string,
  locks: LockManagerLike | null = lockManager() ?? null,
): Leadership {
  if (!locks) return { acquired: Promise.resolve(), release: () => undefined };
  const abort = new AbortController();
  let releaseHeld: () => void = () => undefined;
  let onAcquired: () => void = () => undefined;
  const acquired = new Promise<void>((resolve) => {
    onAcquired = resolve;
  });
  const held = new Promise<void>((resolve) => {
    releaseHeld = resolve;
  });
  locks
    .request(syncLockName(userId), { signal: abort.signal }, async () => {
      onAcquired();
      await held;
    })
    // Aborted while queued: this tab simply never leads.
    .catch(() => undefined);
  return {
    acquired,
    release: () => {
      abort.abort();
      releaseHeld();
    },
  };
}
