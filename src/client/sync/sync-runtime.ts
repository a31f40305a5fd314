/**
 * The app's one sync engine for the unlocked user, wired to the browser:
 * the leader tab (Web Lock) runs the loop; every tab watches its own outbox
 * writes and tells the leader over a BroadcastChannel; the leader shares its
 * status so every tab's header agrees. Started by unlock/sign-in, stopped by
 * lock/sign-out: sync runs only while unlocked.
 */
import type { SessionUser } from '../../domain/sync-protocol';
import { deleteUserDb, type CsuDb } from '../local-store/db';
import { requestLeadership, syncLockName, type Leadership } from './leader-lock';
import type { RoundFailure } from './round-errors';
import { useSession } from './session-store';
import { loadPersistedStatus, SyncEngine } from './sync-engine';
import { useSyncStatus, type SyncStatusState } from './sync-status-store';
import { getSyncTransport } from './transport';

// Where the app's network door is held; re-exported for tests and screens that import it from here.
export { getSyncTransport, setSyncTransport } from './transport';
import { forgetDeviceUser, updateDeviceUserProfile } from './unlock-secret';

type Message =
  { type: 'write' } | { type: 'sync-now' } | { type: 'status'; status: Partial<SyncStatusState> };

interface Running {
  engine: SyncEngine;
  userId: string;
  leadership: Leadership;
  leader: boolean;
  channel: BroadcastChannel | null;
  cleanups: (() => void)[];
}

let running: Running | null = null;

export const DEVICE_REVOKED_NOTICE =
  'An administrator removed this device, so its records were deleted from it. Sign in again to carry on.';

/** The server said this device was revoked: wipe this user's local data (sync.md "Auth"). */
export async function wipeRevokedDevice(userId: string): Promise<void> {
  stopSync();
  forgetDeviceUser(userId);
  await deleteUserDb(userId);
  useSyncStatus.getState().reset();
  useSession.getState().setNeedsSignIn(false);
  useSession.getState().setUser(null, 'signed-out');
  useSession.getState().setNotice(DEVICE_REVOKED_NOTICE);
}

function isVisible(): boolean {
  return typeof document === 'undefined' || document.visibilityState !== 'hidden';
}

async function handleHalt(userId: string, failure: RoundFailure): Promise<void> {
  if (failure.needsSignIn) useSession.getState().setNeedsSignIn(true);
  if (failure.deviceRevoked) await wipeRevokedDevice(userId);
}

function listen(
  target: EventTarget | undefined,
  type: string,
  fn: () => void,
  cleanups: (() => void)[],
): void {
  if (!target) return;
  target.addEventListener(type, fn);
  cleanups.push(() => target.removeEventListener(type, fn));
}

function becomeLeader(run: Running): void {
  run.leader = true;
  const { engine, cleanups } = run;
  const win = typeof window === 'undefined' ? undefined : window;
  listen(win, 'online', () => engine.loop.wake(), cleanups);
  listen(win, 'offline', () => useSyncStatus.getState().update({ phase: 'offline' }), cleanups);
  listen(
    typeof document === 'undefined' ? undefined : document,
    'visibilitychange',
    () => {
      if (isVisible()) engine.loop.wake();
    },
    cleanups,
  );
  if (run.channel) {
    const channel = run.channel;
    cleanups.push(
      useSyncStatus.subscribe((s) => {
        const { phase, lastSyncAt, lastError, needsUpdate, firstSyncProgress, pushInFlight } = s;
        const status = {
          phase,
          lastSyncAt,
          lastError,
          needsUpdate,
          firstSyncProgress,
          pushInFlight,
        };
        channel.postMessage({ type: 'status', status } satisfies Message);
      }),
    );
  }
  engine.start();
}

/** Starts syncing for the unlocked user (stopping any earlier user's engine first). */
export function startSync(user: SessionUser, db: CsuDb): SyncEngine {
  stopSync();
  useSyncStatus.getState().reset();
  const engine = new SyncEngine({
    db,
    transport: (path, init) => getSyncTransport()(path, init),
    getUser: () => useSession.getState().user,
    onUserRefreshed: (fresh) => {
      useSession.getState().setUser(fresh, useSession.getState().status);
      updateDeviceUserProfile(fresh);
    },
    onHalt: (failure) => handleHalt(user.id, failure),
    isVisible,
  });
  const channel =
    typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(syncLockName(user.id));
  const run: Running = {
    engine,
    userId: user.id,
    leadership: requestLeadership(user.id),
    leader: false,
    channel,
    cleanups: [],
  };
  running = run;
  void loadPersistedStatus(db, useSyncStatus.getState()).catch(() => undefined);
  // Every local write in this tab queues an outbox row: once its transaction commits, count it
  // and sync shortly after (the hook itself runs before the commit).
  const onCreate = (
    _key: unknown,
    _row: unknown,
    tx: { on: (event: 'complete', fn: () => void) => void },
  ) => {
    tx.on('complete', () => notifyLocalWrite());
  };
  db.outbox.hook('creating').subscribe(onCreate);
  run.cleanups.push(() => db.outbox.hook('creating').unsubscribe(onCreate));
  if (channel) {
    channel.onmessage = (event: MessageEvent<Message>) => {
      const msg = event.data;
      if (msg.type === 'status' && !run.leader) useSyncStatus.getState().update(msg.status);
      else if (msg.type === 'write' && run.leader) engine.loop.notifyLocalWrite();
      else if (msg.type === 'sync-now' && run.leader) void engine.syncNow();
      if (msg.type !== 'sync-now') void engine.refreshPending();
    };
  }
  void run.leadership.acquired.then(() => {
    if (running === run) becomeLeader(run);
  });
  return engine;
}

export function stopSync(): void {
  const run = running;
  if (!run) return;
  running = null;
  run.engine.stop();
  run.leadership.release();
  for (const cleanup of run.cleanups.splice(0)) cleanup();
  run.channel?.close();
}

export function getSyncEngine(): SyncEngine | null {
  return running?.engine ?? null;
}

/** "Sync now": runs a round here if this tab leads, else asks the leading tab. */
export async function syncNow(): Promise<void> {
  const run = running;
  if (!run) return;
  if (run.leader) await run.engine.syncNow();
  else run.channel?.postMessage({ type: 'sync-now' } satisfies Message);
}

/** A record was written on this device: push it in about 2 seconds. */
export function notifyLocalWrite(): void {
  const run = running;
  if (!run) return;
  if (run.leader) run.engine.notifyLocalWrite();
  else {
    void run.engine.refreshPending();
    run.channel?.postMessage({ type: 'write' } satisfies Message);
  }
}
