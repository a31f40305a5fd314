/**
 * The device sync engine for one signed-in user: a round is push then pull
 * (they never overlap), run by a SyncLoop that decides when. I/O arrives
 * through the constructor (database, transport, clock, timers) so tests run
 * several devices against the in-process server.
 */
import type { SessionUser } from '../../domain/sync-protocol';
import { getMeta, setMeta, type CsuDb } from '../local-store/db';
import { syncCounts } from '../local-store/sync-counts';
import { me } from './auth-client';
import { uploadPhotos } from './photo-upload';
import { pullAll, readCursor } from './pull';
import { pushAll } from './push';
import {
  describeRoundError,
  logSyncProblem,
  OFFLINE_MESSAGE,
  type RoundFailure,
} from './round-errors';
import { resetLocalScope } from './scope-reset';
import { useSyncStatus, type SyncStatusState } from './sync-status-store';
import { SyncLoop, type RoundOutcome, type Timers } from './sync-loop';
import { tableAccess } from './table-access';
import { ApiError, type Transport } from './transport';

export interface SyncEngineOptions {
  db: CsuDb;
  transport: Transport;
  /** The signed-in user as last known (roles decide receipts and resets). */
  getUser: () => SessionUser | null;
  /** A fresher profile arrived from the server (after a scope reset). */
  onUserRefreshed?: (user: SessionUser) => void;
  /** A round stopped for the person: sign in again, device revoked, app too old. */
  onHalt?: (failure: RoundFailure) => void | Promise<void>;
  /** Where status goes; defaults to the app's zustand store. */
  status?: Pick<SyncStatusState, 'update'>;
  now?: () => number;
  random?: () => number;
  timers?: Timers;
  isVisible?: () => boolean;
  /** The browser's own view (navigator.onLine): false means no request can succeed. */
  isOnline?: () => boolean;
  pullLimit?: number;
  maxPushCount?: number;
  maxPushBytes?: number;
}

function browserOnline(): boolean {
  return typeof navigator === 'undefined' || navigator.onLine !== false;
}

export class SyncEngine {
  readonly loop: SyncLoop;
  private readonly status: Pick<SyncStatusState, 'update'>;
  private readonly now: () => number;
  private readonly isOnline: () => boolean;

  constructor(private readonly opts: SyncEngineOptions) {
    this.status = opts.status ?? useSyncStatus.getState();
    this.now = opts.now ?? Date.now;
    this.isOnline = opts.isOnline ?? browserOnline;
    this.loop = new SyncLoop({
      runRound: () => this.runRound(),
      timers: opts.timers,
      random: opts.random,
      isVisible: opts.isVisible,
    });
  }

  get db(): CsuDb {
    return this.opts.db;
  }

  start(): void {
    this.loop.start();
  }

  stop(): void {
    this.loop.stop();
  }

  syncNow(): Promise<void> {
    return this.loop.syncNow();
  }

  notifyLocalWrite(): void {
    void this.refreshCounts();
    this.loop.notifyLocalWrite();
  }

  /** Puts the header's counts (waiting, needs review) in the status store; returns changes waiting. */
  async refreshCounts(): Promise<number> {
    try {
      const counts = await syncCounts(this.opts.db);
      this.status.update({ pendingCount: counts.waiting, reviewCount: counts.needsReview });
      return counts.waiting;
    } catch {
      // The database closed under us (sign-out): the counts no longer matter.
      return 0;
    }
  }

  private access() {
    const user = this.opts.getUser();
    if (!user) throw new ApiError('session_expired', 'Nobody is signed in.', 401);
    return tableAccess(user);
  }

  private push() {
    return pushAll(this.opts.db, this.opts.transport, this.access().canReadTable, {
      maxCount: this.opts.maxPushCount,
      maxBytes: this.opts.maxPushBytes,
      onInFlight: (pushInFlight) => this.status.update({ pushInFlight }),
    });
  }

  private async pull(): Promise<boolean> {
    const first = (await readCursor(this.opts.db)) === undefined;
    if (first) this.status.update({ firstSyncProgress: { received: 0 } });
    const outcome = await pullAll(this.opts.db, this.opts.transport, {
      limit: this.opts.pullLimit,
      onPage: (received, hasMore) => {
        if (first) this.status.update({ firstSyncProgress: hasMore ? { received } : null });
      },
    });
    return outcome.reset;
  }

  /** Push, then pull; a `reset` pushes again, clears what the user may no longer keep, and pulls from the start. */
  async runRound(): Promise<RoundOutcome> {
    const { db } = this.opts;
    try {
      if (!this.isOnline()) {
        // No push or pull attempts while the browser says offline: each would fail after a timeout.
        this.status.update({
          phase: 'offline',
          lastError: OFFLINE_MESSAGE,
          firstSyncProgress: null,
        });
        return { kind: 'offline' };
      }
      this.status.update({ phase: 'pushing' });
      await this.push();
      this.status.update({ phase: 'pulling' });
      if (await this.pull()) {
        this.status.update({ phase: 'pushing' });
        await this.push();
        const user = await me(this.opts.transport);
        this.opts.onUserRefreshed?.(user);
        await resetLocalScope(db, tableAccess(user));
        this.status.update({ phase: 'pulling' });
        if (await this.pull())
          throw new ApiError('bad_request', 'The server asked for a second reset in a row.', 200);
      }
      // Photos go after the push and pull, so their visits are already on the server.
      this.status.update({ phase: 'pushing' });
      await uploadPhotos(db, this.opts.transport);
      const lastSyncAt = new Date(this.now()).toISOString();
      await setMeta(db, 'lastSyncAt', lastSyncAt);
      this.status.update({
        phase: 'idle',
        lastSyncAt,
        lastError: null,
        firstSyncProgress: null,
      });
      return { kind: 'ok' };
    } catch (err) {
      if (!(err instanceof ApiError)) logSyncProblem('round failed on this device', err);
      const failure = describeRoundError(err);
      this.status.update({
        phase: failure.phase,
        lastError: failure.message,
        firstSyncProgress: null,
        pushInFlight: false,
        ...(failure.needsUpdate ? { needsUpdate: true } : {}),
      });
      if (!failure.retry) {
        await this.opts.onHalt?.(failure);
        return { kind: 'halt' };
      }
      return { kind: 'retry', retryAfterMs: failure.retryAfterMs };
    } finally {
      await this.refreshCounts();
    }
  }
}

/** The header's "last synced" survives a reload: read it back from the user's database. */
export async function loadPersistedStatus(
  db: CsuDb,
  status: Pick<SyncStatusState, 'update'>,
): Promise<void> {
  const lastSyncAt = (await getMeta<string>(db, 'lastSyncAt')) ?? null;
  const counts = await syncCounts(db);
  status.update({ lastSyncAt, pendingCount: counts.waiting, reviewCount: counts.needsReview });
}
