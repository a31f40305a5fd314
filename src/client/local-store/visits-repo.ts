/**
 * Visits in the user's database (`visits`, append-only). Logging a visit
 * writes, in one transaction with their outbox rows: a new person when one
 * was named, the visit, the follow-up action on its linked call when
 * follow-up is needed, and the `delivery.record` command when the visit
 * delivered a warning letter. A correction is a new visit whose `amendsId`
 * names the original: nothing recorded is ever rewritten.
 */
import { addDays, londonDate } from '../../domain/dates';
import { uuidv7 } from '../../domain/ids';
import type { DeliveryArgs } from '../../domain/rules/delivery';
import { actionSchema } from '../../domain/schemas/calls';
import type { Person } from '../../domain/schemas/people';
import { FOLLOW_UP_DUE_DAYS, visitSchema, type VisitType } from '../../domain/schemas/visits';
import { commandTables, prepareCommandInTransaction } from './command-runner';
import type { CsuDb } from './db';
import { RuleViolation, ValidationError } from './errors';
import { takeDraftPhotos } from './photos-repo';
import { buildPerson, findLocationByAddress, putNewPerson } from './people-repo';
import { createRecord, localStamp } from './record-writes';
import { checkWard } from './reference-check';
import type { LocalVisit } from './types';
import { checkPastDates, collect, throwIfAny, type FieldErrors } from './validate';
import { withWrite } from './write';

export interface LogVisitInput {
  /** The visit's id: the draft's, so photos attached while drafting are already its own. */
  id?: string;
  at: string;
  address: string;
  wardCode: string;
  gps?: { lat: number; lng: number; accuracyM?: number };
  visitType: VisitType;
  whoSeen?: string;
  /** A person already on the device, or `newPersonName` to add one. */
  personId?: string;
  newPersonName?: string;
  callId?: string;
  groupId?: string;
  notes: string;
  followUpNeeded: boolean;
  followUpNote?: string;
  /** The agency the follow-up action is for: the signed-in user's. */
  agencyId: string;
  /** A warning-letter delivery completes this delivery task. */
  delivery?: { taskId: string } & Omit<DeliveryArgs, 'deliveredAt'>;
  amendsId?: string;
}

/** What a save reads and writes: a delivery adds its command's tables. */
const VISIT_TABLES = [
  'visits',
  'people',
  'locations',
  'calls',
  'actions',
  'wards',
  'photos',
] as const;

function buildVisit(db: CsuDb, input: LogVisitInput, id: string, fields: FieldErrors) {
  const stamp = localStamp(db);
  const optional = (v: string | undefined) => (v ? v : undefined);
  return collect(
    visitSchema,
    {
      id,
      at: input.at,
      address: input.address,
      wardCode: input.wardCode,
      ...(input.gps ? { gps: input.gps } : {}),
      visitType: input.visitType,
      whoSeen: optional(input.whoSeen),
      callId: optional(input.callId),
      groupId: optional(input.groupId),
      personId: optional(input.personId),
      notes: input.notes,
      followUpNeeded: input.followUpNeeded,
      followUpNote: input.followUpNeeded ? optional(input.followUpNote) : undefined,
      amendsId: optional(input.amendsId),
      createdAt: stamp.at,
      createdBy: stamp.by,
    },
    fields,
  );
}

async function checkLinks(db: CsuDb, input: LogVisitInput, fields: FieldErrors): Promise<void> {
  const [call, person, amended] = await Promise.all([
    input.callId ? db.calls.get(input.callId) : undefined,
    input.personId ? db.people.get(input.personId) : undefined,
    input.amendsId ? db.recordTable('visits').get(input.amendsId) : undefined,
    checkWard(db, input.wardCode, fields, 'wardCode'),
  ]);
  if (input.callId && !call)
    fields.callId = 'Choose the call again: it is no longer on this device';
  else if (input.followUpNeeded && call?.status === 'closed')
    fields.followUpNeeded = 'The linked call is closed, so a follow-up action cannot be added';
  if (input.personId && !person)
    fields.personId = 'Choose the person again: they are no longer on this device';
  if (input.amendsId && !amended)
    throw new RuleViolation('not_found', 'The visit being corrected is not on this device.');
}

/** Logs a visit (or an amendment of one) and everything it brings with it. Returns its id. */
export async function logVisit(db: CsuDb, input: LogVisitInput): Promise<string> {
  const fields: FieldErrors = {};
  const id = input.id ?? uuidv7();
  const visit = buildVisit(db, input, id, fields);
  checkPastDates(fields, 'visits', { at: input.at });
  let person: Person | undefined;
  if (!input.personId && input.newPersonName?.trim())
    person = buildPerson(db, { name: input.newPersonName.trim() }, fields, 'newPerson');
  if (input.delivery && input.visitType !== 'warning-letter-delivery')
    fields.visitType = 'Only a warning-letter delivery visit records a delivery';
  throwIfAny(fields);
  // The delivery's arguments are checked now; it runs inside the visit's own transaction.
  const delivery = input.delivery && prepareDelivery(input.delivery, input.at);
  const tables = [...VISIT_TABLES, ...(delivery ? commandTables('delivery.record') : [])];

  return withWrite(db, tables, async () => {
    // The reads go out together: each awaited in turn costs an IndexedDB round trip (bench V1).
    // A refusal throws, and the transaction undoes the photos' move with everything else.
    const [, place, photos] = await Promise.all([
      checkLinks(db, input, fields),
      // Link the place when it is one the district already knows; a visit never creates a location.
      findLocationByAddress(db, input.address, input.wardCode),
      // Photos attached while drafting become the visit's; an amendment has its own id, so none.
      takeDraftPhotos(db, id),
    ]);
    throwIfAny(fields);
    if (!visit) throw new ValidationError('Check the visit', fields);
    const record = { ...visit, ...(person ? { personId: person.id } : {}) };
    if (person) await putNewPerson(db, person);
    if (place) record.locationId = place.id;
    if (photos.length > 0) record.photos = photos;
    const dependsOn = [record.callId, record.personId, record.groupId, record.locationId];
    await createRecord(
      db,
      'visits',
      record,
      dependsOn.filter((d): d is string => Boolean(d)),
    );
    if (input.followUpNeeded && record.callId) await addFollowUp(db, record, input.agencyId);
    if (delivery) await delivery(db);
    return id;
  });
}

function prepareDelivery(
  { taskId, ...args }: NonNullable<LogVisitInput['delivery']>,
  deliveredAt: string,
) {
  return prepareCommandInTransaction('delivery.record', taskId, { ...args, deliveredAt });
}

async function addFollowUp(
  db: CsuDb,
  visit: { id: string; at: string; callId?: string; followUpNote?: string },
  agencyId: string,
): Promise<void> {
  const stamp = localStamp(db);
  const action = actionSchema.parse({
    id: uuidv7(),
    callId: visit.callId,
    text: visit.followUpNote?.trim() || 'Follow up the visit',
    agencyId,
    dueDate: addDays(londonDate(visit.at), FOLLOW_UP_DUE_DAYS),
    status: 'open',
    createdAt: stamp.at,
    createdBy: stamp.by,
  });
  await createRecord(db, 'actions', action, [visit.callId as string, visit.id]);
}

/** A visit and its amendments, oldest first (the original, then each correction). */
export async function visitWithAmendments(
  db: CsuDb,
  visitId: string,
): Promise<{ original: LocalVisit; amendments: LocalVisit[] } | undefined> {
  const table = db.recordTable('visits');
  const row = (await table.get(visitId)) as LocalVisit | undefined;
  if (!row) return undefined;
  const originalId = row.amendsId ?? row.id;
  const original = (await table.get(originalId)) as LocalVisit | undefined;
  if (!original) return undefined;
  const amendments = (await table.where('amendsId').equals(originalId).toArray()) as LocalVisit[];
  amendments.sort(
    (a, b) => (a.createdAt ?? '').localeCompare(b.createdAt ?? '') || a.id.localeCompare(b.id),
  );
  return { original, amendments };
}
