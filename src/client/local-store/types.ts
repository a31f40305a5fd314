/**
 * Shapes the local store keeps on the device, shared by repositories, the
 * sync engine and screens. Records are the domain records plus `_sync`,
 * which never leaves the device.
 */
import type { Action, Call, CallNote, ResidentUpdate } from '../../domain/schemas/calls';
import type { Location, Person } from '../../domain/schemas/people';
import type { Visit } from '../../domain/schemas/visits';
import type { DeliveryTask } from '../../domain/schemas/enforcement';
import type { FieldConflict, Mutation } from '../../domain/sync-protocol';

/**
 * What a record's badge says; derived from its `_sync` facts by the one rule
 * in sync-state.ts (a conflict and a refusal come before anything pending):
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
  /** The latest pending write went out in a push at least once (saved → waiting). */
  offered?: boolean;
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
  /**
   * Rows queued by one write transaction share it: one thing the person did
   * (a call with its new location and people). Counts of changes are counts
   * of these. Device-only; older rows without it count one each.
   */
  changeId?: string;
}

/** Keys of the per-user `meta` table. */
export type MetaKey =
  | 'clientId'
  | 'cursor'
  | 'lastSyncAt'
  | 'userId'
  | 'myDaySeenAt'
  /** The calls search index's key (search-key.ts); device-only. */
  | 'searchKey';
export interface MetaRow {
  key: MetaKey;
  value: unknown;
}

/** A half-filled form, kept so that a killed tab loses nothing typed. Never synced. */
export interface DraftRow {
  formId: string;
  value: unknown;
  savedAt: string;
}

/**
 * Calls carry derived, device-only index fields: `personIds` (Dexie cannot
 * multi-entry index a nested array of objects), `wardCode` (for the
 * ward+status compound index) and `searchHashes` (the search index). All are
 * stripped before anything is sent.
 */
export type LocalCall = LocalRecord<Call> & {
  personIds: string[];
  wardCode: string;
  /** Keyed hashes of the call's searchable words (blind-index.ts); device-only. */
  searchHashes: number[];
};
/** `normAddress` finds an existing location; `searchWords` powers type-ahead. Device-only. */
export type LocalLocation = LocalRecord<Location> & { normAddress: string; searchWords: string[] };
/** Name, alias and address words (derived.ts), device-only, so search can rank by which matched. */
export type LocalPerson = LocalRecord<Person> & {
  searchWords: string[];
  nameKey: string;
  nameWords: string[];
  aliasWords: string[];
  placeWords: string[];
};
export type LocalAction = LocalRecord<Action>;
export type LocalCallNote = LocalRecord<CallNote>;
export type LocalResidentUpdate = LocalRecord<ResidentUpdate>;
export type LocalVisit = LocalRecord<Visit>;
export type LocalDeliveryTask = LocalRecord<DeliveryTask>;

/**
 * A photo attached to a visit, resized on the device. `sha256` (hex of the
 * stored bytes) names it on the server; `state` is its own upload state,
 * separate from the visit's: attached (to a visit still being drafted),
 * stored (saved with its visit, waiting for the visit to reach the server
 * and then to be sent), uploaded, or failed with the server's reason.
 */
export type PhotoState = 'attached' | 'stored' | 'uploaded' | 'failed';
export interface PhotoRow {
  id: string;
  visitId: string;
  sha256: string;
  blob: Blob;
  type: string;
  bytes: number;
  width: number;
  height: number;
  /** The file's name as chosen, for messages ("IMG_2041.jpg could not be stored"). */
  name: string;
  keptLocation: boolean;
  /** Where the photo says it was taken, kept only when the person chose to keep it. */
  location?: { lat: number; lng: number };
  /** When it was attached: photos list in the order they were added. */
  addedAt: string;
  state: PhotoState;
  error?: string;
}
