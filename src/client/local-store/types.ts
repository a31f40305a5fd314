/**
 * Shapes the local store keeps on the device, shared by repositories, the
 * sync engine and screens. Records are the domain records plus `_sync`,
 * which never leaves the device.
 */
import type { FieldConflict, Mutation } from '../../domain/sync-protocol';

/**
 * saved: written here, never yet offered to the server
 * waiting: offered at least once, no answer yet (offline, timeout, 5xx)
 * sent: the server has every change (no pending mutation)
 * review: a field conflict the user must resolve ("needs review")
 * rejected: the server refused a change; `error` says why
 */
export type SyncState = 'saved' | 'waiting' | 'sent' | 'review' | 'rejected';

export interface SyncMeta {
  state: SyncState;
  /** field -> mutationId of this device's latest pending write of it (for `m:` bases). */
  pendingFields?: Record<string, string>;
  conflicts?: (FieldConflict & { mine: unknown })[];
  error?: { code: string; message: string };
}

export type LocalRecord<T> = T & { _sync?: SyncMeta };

export type OutboxStatus = 'pending' | 'rejected' | 'parent_rejected' | 'out_of_scope';

/** One queued mutation. Deleted only after the server answered for it (sync.md rule 3). */
export interface OutboxRow extends Mutation {
  /** Auto-increment: the order mutations are pushed in, across all tables. */
  localSeq?: number;
  status: OutboxStatus;
  attempts: number;
  /** Record ids this mutation needs on the server first (parent, linked location/people). */
  dependsOn: string[];
  error?: { code: string; message: string };
}
