/**
 * Chronology notes and resident updates (`callNotes`, `residentUpdates`):
 * append-only records, so this file only adds them; a correction is a new
 * note pointing at the one it corrects. Each add queues its create mutation
 * in the same transaction.
 */
import { uuidv7 } from '../../domain/ids';
import {
  callNoteSchema,
  residentUpdateSchema,
  type UpdateMethod,
} from '../../domain/schemas/calls';
import { getCallOrFail } from './calls-repo';
import type { CsuDb } from './db';
import { RuleViolation } from './errors';
import { createRecord, localStamp } from './record-writes';
import { checkPastDates, collect, throwIfAny, type FieldErrors } from './validate';
import { withWrite } from './write';

/** Adds a dated note to a call's chronology. `correctsId` names a note this one corrects. */
export async function addNote(
  db: CsuDb,
  callId: string,
  text: string,
  correctsId?: string,
): Promise<string> {
  const stamp = localStamp(db);
  const fields: FieldErrors = {};
  const note = collect(
    callNoteSchema,
    {
      id: uuidv7(),
      callId,
      text,
      at: stamp.at,
      ...(correctsId ? { correctsId } : {}),
      createdAt: stamp.at,
      createdBy: stamp.by,
    },
    fields,
  );
  throwIfAny(fields);
  const record = note as NonNullable<typeof note>;
  await withWrite(db, ['calls', 'callNotes'], async () => {
    await getCallOrFail(db, callId);
    await createRecord(db, 'callNotes', record, [callId]);
  });
  return record.id;
}

export interface ResidentUpdateInput {
  at: string;
  method: UpdateMethod;
  summary: string;
}

/** Records that the reporter was told what is happening. Refused for an anonymous call. */
export async function addResidentUpdate(
  db: CsuDb,
  callId: string,
  input: ResidentUpdateInput,
): Promise<string> {
  const stamp = localStamp(db);
  const fields: FieldErrors = {};
  const update = collect(
    residentUpdateSchema,
    {
      id: uuidv7(),
      callId,
      at: input.at,
      method: input.method,
      summary: input.summary,
      createdAt: stamp.at,
      createdBy: stamp.by,
    },
    fields,
  );
  checkPastDates(fields, 'residentUpdates', { ...input });
  throwIfAny(fields);
  const record = update as NonNullable<typeof update>;
  await withWrite(db, ['calls', 'residentUpdates'], async () => {
    const call = await getCallOrFail(db, callId);
    if (call.reporter.anonymous)
      throw new RuleViolation(
        'anonymous_call',
        'This call was reported anonymously, so there is no resident to update.',
      );
    await createRecord(db, 'residentUpdates', record, [callId]);
  });
  return record.id;
}
