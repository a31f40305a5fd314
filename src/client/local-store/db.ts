/**
 * The device store: one IndexedDB database per signed-in user, named
 * `csu-<userId>` (sync.md "One device, several users"). It holds
 *  - one table per synced record table (src/domain/tables.ts), key `id`,
 *    each row the domain record plus device-only `_sync` and derived index fields
 *    (every record table indexes `_sync.state`, the badge, since version 2);
 *  - `outbox`: queued mutations in push order (`localSeq`);
 *  - `meta`: clientId, pull cursor, last sync time, the owning user id;
 *  - `drafts`: half-filled forms keyed by form id (never synced);
 *  - `photos` (since version 3): visit photos as Blobs with their upload
 *    state (never in the outbox; uploaded through their own endpoint).
 * Screens never touch this directly: they go through the repositories.
 */
import { Dexie, type Table } from 'dexie';
import { uuidv7, UUID_PATTERN } from '../../domain/ids';
import { TABLE_NAMES, type TableName } from '../../domain/tables';
import type { BlindIndex } from './blind-index';
import { withDerived } from './derived';
import { loadBlindIndex } from './search-key';
import type {
  DraftRow,
  LocalAction,
  LocalCall,
  LocalCallNote,
  LocalLocation,
  LocalPerson,
  LocalResidentUpdate,
  MetaKey,
  MetaRow,
  OutboxRow,
  LocalVisit,
  LocalDeliveryTask,
  PhotoRow,
} from './types';

/** Until sign-in exists, the app works as this one user. */
/** Index specs beyond the primary key `id`. Tables not listed here have only `id`. */
const RECORD_INDEXES: Partial<Record<TableName, string>> = {
  // `wardCode` and `personIds` are derived fields (see derived.ts). The compound
  // indexes end in receivedAt so the calls list reads newest-first straight
  // from an index, a page at a time, even over 50,000 calls.
  calls:
    'status, wardCode, *categoryIds, receivedAt, location.locationId, *personIds, riskLevel, ' +
    '[status+receivedAt], [wardCode+receivedAt], [wardCode+status+receivedAt]',
  actions: 'callId, status, dueDate, agencyId, [status+dueDate]',
  callNotes: 'callId',
  residentUpdates: 'callId',
  visits: 'callId, at, wardCode, groupId, personId',
  people: 'name, *searchWords, mergedInto',
  locations: 'wardCode, normAddress, *searchWords, mergedInto',
  letterTemplates: 'stepId',
  groups: 'status, locationId, personId',
  groupItems: 'groupId',
  groupMeetings: 'groupId',
  enforcements: 'status, personId, stepId',
  issuedLetters: 'enforcementId',
  deliveryTasks: 'enforcementId, status, assigneeUserId, dueDate',
  maracReferrals: 'status',
  maracDecisions: 'referralId',
  maracMeetings: 'date',
  maracActions: 'referralId, status',
  maracSubjectLinks: 'referralId, personId',
  viewEvents: 'recordId',
};

/**
 * Synced tables added after version 5, each created by the version that
 * introduced it: declared in an earlier version too, an upgrade from that
 * version would find no store to add and leave the table missing.
 */
const LATER_TABLES: readonly TableName[] = ['taskingMeetings', 'recordMerges'];

function recordStores(common: string): Record<string, string> {
  const stores: Record<string, string> = {};
  for (const name of TABLE_NAMES) {
    if (LATER_TABLES.includes(name)) continue;
    const extra = [common, RECORD_INDEXES[name]].filter(Boolean).join(', ');
    stores[name] = extra ? `id, ${extra}` : 'id';
  }
  return stores;
}

export const SCHEMA_V1: Readonly<Record<string, string>> = {
  ...recordStores(''),
  outbox: '++localSeq, &mutationId, recordId, status, table, *dependsOn',
  meta: 'key',
  drafts: 'formId',
};

/**
 * Version 2 indexes each record's badge (`_sync.state`, sync-state.ts) so the
 * header counts records in conflict without reading every record. Only
 * indexes change: stored records and queued outbox rows keep their shape.
 */
export const SCHEMA_V2: Readonly<Record<string, string>> = recordStores('_sync.state');

/**
 * Version 3: visits indexed by the visit they amend and by who logged them
 * ("My day"), and the device-only `photos` store. Only indexes and a new
 * store: every stored row and queued outbox row is kept as it was.
 */
export const SCHEMA_V3: Readonly<Record<string, string>> = {
  visits: `${SCHEMA_V2.visits ?? 'id'}, amendsId, createdBy`,
  photos: 'id, visitId, state',
};

/**
 * Version 4: the chair's dismissed group suggestions (`groupDismissals`, a
 * new synced table) indexed by subject, and action plan items by lead agency.
 * A new store and an index only: every stored row is kept.
 */
export const SCHEMA_V4: Readonly<Record<string, string>> = {
  groupDismissals: 'id, _sync.state, subjectId',
  groupItems: `${SCHEMA_V2.groupItems ?? 'id'}, leadAgencyId`,
};

/**
 * Version 5: people searched by name, alias and address separately (ranked
 * in that order, people-search.ts) and by ward; visits found by location
 * (the location page). Stored records keep their shape: the upgrade only
 * recomputes the device-only derived fields of people and locations.
 */
export const SCHEMA_V5: Readonly<Record<string, string>> = {
  people: `${SCHEMA_V2.people ?? 'id'}, nameKey, *nameWords, *aliasWords, *placeWords, wardCode`,
  visits: `${SCHEMA_V3.visits ?? 'id'}, locationId`,
};

/**
 * Version 6: the chair's daily tasking meetings (`taskingMeetings`, a new
 * synced table) indexed by start time, so the next meeting finds the last
 * one. A new store only: every stored row and queued outbox row is kept.
 */
export const SCHEMA_V6: Readonly<Record<string, string>> = {
  taskingMeetings: 'id, _sync.state, startedAt, status',
};

/**
 * Version 7: the calls search index (blind-index.ts), multi-entry over each
 * call's keyed word hashes. The upgrade makes the device's search key and
 * computes the hashes of every stored call; every row and queued outbox row
 * is kept, and `searchHashes` is device-only, never in a payload.
 */
export const SCHEMA_V7: Readonly<Record<string, string>> = {
  calls: `${SCHEMA_V2.calls ?? 'id'}, *searchHashes`,
};

/**
 * Version 8: merges of duplicate people and locations (`recordMerges`, a
 * new synced table) by the record kept, for its page. A new store only.
 */
export const SCHEMA_V8: Readonly<Record<string, string>> = {
  recordMerges: 'id, _sync.state, survivorId',
};

/** The device schema version this app opens (sync.md "Device storage"). */
export const DEVICE_SCHEMA_VERSION = 8;

export class CsuDb extends Dexie {
  declare calls: Table<LocalCall, string>;
  declare actions: Table<LocalAction, string>;
  declare callNotes: Table<LocalCallNote, string>;
  declare residentUpdates: Table<LocalResidentUpdate, string>;
  declare people: Table<LocalPerson, string>;
  declare locations: Table<LocalLocation, string>;
  declare outbox: Table<OutboxRow, number>;
  declare meta: Table<MetaRow, MetaKey>;
  declare drafts: Table<DraftRow, string>;
  declare visits: Table<LocalVisit, string>;
  declare photos: Table<PhotoRow, string>;
  declare deliveryTasks: Table<LocalDeliveryTask, string>;
  /** Set when the app closed this database on purpose (sign-out): writes must not reopen it. */
  retired = false;
  /** The calls search index under this database's key, loaded on open (search-key.ts). */
  searchIndex: BlindIndex | undefined;

  constructor(readonly userId: string) {
    super(userDbName(userId));
    this.version(1).stores(SCHEMA_V1);
    this.version(2).stores(SCHEMA_V2);
    this.version(3).stores(SCHEMA_V3);
    this.version(4).stores(SCHEMA_V4);
    this.version(5)
      .stores(SCHEMA_V5)
      .upgrade(async (tx) => {
        for (const table of ['people', 'locations'] as const) {
          await tx
            .table(table)
            .toCollection()
            .modify((row: Record<string, unknown>) => {
              Object.assign(row, withDerived(table, row));
            });
        }
      });
    this.version(6).stores(SCHEMA_V6);
    this.version(7)
      .stores(SCHEMA_V7)
      .upgrade(async (tx) => {
        const index = await loadBlindIndex(tx.table('meta'));
        await tx
          .table('calls')
          .toCollection()
          .modify((call: Record<string, unknown>, ref: { value: unknown }) => {
            ref.value = withDerived('calls', call, index);
          });
      });
    this.version(DEVICE_SCHEMA_VERSION).stores(SCHEMA_V8);
    // A later schema that changes stored shapes is declared as
    //   this.version(9).stores({...}).upgrade(async (tx) => { ...records...;
    //     await tx.table('outbox').toCollection().modify(upgradeQueuedMutationToV2); });
    // because queued outbox rows are pushed later under the new schema (sync.md "Device storage").
    this.on('populate', (tx) => {
      void tx.table('meta').add({ key: 'userId', value: userId });
    });
    // Before any other query runs, so every write can hash a call's words synchronously.
    this.on('ready', async () => {
      this.searchIndex = await loadBlindIndex(this.meta);
    });
  }

  /** A record table by name, for code that works on any synced table (sync engine). */
  recordTable(name: TableName): Table<Record<string, unknown> & { id: string }, string> {
    // The instance property (db.calls), not db.table(): one Table object per table everywhere.
    const own = (this as unknown as Record<string, unknown>)[name];
    return (own ?? this.table(name)) as Table<Record<string, unknown> & { id: string }, string>;
  }
}

/** The loaded blind index, for writes and searches inside an open database. */
export function blindIndexOf(db: CsuDb): BlindIndex {
  if (!db.searchIndex)
    throw new Error('The device database must be open to index or search calls.');
  return db.searchIndex;
}

export function userDbName(userId: string): string {
  // A uuid only: a name or email would leak into the browser's storage list.
  if (!UUID_PATTERN.test(userId)) {
    throw new Error('A device database is named by user id only.');
  }
  return `csu-${userId}`;
}

export function openUserDb(userId: string): CsuDb {
  return new CsuDb(userId);
}

let active: CsuDb | undefined;

/** Switches the app to this user's database, closing another user's. */
export function setActiveUser(userId: string): CsuDb {
  if (active && active.userId === userId && !active.retired) return active;
  closeActiveDb();
  active = openUserDb(userId);
  return active;
}

/** The unlocked user's database, or undefined while nobody is unlocked. */
export function findActiveDb(): CsuDb | undefined {
  return active && !active.retired ? active : undefined;
}

/**
 * The unlocked user's database, for the sync engine. Throws while nobody is
 * unlocked: there is no shared fallback database for records to leak into.
 * Screens use `useDb()` (db-context.tsx) instead.
 */
export function getActiveDb(): CsuDb {
  const db = findActiveDb();
  if (!db) throw new Error('No device database is open: nobody is unlocked.');
  return db;
}

export function closeActiveDb(): void {
  if (!active) return;
  active.retired = true;
  active.close();
  active = undefined;
}

/** Deletes a user's database (sign-out with "delete", device revoked). */
export async function deleteUserDb(userId: string): Promise<void> {
  if (active?.userId === userId) closeActiveDb();
  await Dexie.delete(userDbName(userId));
}

export async function getMeta<T>(db: CsuDb, key: MetaKey): Promise<T | undefined> {
  const row = await db.meta.get(key);
  return row?.value as T | undefined;
}

export async function setMeta(db: CsuDb, key: MetaKey, value: unknown): Promise<void> {
  await db.meta.put({ key, value });
}

/** This device's id for this user, made on first use; the server binds it to the user at first push. */
export async function getClientId(db: CsuDb): Promise<string> {
  return db.transaction('rw', db.meta, async () => {
    const existing = await getMeta<string>(db, 'clientId');
    if (existing) return existing;
    const clientId = uuidv7();
    await setMeta(db, 'clientId', clientId);
    return clientId;
  });
}
