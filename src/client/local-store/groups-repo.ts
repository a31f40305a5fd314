/**
 * Task and Finish Groups on the device (`groups`, `groupItems`,
 * `groupMeetings`, `groupDismissals`). Every write reaches the outbox in the
 * same transaction; the server checks the matrix (created by the chair,
 * changed by the chair and the group's lead agency). Closing is the
 * `group.close` command (command-runner.ts), never a patch.
 */
import type { z } from 'zod';
import { uuidv7 } from '../../domain/ids';
import type { TableName } from '../../domain/tables';
import type { GroupSuggestion } from '../../domain/rules/group-suggestions';
import { groupSubjectErrors } from '../../domain/rules/groups';
import {
  groupDismissalSchema,
  groupItemSchema,
  groupMeetingSchema,
  groupSchema,
  type Group,
  type GroupItem,
  type GroupMeeting,
} from '../../domain/schemas/groups';
import type { CsuDb } from './db';
import { RuleViolation } from './errors';
import {
  assertPatchable,
  changedFields,
  createRecord,
  localStamp,
  patchRecord,
} from './record-writes';
import { checkPastDates, collect, throwIfAny, type FieldErrors } from './validate';
import { withWrite } from './write';

export type NewGroupInput = Omit<Group, 'id' | 'status' | 'closureOutcome' | 'closedAt'>;
export type GroupChanges = Partial<
  Pick<Group, 'title' | 'theme' | 'leadAgencyId' | 'memberAgencyIds'>
>;
export type NewItemInput = Omit<GroupItem, 'id' | 'groupId'>;
export type ItemChanges = Partial<
  Pick<GroupItem, 'rag' | 'latestUpdate' | 'updatedOn' | 'done' | 'byDate' | 'partnerAgencyIds'>
>;
export type NewMeetingInput = Omit<GroupMeeting, 'id' | 'groupId'>;

function validated<T>(schema: z.ZodType, value: Record<string, unknown>, table: TableName): T {
  const fields: FieldErrors = {};
  const parsed = collect(schema, value, fields);
  checkPastDates(fields, table, value);
  throwIfAny(fields);
  return parsed as T;
}

/** Creates a group (the chair's); returns its id. */
export async function createGroup(db: CsuDb, input: NewGroupInput): Promise<string> {
  const stamp = localStamp(db);
  const draft = {
    ...input,
    id: uuidv7(),
    status: 'open' as const,
    createdAt: stamp.at,
    createdBy: stamp.by,
  };
  const fields: FieldErrors = { ...groupSubjectErrors(draft) };
  const group = collect(groupSchema, draft, fields);
  throwIfAny(fields);
  await withWrite(db, ['groups'], () => createRecord(db, 'groups', group as Group, []));
  return draft.id;
}

async function rowOrFail<T>(db: CsuDb, table: 'groups' | 'groupItems', id: string): Promise<T> {
  const row = await db.recordTable(table).get(id);
  if (!row) throw new RuleViolation('not_found', 'This record is not on this device.');
  return row as unknown as T;
}

async function patchOne(
  db: CsuDb,
  table: 'groups' | 'groupItems',
  id: string,
  changes: Record<string, unknown>,
  dependsOn: (row: Record<string, unknown>) => string[],
): Promise<void> {
  await withWrite(db, [table], async () => {
    const current = await rowOrFail<Record<string, unknown> & { id: string }>(db, table, id);
    if (table === 'groups' && current.status === 'closed')
      throw new RuleViolation('illegal_transition', 'This group is closed.');
    const fields = changedFields(current, changes);
    if (fields.length === 0) return;
    assertPatchable(table, fields);
    const next = { ...current, ...changes };
    const schema = table === 'groups' ? groupSchema : groupItemSchema;
    validated(schema, next, table);
    await patchRecord(db, table, current, next, fields, dependsOn(current));
  });
}

export async function updateGroup(db: CsuDb, id: string, changes: GroupChanges): Promise<void> {
  await patchOne(db, 'groups', id, changes, () => []);
}

export async function addGroupItem(
  db: CsuDb,
  groupId: string,
  input: NewItemInput,
): Promise<string> {
  const stamp = localStamp(db);
  const item = validated<GroupItem>(
    groupItemSchema,
    { ...input, id: uuidv7(), groupId, createdAt: stamp.at, createdBy: stamp.by },
    'groupItems',
  );
  await withWrite(db, ['groups', 'groupItems'], async () => {
    await rowOrFail(db, 'groups', groupId);
    await createRecord(db, 'groupItems', item, [groupId]);
  });
  return item.id;
}

export async function updateGroupItem(db: CsuDb, id: string, changes: ItemChanges): Promise<void> {
  await patchOne(db, 'groupItems', id, changes, (row) => [String(row.groupId)]);
}

export async function addGroupMeeting(
  db: CsuDb,
  groupId: string,
  input: NewMeetingInput,
): Promise<string> {
  const stamp = localStamp(db);
  const meeting = validated<GroupMeeting>(
    groupMeetingSchema,
    { ...input, id: uuidv7(), groupId, createdAt: stamp.at, createdBy: stamp.by },
    'groupMeetings',
  );
  await withWrite(db, ['groups', 'groupMeetings'], async () => {
    await rowOrFail(db, 'groups', groupId);
    await createRecord(db, 'groupMeetings', meeting, [groupId]);
  });
  return meeting.id;
}

/** Records the chair's reason for not setting up a group for these calls. */
export async function dismissSuggestion(
  db: CsuDb,
  suggestion: Pick<GroupSuggestion, 'kind' | 'subjectId' | 'callIds'>,
  reason: string,
): Promise<void> {
  const stamp = localStamp(db);
  const dismissal = validated<Record<string, unknown> & { id: string }>(
    groupDismissalSchema,
    {
      id: uuidv7(),
      subjectKind: suggestion.kind,
      subjectId: suggestion.subjectId,
      callIds: suggestion.callIds,
      reason,
      createdAt: stamp.at,
      createdBy: stamp.by,
    },
    'groupDismissals',
  );
  await withWrite(db, ['groupDismissals'], () =>
    createRecord(db, 'groupDismissals', dismissal, []),
  );
}
