/**
 * The app's one sync engine for the unlocked user, wired to the browser:
 * the leader tab (Web Lock) runs the loop; every tab watches its own outbox
 * writes and tells the leader over a BroadcastChannel; the leader shares its
 * status so every tab's header agrees. Started by unlock/sign-in, stopped by
 * lock/sign-out: sync runs only while unlocked.
 */
import type { SessionUser } from '../../domain/sync-protocol';
import { deleteUserDb, type CsuDb } from '../local-store/db';
import { watchCommits } from '../local-store/store-commits';
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
  | { type: 'write' }
  | { type: 'sync-now'; requestId: string }
  | { type: 'sync-done'; requestId: string; result: SyncNowResult }
  | { type: 'status'; status: Partial<SyncStatusState> };

/**
 * What "Sync now" tells the person once the round it asked for has finished,
 * with the last good sync's time then (a later round makes it old news).
 */
export type SyncNowResult =
  | { ok: true; lastSyncAt: string | null }
  | { ok: false; message: string; lastSyncAt: string | null };

/** How long a tab that does not lead waits for the leader's answer to "Sync now". */
export const SYNC_NOW_REPLY_MS = 150_000;

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
  // Every tab counts for its own header: any committed write here or in another tab may change them.
  const counting = watchCommits(async () => void (await engine.refreshCounts()));
  run.cleanups.push(counting.stop);
  if (channel) {
    channel.onmessage = (event: MessageEvent<Message>) => {
      const msg = event.data;
      if (msg.type === 'status' && !run.leader) useSyncStatus.getState().update(msg.status);
      else if (msg.type === 'write' && run.leader) engine.loop.notifyLocalWrite();
      else if (msg.type === 'sync-now' && run.leader)
        void syncHere(engine).then((result) =>
          channel.postMessage({
            type: 'sync-done',
            requestId: msg.requestId,
            result,
          } satisfies Message),
        );
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

async function syncHere(engine: SyncEngine): Promise<SyncNowResult> {
  await engine.syncNow();
  const { phase, lastError, lastSyncAt } = useSyncStatus.getState();
  if (phase === 'error' || phase === 'offline')
    return { ok: false, message: lastError ?? 'Sync did not finish. Try again.', lastSyncAt };
  return { ok: true, lastSyncAt };
}

function askLeader(channel: BroadcastChannel): Promise<SyncNowResult> {
  const requestId = crypto.randomUUID();
  return new Promise((resolve) => {
    const done = (result: SyncNowResult) => {
      clearTimeout(timer);
      channel.removeEventListener('message', onMessage);
      resolve(result);
    };
    const onMessage = (event: MessageEvent<Message>) => {
      const msg = event.data;
      if (msg.type === 'sync-done' && msg.requestId === requestId) done(msg.result);
    };
    const timer = setTimeout(
      () =>
        done({
          ok: false,
          message: 'Sync did not answer. Try again, or reload the app.',
          lastSyncAt: useSyncStatus.getState().lastSyncAt,
        }),
      SYNC_NOW_REPLY_MS,
    );
    channel.addEventListener('message', onMessage);
    channel.postMessage({ type: 'sync-now', requestId } satisfies Message);
  });
}

/**
 * "Sync now": runs a round here if this tab leads, else asks the leading tab;
 * resolves with how that round ended.
 */
export async function syncNow(): Promise<SyncNowResult> {
  const run = running;
  const { lastSyncAt } = useSyncStatus.getState();
  if (!run) return { ok: false, message: 'Unlock the app to sync.', lastSyncAt };
  if (run.leader) return syncHere(run.engine);
  if (!run.channel)
    return { ok: false, message: 'Sync runs in another tab of this app.', lastSyncAt };
  return askLeader(run.channel);
}

/** A record was written on this device: push it in about 2 seconds. */
export function notifyLocalWrite(): void {
  const run = running;
  if (!run) return;
  if (run.leader) run.engine.notifyLocalWrite();
  else run.channel?.postMessage({ type: 'write' } satisfies Message);
}
