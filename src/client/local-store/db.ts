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
import type { TableName } from '../../domain/tables';
import type { BlindIndex } from './blind-index';
import { withDerived } from './derived';
import {
  DEVICE_SCHEMA_VERSION,
  SCHEMA_V1,
  SCHEMA_V2,
  SCHEMA_V3,
  SCHEMA_V4,
  SCHEMA_V5,
  SCHEMA_V6,
  SCHEMA_V7,
  SCHEMA_V8,
  SCHEMA_V9,
} from './db-schema';
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

export {
  DEVICE_SCHEMA_VERSION,
  SCHEMA_V1,
  SCHEMA_V2,
  SCHEMA_V3,
  SCHEMA_V4,
  SCHEMA_V5,
  SCHEMA_V6,
  SCHEMA_V7,
  SCHEMA_V8,
  SCHEMA_V9,
};

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
    this.version(8).stores(SCHEMA_V8);
    this.version(DEVICE_SCHEMA_VERSION).stores(SCHEMA_V9);
    // A later schema that changes stored shapes is declared as
    //   this.version(10).stores({...}).upgrade(async (tx) => { ...records...;
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
