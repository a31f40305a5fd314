/**
 * The device schema, version by version (db.ts opens it): each record
 * table's indexes and what each version changed. A version is never edited
 * once released; a change is a new version that keeps every stored row and
 * queued outbox row (sync.md "Device storage").
 */
import { TABLE_NAMES, type TableName } from '../../domain/tables';

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

/**
 * Version 9: calls keep only the indexes a query reads. `status`, `wardCode`
 * and `riskLevel` alone served no query (the list reads the compound
 * indexes, "My day" reads [wardCode+receivedAt]) yet cost every write,
 * most of all the 20,000 rows of a first sync. Indexes only: every stored
 * row and queued outbox row is kept as it was.
 */
export const SCHEMA_V9: Readonly<Record<string, string>> = {
  calls:
    'id, _sync.state, *categoryIds, receivedAt, location.locationId, *personIds, ' +
    '[status+receivedAt], [wardCode+receivedAt], [wardCode+status+receivedAt], *searchHashes',
};

/** The device schema version this app opens (sync.md "Device storage"). */
export const DEVICE_SCHEMA_VERSION = 9;
