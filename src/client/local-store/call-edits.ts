/**
 * Editing a logged call's fields (ward, location, categories, risk, summary,
 * the people linked to it and their roles) together with a chronology note saying field by field what changed, in one
 * transaction: the patch, any new location or person and the note reach the outbox
 * together (in that order), so every device that gets the change gets its
 * explanation. The patch is written by writeCallPatch inside this
 * transaction rather than by nesting patchCall's own, which lost Dexie's
 * transaction zone in Chromium.
 */
import { uuidv7 } from '../../domain/ids';
import { callNoteSchema, type Call } from '../../domain/schemas/calls';
import { callInputPersonSchema, type CallInput } from '../../domain/schemas/call-input';
import type { Location, Person } from '../../domain/schemas/people';
import { CALL_PATCH_TABLES, getCallOrFail, writeCallPatch } from './calls-repo';
import type { CsuDb } from './db';
import {
  buildLocation,
  buildPerson,
  findLocationByAddress,
  putNewLocation,
  putNewPerson,
} from './people-repo';
import { checkCallReferences, REFERENCE_CHECK_TABLES } from './reference-check';
import { createRecord, localStamp } from './record-writes';
import { collect, throwIfAny, type FieldErrors } from './validate';
import { withWrite } from './write';

export interface CallEdit {
  address: string;
  wardCode: string;
  categoryIds: string[];
  riskLevel: Call['riskLevel'];
  summary: string;
  /** The people the call names after the edit: a known person by id, or a new one by name. */
  people: CallInput['people'];
}

/**
 * Applies `edit` to the call and adds `changeText` (one line per changed
 * field, written by the screen in the names people know) to its chronology.
 * Nothing is written when nothing changed. A new address or ward links the
 * call to that location record, made if it is new; a person named but not
 * on record is made, as when logging.
 */
export async function editCall(
  db: CsuDb,
  callId: string,
  edit: CallEdit,
  changeText: string,
): Promise<void> {
  const fields: FieldErrors = {};
  const stamp = localStamp(db);
  const note = collect(
    callNoteSchema,
    {
      id: uuidv7(),
      callId,
      text: changeText,
      at: stamp.at,
      kind: 'edit',
      createdAt: stamp.at,
      createdBy: stamp.by,
    },
    fields,
  );
  const built =
    edit.address.trim() && edit.wardCode
      ? buildLocation(db, { address: edit.address, wardCode: edit.wardCode }, fields, 'location')
      : undefined;
  const newPeople = new Map<number, Person>();
  edit.people.forEach((p, i) => {
    if (!collect(callInputPersonSchema, p, fields, `people.${i}`) || p.personId) return;
    const person = buildPerson(
      db,
      { name: p.name ?? '', dateOfBirth: p.dateOfBirth },
      fields,
      `people.${i}`,
    );
    if (person) newPeople.set(i, person);
  });
  throwIfAny(fields);
  const tables = [...CALL_PATCH_TABLES, 'callNotes', ...REFERENCE_CHECK_TABLES];
  await withWrite(db, tables, async () => {
    const current = await getCallOrFail(db, callId);
    await checkCallReferences(
      db,
      {
        location: { wardCode: edit.wardCode },
        sourceAgencyId: current.sourceAgencyId,
        categoryIds: edit.categoryIds,
      },
      fields,
    );
    throwIfAny(fields);
    const moved =
      edit.address !== current.location.address || edit.wardCode !== current.location.wardCode;
    let location = current.location;
    if (moved) {
      const found =
        (await findLocationByAddress(db, edit.address, edit.wardCode)) ?? (built as Location);
      if (found === built) await putNewLocation(db, found);
      location = {
        ...current.location,
        locationId: found.id,
        address: edit.address,
        wardCode: edit.wardCode,
      };
    }
    const people: Call['people'] = [];
    for (const [i, p] of edit.people.entries()) {
      const made = newPeople.get(i);
      if (made) await putNewPerson(db, made);
      people.push({ personId: made?.id ?? (p.personId as string), role: p.role });
    }
    const changes: Partial<Call> = {
      ...(moved ? { location } : {}),
      people,
      categoryIds: edit.categoryIds,
      riskLevel: edit.riskLevel,
      summary: edit.summary,
    };
    if (await writeCallPatch(db, callId, changes))
      await createRecord(db, 'callNotes', note as NonNullable<typeof note>, [callId]);
  });
}
