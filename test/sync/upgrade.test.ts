// sync.md test 10: an outbox written by app version N is pushed after updating to N+1.
import { afterEach, describe, expect, it } from 'vitest';
import { uuidv7 } from '../../src/domain/ids';
import { logCall } from '../../src/client/local-store/calls-repo';
import { CsuDb, DEVICE_SCHEMA_VERSION } from '../../src/client/local-store/db';
import { queueMutation } from '../../src/client/local-store/outbox';
import type { OutboxRow } from '../../src/client/local-store/types';
import { withWrite } from '../../src/client/local-store/write';
import { validCallInput } from '../local-store/factories';
import type { TestServer } from '../server/helpers';
import { serverRecords, serverWith, signedInDevice } from './harness';

/**
 * Version N+1 of the device schema, as the app would declare it: in version N
 * a chronology note's text was queued as `payload.note`; N+1 calls it `text`
 * (the shared schema's name) and its upgrade rewrites the queued rows and the
 * stored notes, so what N queued offline still goes up after the update.
 */
class CsuDbNext extends CsuDb {
  constructor(userId: string) {
    super(userId);
    this.version(DEVICE_SCHEMA_VERSION + 1)
      .stores({})
      .upgrade(async (tx) => {
        await tx
          .table('outbox')
          .toCollection()
          .modify((row: OutboxRow) => {
            if (row.table !== 'callNotes' || !('note' in row.payload)) return;
            const { note, ...rest } = row.payload;
            row.payload = { ...rest, text: note };
          });
        await tx
          .table('callNotes')
          .toCollection()
          .modify((note: Record<string, unknown>) => {
            if ('note' in note) {
              note.text = note.note;
              delete note.note;
            }
          });
      });
  }
}

let server: TestServer;
afterEach(async () => {
  await server?.close();
});

describe('app update with a queued outbox', () => {
  it('rows queued at schema version 1 are upgraded with the database and then pushed', async () => {
    server = await serverWith([{ username: 'pcso', roles: ['field'] }]);
    const phone = await signedInDevice(server, 'pcso');
    const callId = await logCall(phone.db, validCallInput());
    const noteId = uuidv7();
    await withWrite(phone.db, ['callNotes'], async () => {
      const note = {
        id: noteId,
        callId,
        note: 'Written by version N',
        at: '2026-03-04T10:00:00.000Z',
      };
      await phone.db.callNotes.add({ ...note, _sync: { state: 'saved' } } as never);
      await queueMutation(phone.db, {
        kind: 'create',
        table: 'callNotes',
        recordId: noteId,
        payload: note,
        dependsOn: [callId],
      });
    });
    const queuedAtV1 = (await phone.db.outbox.toArray()).map((r) => r.mutationId);
    expect(phone.db.verno).toBe(DEVICE_SCHEMA_VERSION);

    // The app updates while offline: the next start opens the database with the new schema.
    phone.restart(CsuDbNext);
    await phone.db.open();
    expect(phone.db.verno).toBe(DEVICE_SCHEMA_VERSION + 1);
    const upgraded = await phone.db.outbox.toArray();
    expect(upgraded.map((r) => r.mutationId)).toEqual(queuedAtV1);
    expect(upgraded.find((r) => r.recordId === noteId)?.payload).toMatchObject({
      text: 'Written by version N',
    });

    expect(await phone.sync()).toEqual({ kind: 'ok' });
    expect(await phone.db.outbox.count()).toBe(0);
    expect((await serverRecords(server, 'calls')).has(callId)).toBe(true);
    expect((await serverRecords(server, 'callNotes')).get(noteId)?.data.text).toBe(
      'Written by version N',
    );
  });
});
