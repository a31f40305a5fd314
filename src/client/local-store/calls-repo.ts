/**
 * Daily tasking calls in the user's database (`calls`, with new `locations`
 * and `people` made while logging). Every write puts the records and their
 * outbox mutations in one transaction. Workflow fields (status, closure,
 * discussedOn, reference) change only through commands.
 */
import { uuidv7 } from '../../domain/ids';
import { INITIAL_WORKFLOW } from '../../domain/initial-workflow';
import { callInputSchema, type CallInput } from '../../domain/schemas/call-input';
import { callSchema, type Call } from '../../domain/schemas/calls';
import type { Location, Person } from '../../domain/schemas/people';
import type { CsuDb } from './db';
import { RuleViolation, ValidationError } from './errors';
import {
  buildLocation,
  buildPerson,
  findLocationByAddress,
  putNewLocation,
  putNewPerson,
} from './people-repo';
import { checkCallReferences, REFERENCE_CHECK_TABLES } from './reference-check';
import {
  assertPatchable,
  changedFields,
  createRecord,
  localStamp,
  patchRecord,
} from './record-writes';
import type { LocalCall } from './types';
import { checkPastDates, collect, parseOrThrow, throwIfAny, type FieldErrors } from './validate';
import { withWrite } from './write';

/**
 * Logs a new call, reusing or creating its location and creating new people,
 * all in one transaction with their create mutations (location and people
 * first, so the server has them before the call). Returns the call id.
 */
export async function logCall(db: CsuDb, input: CallInput): Promise<string> {
  const fields: FieldErrors = {};
  collect(callInputSchema, input, fields);
  checkPastDates(fields, 'calls', { ...input });
  const newPeople = new Map<number, Person>();
  (input.people ?? []).forEach((p, i) => {
    if (p.personId) return;
    const person = buildPerson(
      db,
      { name: p.name ?? '', dateOfBirth: p.dateOfBirth },
      fields,
      `people.${i}`,
    );
    if (person) newPeople.set(i, person);
  });
  const newLocation = input.location?.locationId
    ? undefined
    : buildLocation(db, input.location ?? { address: '', wardCode: '' }, fields, 'location');
  throwIfAny(fields);

  const stamp = localStamp(db);
  const callId = uuidv7();
  return withWrite(db, ['calls', 'locations', 'people', ...REFERENCE_CHECK_TABLES], async () => {
    await checkCallReferences(db, input, fields);
    throwIfAny(fields);
    const location = await resolveLocation(db, input.location, newLocation);
    const links: Call['people'] = [];
    for (const [i, p] of input.people.entries()) {
      const made = newPeople.get(i);
      if (made) await putNewPerson(db, made);
      else if (!(await db.people.get(p.personId as string)))
        throw new ValidationError('Choose the person again', {
          [`people.${i}.personId`]: 'Choose the person again: they are no longer on this device',
        });
      links.push({ personId: made?.id ?? (p.personId as string), role: p.role });
    }
    const reporter = input.reporter.anonymous ? { anonymous: true } : { ...input.reporter };
    const call = parseOrThrow(callSchema, {
      id: callId,
      receivedAt: input.receivedAt,
      incidentDate: input.incidentDate,
      sourceAgencyId: input.sourceAgencyId,
      reporter,
      location: {
        locationId: location.id,
        address: input.location.address,
        wardCode: input.location.wardCode,
        ...(input.location.gps ? { gps: input.location.gps } : {}),
      },
      people: links,
      categoryIds: [...input.categoryIds],
      riskLevel: input.riskLevel,
      vulnerabilityFlags: [...input.vulnerabilityFlags],
      summary: input.summary,
      ...(input.policeClosingCode ? { policeClosingCode: input.policeClosingCode } : {}),
      ...INITIAL_WORKFLOW.calls,
      reference: null,
      createdAt: stamp.at,
      createdBy: stamp.by,
    });
    await createRecord(db, 'calls', call, [location.id, ...links.map((l) => l.personId)]);
    return callId;
  });
}

async function resolveLocation(
  db: CsuDb,
  input: CallInput['location'],
  built: Location | undefined,
): Promise<{ id: string }> {
  if (input.locationId) {
    const chosen = await db.locations.get(input.locationId);
    if (!chosen)
      throw new ValidationError('Choose the location again', {
        'location.locationId': 'Choose the location again: it is no longer on this device',
      });
    // Repeats follow merges, so link the survivor when the chosen record was merged away.
    const survivor = chosen.mergedInto ? await db.locations.get(chosen.mergedInto) : undefined;
    return survivor ?? chosen;
  }
  const existing = await findLocationByAddress(db, input.address, input.wardCode);
  if (existing) return existing;
  const location = built as Location;
  await putNewLocation(db, location);
  return location;
}

/** Edits non-workflow fields of a call; a workflow field is refused with `not_patchable`. */
export async function patchCall(db: CsuDb, callId: string, changes: Partial<Call>): Promise<void> {
  // Awaited inside the callback: returning another async function's promise straight
  // from the transaction callback commits it early (PrematureCommitError).
  await withWrite(db, CALL_PATCH_TABLES, async () => {
    await writeCallPatch(db, callId, changes);
  });
}

/** The tables writeCallPatch reads and writes, for a caller's own transaction. */
export const CALL_PATCH_TABLES = ['calls', 'locations', 'people'] as const;

/**
 * The body of patchCall, for a caller that already holds a write transaction
 * over CALL_PATCH_TABLES and the outbox (editing a call writes its chronology
 * note in the same one). Returns whether anything changed.
 */
export async function writeCallPatch(
  db: CsuDb,
  callId: string,
  changes: Partial<Call>,
): Promise<boolean> {
  assertPatchable('calls', Object.keys(changes));
  const fields: FieldErrors = {};
  checkPastDates(fields, 'calls', changes);
  throwIfAny(fields);
  const current = await getCallOrFail(db, callId);
  const next: Record<string, unknown> & { id: string } = { ...current, ...changes };
  for (const [f, v] of Object.entries(changes)) if (v === undefined) delete next[f];
  parseOrThrow(callSchema, next);
  const changed = changedFields(current, changes);
  if (changed.length === 0) return false;
  const dependsOn: string[] = [];
  if (changed.includes('location') && changes.location) {
    if (!(await db.locations.get(changes.location.locationId)))
      throw new ValidationError('Choose the location again', {
        'location.locationId': 'Choose the location again',
      });
    dependsOn.push(changes.location.locationId);
  }
  if (changed.includes('people') && changes.people) {
    for (const [i, link] of changes.people.entries()) {
      if (!(await db.people.get(link.personId)))
        throw new ValidationError('Choose the person again', {
          [`people.${i}.personId`]: 'Choose the person again',
        });
      dependsOn.push(link.personId);
    }
  }
  await patchRecord(db, 'calls', current, next, changed, dependsOn);
  return true;
}

export async function getCallOrFail(db: CsuDb, callId: string): Promise<LocalCall> {
  const call = await db.calls.get(callId);
  if (!call) throw new RuleViolation('not_found', 'This call is not on this device.');
  return call;
}
